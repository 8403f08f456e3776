import type { Entity } from '../../model/entity.js';
import type { Quote, QuoteKind, Speaker } from '../../model/quote.js';
import type { Span } from '../../model/span.js';
import { tokenAtOrAfter, type Doc } from '../../nlp/doc.js';
import { cueMatch } from './cue-match.js';
import { anyCovered, clauses, hasVerb, sentenceIndexOf, spanOfTokens } from './doc-helpers.js';
import { findCues, sentenceSubject, type CueMatch } from './find-cues.js';
import { MAX_CUE_FEATURES } from './cue-features.js';
import { scoreCueTokens } from './cue-model.js';
import { tokenLexiconBits } from './token-lexicon-bits.js';
import { chooseContentEnd, MAX_END_FEATURES, RANKED_RULES } from './content-end.js';
import { coordinatedActEnd } from './coordinated-act.js';
import { colonSpeakerStart } from './colon-speaker.js';
import { isWorkTitle } from './work-title.js';
import { isLoneSubordinator, nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrase.js';
import type { QuoteFragment, QuoteMarkMessage } from './quote-marks.js';
import { quotedTokens } from './quoted-tokens.js';
import type { QuoteEdges } from './quote-edges.js';
import type { QuoteResources } from './resources.js';
import type { QuoteRule } from './quote-rule.js';
import { ADJUNCT_POS, clauseEnd, clauseStart, contentLimit, indirectContent } from './reported-content.js';
import { chooseContentSpan, CONTENT_SPAN_CLASSES, contentSpanCandidates, MAX_SPAN_PART_FEATURES, type SpanCandidates } from './content-span.js';
import { colonCue, DASH_CUE, labelAt, labelLines } from './speaker-labels.js';
import { checkPronounSpeakers } from './pronoun-speaker.js';
import { isNegatedCue, isNegatedSubject, isRefusedSpeech, isWithheldCue } from './cue-negation.js';
import { isUnassertedCue } from './unasserted-cue.js';
import { isAmountDecline } from './amount-decline.js';
import { isAnonymityRequest } from './anonymity-request.js';
import { personBeforeWho } from './relative-who-speaker.js';
import { quoteCueClass } from './stance-object.js';
import { isPhysicalSense } from './physical-sense.js';
import { representedSpeaker } from './represented-speaker.js';
import { joinQuoteParts } from './quote-parts.js';
import { endBeforeSentencePeriod } from './sentence-period.js';
import { objectRelativeBefore } from './object-relative.js';
import { dropRepeatedQuotes } from './repeated-quotes.js';
import { isHeadlinePassive } from './headline-cue.js';
import { isThingPerceiver } from './thing-perceiver.js';
import { isReducedPassive } from './reduced-passive.js';
import { mendModifierCue } from './modifier-cue.js';
import { createSpeakerResolver, type SpeakerResolver } from './speaker-resolver.js';
import { governmentWindowStart, isBareGovernmentGroup, placeGroupActor } from './group-speaker-actor.js';
import { coSpeakersOf } from './joint-speakers.js';
import { earlierSpokespersonCode } from './earlier-spokesperson.js';

export type { QuoteRule } from './quote-rule.js';

/** Identifies the component in provenance records. */
export interface QuoteComponentInfo {
  readonly name: string;
  readonly version: string;
}

/** Observers of {@link extractQuotes} for training (scripts/train-content-span.ts); none in the pipeline. */
export interface QuoteObservers {
  /** Called with every cue that no rule read a content for, and its candidate contents (content-span.ts). */
  readonly unreadCue?: (cue: CueMatch, candidates: SpanCandidates) => void;
}

/** One attribution before it becomes a {@link Quote}: content token range or fragment, cue, speaker phrase. */
interface Attribution {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly cue: CueMatch | null;
  readonly speaker: TokenRange | null;
  readonly rule: QuoteRule;
  readonly confidence: number;
}

/** The fragments of one article and their attributions so far, shared by the steps of {@link extractQuotes}. */
interface QuoteScan {
  readonly doc: Doc;
  readonly quoted: Uint8Array;
  /** Where each token's run outside quotation marks ends (quoteEdges of `quoted`). */
  readonly edges: QuoteEdges;
  readonly fragments: readonly QuoteFragment[];
  readonly fragTok: readonly { readonly t0: number; readonly t1: number }[];
  /** All cues of the article, in text order. */
  readonly cues: readonly CueMatch[];
  /** The attribution of each fragment, null while it has none. */
  readonly fragAttr: (Attribution | null)[];
  /** Cues that already introduce a direct quote. */
  readonly usedCue: Set<CueMatch>;
}

/** The words before a cue that interrupts its quote: the attribution and its token range `[from, to)`. */
interface FrontedPart {
  readonly attribution: Attribution;
  readonly from: number;
  readonly to: number;
}

/**
 * Finds the quotes of one article: direct quotes (between quotation marks, in every mark style),
 * indirect speech (`X said (that) …`, `…, X said`, `according to X`, passives `reported by X`) and mixed
 * quotes (reported clauses with quoted words), each with its cue, speaker phrase, resolved speaker entity,
 * addressee and the entities mentioned in its content.
 * (Each step is a function of its own, and so is each rarely met case: V8 recompiles a function after a
 * deoptimisation on a branch it had not seen, and a small function is recompiled cheaply; see src/ingest/README.md.)
 * @param doc the token layer of the article
 * @param resources the cue lexicon
 * @param entities the article's entities with all their mentions (from the entities layer)
 * @param info component name and version for provenance
 * @param observers training hooks (none in the pipeline)
 * @returns quotes in text order (one per attribution: a discontinuous content in `parts`, {@link joinQuoteParts}) and the
 *   scanner's messages about unmatched marks
 */
export function extractQuotes(
  doc: Doc,
  resources: QuoteResources,
  entities: readonly Entity[],
  info: QuoteComponentInfo,
  observers: QuoteObservers = {},
): { quotes: Quote[]; messages: QuoteMarkMessage[] } {
  const { fragments, messages, fragTok, quoted, edges } = quotedTokens(doc);
  const fragAttr: (Attribution | null)[] = [];
  for (let fi = 0; fi < fragments.length; fi++) fragAttr.push(null);
  const scan: QuoteScan = { doc, quoted, edges, fragments, fragTok, cues: articleCues(doc, resources, quoted, edges), fragAttr, usedCue: new Set<CueMatch>() };
  // 1. direct quotes with a cue right after or right before them
  const fronted = attributeAdjacentCues(scan);
  // 2. indirect and mixed speech from the remaining cues
  const covered = new Uint8Array(doc.tokenCount);
  for (let fi = 0; fi < fragments.length; fi++) {
    if (fragAttr[fi]) for (let t = fragTok[fi].t0; t < fragTok[fi].t1; t++) covered[t] = 1;
  }
  const indirect: Attribution[] = [];
  for (const a of fronted) {
    if (anyCovered(covered, a.from, a.to)) continue;
    for (let t = a.from; t < a.to; t++) covered[t] = 1;
    indirect.push(a.attribution);
  }
  attributeLabelLines(scan, covered, indirect);
  const stops = attributionStops(doc, scan.cues, quoted, resources);
  const accepted = attributeIndirect(scan, resources, covered, stops, indirect);
  if (resources.contentSpanModel || observers.unreadCue) attributeUnreadCues(scan, resources, covered, stops, accepted, observers, indirect);
  // 3. direct quotes without an adjacent cue: dash, colon line, continuation, none
  attributeLoneQuotes(scan);
  // a quote running into the next paragraphs takes the attribution found on a later part
  for (let fi = fragments.length - 2; fi >= 0; fi--) {
    const next = fragAttr[fi + 1];
    if (!fragAttr[fi] && fragments[fi].continues && next && next.kind === 'direct' && next.speaker) {
      const f = fragments[fi];
      fragAttr[fi] = attribution('direct', f.start, f.end, next.cue, next.speaker, 'direct-continuation', 0.65);
    }
  }
  const direct: Attribution[] = [];
  let previous: Attribution | null = null;
  for (let fi = 0; fi < fragments.length; fi++) {
    const a = fragAttr[fi];
    if (a) {
      if (a.kind === 'direct') direct.push(a);
      previous = a;
      continue;
    }
    // a quote whose paragraph break was lost (`"…the war. "And they…"`) goes on with its speaker
    const f = fragments[fi];
    const runOn: Attribution | null = f.runOn && previous && previous.speaker && previous.end <= f.start ? attribution('direct', f.start, f.end, previous.cue, previous.speaker, 'direct-continuation', 0.65) : null;
    const lone: Attribution | null = runOn ?? reportedContinuation(scan, fi, indirect) ?? unattributedQuote(scan, fi);
    if (lone) direct.push(lone);
    previous = lone;
  }
  const resolver = createSpeakerResolver(entities);
  const all = dropRepeatedQuotes(doc.text, [...direct, ...indirect].map((a) => periodTrimmed(doc, bulletBounded(doc, a))).filter((a) => a.end > a.start).sort((a, b) => a.start - b.start));
  const quotes = all.map((a, n) => toQuote(doc, a, n, resolver, info, resources));
  checkPronounSpeakers(doc, quotes, resolver);
  // the pieces of one attribution (content split by its cue, raised subject + to-clause, continuation) as one quote
  return { quotes: joinQuoteParts(quotes), messages: [...messages] };
}

/**
 * An {@link Attribution}, always built here so that every attribution has one object shape.
 * @param kind direct, indirect or mixed; `start`, `end` the content's character offsets (-1 for a fragment inside a
 *   mixed quote); `cue`, `speaker` as found; `rule` the rule id; `confidence` in [0, 1]
 */
function attribution(kind: QuoteKind, start: number, end: number, cue: CueMatch | null, speaker: TokenRange | null, rule: QuoteRule, confidence: number): Attribution {
  return { kind, start, end, cue, speaker, rule, confidence };
}

/**
 * A reported content cut at a bullet (`•`) on the far side from its cue: feed summaries run several items together in
 * one sentence ("… judge says • Fox News' battle …", "X denied appeal in Moscow • Putin visits …"; review 8 on a CNN
 * feed), and an item never reports the next. The content keeps the words between its cue and the nearest bullet; a
 * content with no words left is dropped by the caller (end = start). Quotations and cueless attributions are kept.
 */
function bulletBounded(doc: Doc, a: Attribution): Attribution {
  if (a.kind === 'direct' || !a.cue || a.start < 0) return a;
  const text = doc.text.slice(a.start, a.end);
  if (!text.includes('\u2022')) return a;
  const cueAt = doc.starts[a.cue.start];
  let start = a.start;
  let end = a.end;
  if (cueAt >= a.end) start = a.start + text.lastIndexOf('\u2022') + 1;
  else end = a.start + text.indexOf('\u2022');
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return attribution(a.kind, start, end, a.cue, a.speaker, a.rule, a.confidence);
}

/** Parts of speech that open the holder after an inverted verb of thought (", thinks Mr Dean", ", believes the bank"). */
const INVERTED_HOLDER_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'NOUN', 'PRON']);

/** A reported content without the full stop glued to a unit closing its sentence ("would cost £350m."; sentence-period.ts); a quotation keeps its marks' contents. */
function periodTrimmed(doc: Doc, a: Attribution): Attribution {
  if (a.kind === 'direct') return a;
  const end = endBeforeSentencePeriod(doc, a.end);
  return end === a.end ? a : attribution(a.kind, a.start, end, a.cue, a.speaker, a.rule, a.confidence);
}

/** The cues of an article, clause by clause; with the cue model, each clause's tokens are scored first. */
function articleCues(doc: Doc, resources: QuoteResources, quoted: Uint8Array, edges: QuoteEdges): CueMatch[] {
  const cues: CueMatch[] = [];
  const model = resources.cueModel ?? null;
  const scores = model ? new Float32Array(doc.tokenCount) : null;
  const scratch = model ? new Uint32Array(MAX_CUE_FEATURES) : null;
  const bits = tokenLexiconBits(doc, resources);
  for (const s of clauses(doc)) {
    if (model) scoreCueTokens(model, doc, s.firstToken, s.endToken, quoted, resources, scores!, scratch!, bits);
    for (const found of findCues(doc, s, resources, quoted, scores, bits, edges)) {
      const c = mendModifierCue(doc, found, quoted, edges);
      if (c && !hedgePassive(c) && !isHeadlinePassive(doc, c) && !isThingPerceiver(doc, c) && !isReducedPassive(doc, c) && !isUnassertedCue(doc, c) && !isAmountDecline(doc, c) && !isAnonymityRequest(doc, c)) cues.push(c);
    }
  }
  return cues;
}

/**
 * The writer's hedge "X is believed to …" (a raised passive of `believe`, no holder stated): no attribution to anyone,
 * so no quote (review 8: "The area is believed to be rich in gas" gave two speakerless quotes, "The area" and "to be
 * rich in gas"). PolNeAR train and dev hold no such prediction; the raised `expected`, `thought`, `said` stay (PolNeAR
 * annotates them: 40 of 80 train predictions of `expected` exact).
 */
function hedgePassive(c: CueMatch): boolean {
  return c.raised === true && c.speaker === null && c.entry.lemma === 'believe';
}

/**
 * Step 1: direct quotes with a cue right after them ("“…,” Doe said") or right before them ("Doe said: “…”"), and
 * transcript lines inside quotation marks. Sets `scan.fragAttr` and `scan.usedCue`.
 * @returns the opening words of sentences whose cue interrupts them before a quotation ({@link frontedPart})
 */
function attributeAdjacentCues(scan: QuoteScan): FrontedPart[] {
  const { doc, quoted, edges, fragments, fragTok, cues, fragAttr, usedCue } = scan;
  const byChunkStart = new Map<number, CueMatch>();
  for (const c of cues) if (!byChunkStart.has(c.chunkStart)) byChunkStart.set(c.chunkStart, c);
  // the words before a cue that interrupts its quote ("When the rule takes effect, Dr. Ito added, “…”"): part of the content
  const fronted: FrontedPart[] = [];
  for (let fi = 0; fi < fragments.length; fi++) {
    const f = fragments[fi];
    const { t0, t1 } = fragTok[fi];
    const para = doc.paragraphs[f.paragraph];
    const pEndTok = tokenAtOrAfter(doc, para.end);
    // a transcript line inside quotation marks: "SMITH: We will …"
    const label = labelAt(doc, t0 + 1, t1);
    if (label) {
      fragAttr[fi] = quotedLabelLine(doc, f, label.colon, label.speaker);
      continue;
    }
    let j = t1;
    while (j < pEndTok && doc.lower[j] === ',') j++;
    // (a quotation closing its paragraph has no cue after it: the next paragraph's first speaker is not its own)
    // (a lexicon verb without the frame, closing the sentence like any past-tense verb: "“…,” the host pressed.")
    const lexical = f.closed && j < pEndTok ? byChunkStart.get(j) : undefined;
    const framed = lexical !== undefined && (lexical.entry.frames.has('after') || lexical.side === 'right');
    const after = f.closed && j < pEndTok ? (framed ? lexical : undefined) ?? verbAfterQuote(doc, f, j, pEndTok, quoted) ?? lexical ?? invertedVerbAfterQuote(doc, f, j, pEndTok, quoted) ?? undefined : undefined;
    const lastInside = doc.text[f.close - 1] ?? '';
    const endsClause = lastInside === '.' && !(j < pEndTok && /^\p{Ll}/u.test(doc.text[doc.starts[j]] ?? ''));
    // a quotation inside a clause ("on ABC's “This Week,” Carson said") is part of a mixed quote, not the whole content
    const inClause = t0 > 0 && doc.starts[t0 - 1] >= para.start && /[\p{L}\p{N}]/u.test(doc.lower[t0 - 1]) && !fragmentEndsAt(fragTok, t0 - 1);
    const before = cueBefore(doc, cues, f, t0, t1, pEndTok, quoted, edges);
    // "she wrote in her memoir, “Tough Choices.”": the title of the work the cue's adjunct names is no quote, nor part of
    // one (work-title.ts); its fragment is claimed with no attribution of its own
    if (before && before.after < t0 - 1 && doc.lower[t0 - 1] === ',' && isWorkTitle(doc.lower[t0 - 2], doc.text.slice(f.start, f.end))) {
      fragAttr[fi] = attribution('mixed', -1, -1, null, null, 'direct-unattributed', 0);
      continue;
    }
    // "Ms Doe asked, “…?” Mr Roe replied": a cue right before the colon or comma wins over the next sentence's cue
    const adjacentBefore = before !== null && before.after === t0 - 1 && /^[:,]$/.test(doc.lower[t0 - 1]);
    // a coordinated cue after the quotation has its own content ("… “energy and drive” but argues that …")
    // (a speaker before the quotation holds it in an aside of its own: "Jo Roe, known as “Guccifer,” stated that …")
    const insideSubject = after !== undefined && after.side === 'left' && after.speaker !== null && after.speaker.start < t0;
    // a cue with a that-clause of its own reports that clause ("“…?” Tory MP Jo Roe said that the law …"), not the quotation
    const ownClause = after !== undefined && doc.lower[after.after] === 'that';
    if (after && after.speaker && !after.coordinated && !adjacentBefore && !endsClause && !inClause && !insideSubject && !ownClause && (after.entry.frames.has('after') || after.side === 'right')) {
      fragAttr[fi] = attribution('direct', f.start, f.end, after, after.speaker, 'direct-cue-after', 0.9);
      usedCue.add(after);
      continue;
    }
    // a quotation inside the clause after a cue that already closed a quotation ("“…,” Doe said on ABC's “This Week.”",
    // "“…,” said Roe, urging them to “give him time.”") is a title or another cue's words, not more of that quote
    if (before && !(inClause && usedCue.has(before))) {
      fragAttr[fi] = attribution('direct', f.start, f.end, before, before.speaker, 'direct-cue-before', 0.85);
      usedCue.add(before);
      const lead = frontedPart(doc, before, cues, t0, quoted);
      if (lead) fronted.push(frontedAttribution(doc, before, lead));
    }
  }
  return fronted;
}

/** A transcript line inside quotation marks ("SMITH: We will …"): the content after the label's colon, the colon as cue. */
function quotedLabelLine(doc: Doc, f: QuoteFragment, colon: number, speaker: TokenRange): Attribution {
  const cue = colonCue(doc, colon, speaker);
  let cs = doc.ends[colon];
  while (cs < f.end && /\s/.test(doc.text[cs])) cs++;
  return attribution('direct', cs, f.end, cue, speaker, 'label-line', 0.7);
}

/** The opening words `lead` of a sentence whose cue `before` interrupts it before a quotation, as an indirect attribution. */
function frontedAttribution(doc: Doc, before: CueMatch, lead: TokenRange): FrontedPart {
  return {
    attribution: attribution('indirect', doc.starts[lead.start], doc.ends[lead.end - 1], before, before.speaker, 'direct-cue-before', 0.7),
    from: lead.start,
    to: lead.end,
  };
}

/** Transcript lines outside quotation marks ("SMITH: We will …"): each line is a direct quote of its label. */
function attributeLabelLines(scan: QuoteScan, covered: Uint8Array, out: Attribution[]): void {
  const { doc, fragments, fragTok, fragAttr } = scan;
  for (const label of labelLines(doc, scan.quoted)) {
    const { speaker, colon, end } = label;
    if (anyCovered(covered, speaker.start, end)) continue;
    for (let t = speaker.start; t < end; t++) covered[t] = 1;
    const cue = colonCue(doc, colon, speaker);
    for (let fi = 0; fi < fragments.length; fi++) {
      if (fragTok[fi].t0 > colon && fragTok[fi].t1 <= end) fragAttr[fi] ??= attribution('mixed', -1, -1, cue, speaker, 'label-line', 0);
    }
    out.push(attribution('direct', doc.starts[colon + 1], doc.ends[end - 1], cue, speaker, 'label-line', 0.7));
  }
}

/**
 * Conjunctions opening a contrasting clause whose own speaker and cue end the content before it ("while", "whereas";
 * "though", "although": PolNeAR train, 4 more gold contents matched, none lost; "as" was left out: about +8 on train with
 * a pronoun or name after it, but -3 on dev: it is also a preposition, a comparative "as … as" or a dash aside).
 */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'though', 'although']);

/**
 * Where reported clauses end because another attribution starts: ", adding", "and said", ", according to", a
 * coordinated clause with its own attribution, a reporting verb right after a comma.
 * @returns the set of token indices at which a content stops
 */
function attributionStops(doc: Doc, cues: readonly CueMatch[], quoted: Uint8Array, resources: QuoteResources): Set<number> {
  // a reported clause ends where another attribution starts: ", adding", "and said", ", according to"
  const stops = new Set<number>();
  for (const c of cues) {
    const before = c.chunkStart > 0 ? doc.lower[c.chunkStart - 1] : '';
    if (c.coordinated || c.entry.frames.has('source') || before === ',' || before === 'and' || before === 'but') stops.add(c.chunkStart);
    // "… said the plan would cut costs while Mr Brown says …", "… backed the levy, though Ms Roe argues …": a contrasting
    // clause with its own speaker and finite cue (user report; not a participle, "while claiming …", nor a clause opening the
    // content, "that while he fears …, …")
    if (CONTRAST_OPENERS.has(before) && c.speaker && c.speaker.start === c.chunkStart && !/ing$/.test(doc.lower[c.start]) && doc.lower[c.chunkStart - 2] !== 'that') {
      stops.add(c.chunkStart - 1);
    }
    // ", and more than four in 10 said …": a coordinated clause with its own attribution
    if (c.entry.class !== 'speech') continue;
    for (let t = c.chunkStart - 1; t >= Math.max(1, c.chunkStart - 4); t--) {
      if ((doc.lower[t] === 'and' || doc.lower[t] === 'but') && doc.lower[t - 1] === ',') {
        stops.add(t - 1);
        break;
      }
    }
  }
  // ", said one candidate …": a reporting verb right after a comma starts another attribution; a verb of thought only
  // before its holder (", thinks Mr Dean"; not "Women, the survey said, thought if they …": the predicate of the subject)
  for (let t = 1; t < doc.tokenCount; t++) {
    if (doc.lower[t - 1] !== ',' || doc.pos[t] !== 'VERB' || quoted[t]) continue;
    const entry = resources.verbs.get(doc.lemmas[t]);
    if (!entry?.frames.has('invert')) continue;
    if (entry.class === 'belief' && !(t + 1 < doc.tokenCount && INVERTED_HOLDER_POS.has(doc.pos[t + 1]))) continue;
    stops.add(t);
  }
  return stops;
}

/**
 * Step 2: indirect and mixed speech from the cues no direct quote took, outer attributions first ("…, according to
 * X", "…, X said"), so a cue inside their content yields; cues the model found outside the lexicon come last.
 * Marks the contents in `covered`, attributes the quotations inside them in `scan.fragAttr`, appends to `out`.
 * @returns the cues that read a content
 */
function attributeIndirect(scan: QuoteScan, resources: QuoteResources, covered: Uint8Array, stops: ReadonlySet<number>, out: Attribution[]): Set<CueMatch> {
  const { doc, quoted, cues, usedCue } = scan;
  const model = resources.cueModel ?? null;
  const endModel = resources.contentEndModel ?? null;
  const endScratch = endModel ? new Uint32Array(MAX_END_FEATURES) : null;
  const cueAt = new Uint8Array(doc.tokenCount);
  for (const c of cues) cueAt[c.start] = 1;
  // outer attributions first ("…, according to X", "…, X said"), so a cue inside their content yields
  const accepted = new Set<CueMatch>();
  // cues the model found outside the lexicon come last ('learned': inner patterns), so they never take a lexicon cue's clause
  for (const pass of ['outer', 'inner', 'learned'] as const) {
    const phase = pass === 'outer' ? 'outer' : 'inner';
    for (const c of cues) {
      if (usedCue.has(c) || accepted.has(c) || covered[c.start]) continue;
      if ((pass === 'learned') !== (c.entry.learned === true)) continue;
      const found = indirectContent(doc, c, quoted, covered, stops, phase, cueAt, model ? model.fallback : Infinity);
      if (!found) continue;
      accepted.add(c);
      const { ranges, rule } = found;
      // "The army attacked the rebels": a verb with a physical sense and an object that names no speech is a blow, no quote
      // (the cue is taken, so no later rule reads a content for it)
      if (ranges.length === 1 && isPhysicalSense(doc, c, ranges[0][0], ranges[0][1], rule, quoted)) continue;
      for (const [cs, ceRule] of ranges) {
        // the content-end ranker picks where a single content after its cue ends, within its clause and before text
        // another attribution holds
        // (not inside a relative clause, whose content the rules end before the main verb: "voters who support Okafor live …")
        const relative = c.auxStart > 0 && /^(who|which|that)$/.test(doc.lower[c.auxStart - 1]);
        const ranked = endModel && ranges.length === 1 && RANKED_RULES.has(rule) && cs >= c.start && !relative;
        const ceClause = ranked ? rankedContentEnd(doc, c, cs, ceRule, rule, quoted, covered, cueAt, endModel, endScratch!) : ceRule;
        const a = contentAttribution(scan, c, cs, ceClause, rule, covered);
        if (a) out.push(a);
      }
      // "a sea wall, which the mayor said the state should pay for": the object relative pronoun is the content's first part
      const rel = phase === 'inner' && rule !== 'indirect-relative' ? objectRelativeBefore(doc, c, clauseStart(doc, c, quoted), ranges[0][0], quoted, covered) : -1;
      if (rel >= 0) {
        covered[rel] = 1;
        out.push(attribution('indirect', doc.starts[rel], doc.ends[rel], c, c.speaker, rule, 0.6));
      }
      for (let t = c.chunkStart; t < c.after; t++) covered[t] = 1;
    }
  }
  return accepted;
}

/**
 * Step 2b: the content of a cue with a speaker that no rule read ("X argued, on reflection, the plan …"), chosen by the
 * content-span model among spans after the cue and the clause before its speaker, or none (content-span.ts; trained on
 * PolNeAR train). Cues are taken in text order; a content never holds text another attribution or cue holds.
 */
function attributeUnreadCues(
  scan: QuoteScan,
  resources: QuoteResources,
  covered: Uint8Array,
  stops: ReadonlySet<number>,
  accepted: ReadonlySet<CueMatch>,
  observers: QuoteObservers,
  out: Attribution[],
): void {
  const { doc, quoted, cues, usedCue } = scan;
  const model = resources.contentSpanModel ?? null;
  const blocked = new Uint8Array(doc.tokenCount);
  for (let t = 0; t < doc.tokenCount; t++) if (covered[t] || stops.has(t)) blocked[t] = 1;
  for (const c of cues) for (let t = c.chunkStart; t < c.end; t++) blocked[t] = 1;
  const scratch = new Uint32Array(MAX_SPAN_PART_FEATURES);
  for (const c of cues) {
    if (usedCue.has(c) || accepted.has(c) || covered[c.start] || !c.speaker || c.raised || c.impersonal || c.nominal) continue;
    const limit = contentLimit(doc, c, quoted);
    const np = c.after < limit ? nounPhraseStartingAt(doc, c.after, limit) : null;
    // the cue's own speaker and cue are not blocked for its candidates
    for (let t = c.chunkStart; t < c.end; t++) blocked[t] = covered[t];
    const cands = contentSpanCandidates(doc, c, clauseStart(doc, c, quoted), limit, quoted, blocked, np ? np.end : -1);
    for (let t = c.chunkStart; t < c.end; t++) blocked[t] = 1;
    observers.unreadCue?.(c, cands);
    // (the model learns from every class and reads those of CONTENT_SPAN_CLASSES: not `source`, whose contents are the rules')
    // (nor a participle before "by", or before "of" with no addressee: "solutions suggested by experts include …", the
    // headline "Party accused of broken pledge" are passives, whose contents are the rules'; BBC politics 1-300: 3 wrong
    // spans and 1 right one ("told of his shock") left out)
    const passiveLike = doc.lower[c.end] === 'by' || (doc.lower[c.end] === 'of' && !c.addressee);
    const span = model && !passiveLike && CONTENT_SPAN_CLASSES.has(c.entry.class) ? chooseContentSpan(model, doc, c, cands, quoted, scratch) : null;
    if (!span) continue;
    const a = contentAttribution(scan, c, span[0], span[1], 'indirect-learned-span', covered);
    for (let t = span[0]; t < span[1]; t++) blocked[t] = 1;
    if (a) out.push(a);
  }
}

/**
 * Where the content-end ranker ends a single content `[cs, ceRule)` after cue `c`: within its clause, before text
 * another attribution holds and, for a quotation closing on a comma inside its marks, not past that quotation.
 * @returns the end token (exclusive); `ceRule` when the rule's end lies past the limit
 */
function rankedContentEnd(
  doc: Doc,
  c: CueMatch,
  cs: number,
  ceRule: number,
  rule: QuoteRule,
  quoted: Uint8Array,
  covered: Uint8Array,
  cueAt: Uint8Array,
  endModel: NonNullable<QuoteResources['contentEndModel']>,
  endScratch: Uint32Array,
): number {
  let limit = contentLimit(doc, c, quoted);
  for (let t = cs + 1; t < limit; t++) {
    if (covered[t] || (cueAt[t] && t > c.start)) {
      limit = t;
      break;
    }
  }
  // a quotation closing on a comma inside its marks ends the content ("called the budget “reckless,” a rare rebuke"):
  // the ranker may shorten it, not run past it
  if (ceRule >= 2 && quoted[ceRule - 1] && doc.lower[ceRule - 2] === ',') limit = Math.min(limit, ceRule);
  // an object ends before a second act of its speaker ("has criticized the port authority and is planning a protest")
  const act = coordinatedActEnd(doc, c.start, cs, Math.max(limit, ceRule));
  if (act < Math.max(limit, ceRule)) {
    limit = Math.min(limit, act);
    ceRule = Math.min(ceRule, act);
  }
  return ceRule <= limit ? chooseContentEnd(endModel, doc, { cs, ruleEnd: ceRule, limit, rule }, quoted, endScratch) : ceRule;
}

/**
 * The attribution of the content `[cs, ceClause)` of cue `c`: a quotation running past its end extends it; the
 * quotations inside it make it mixed, or, when one of them is the whole content, a direct quote of that quotation
 * (recorded in `scan.fragAttr`, null returned). Marks the content in `covered`.
 */
function contentAttribution(scan: QuoteScan, c: CueMatch, cs: number, ceClause: number, rule: QuoteRule, covered: Uint8Array): Attribution | null {
  const { doc, fragments, fragTok, fragAttr } = scan;
  // a quotation running past the sentence end belongs to the content as a whole
  let ce = ceClause;
  for (let fi = 0; fi < fragments.length; fi++) {
    const { t0, t1 } = fragTok[fi];
    if (t0 >= cs && t0 < ce && t1 > ce && !fragAttr[fi]) ce = t1;
  }
  let kind: QuoteKind = 'indirect';
  let exact = -1;
  for (let fi = 0; fi < fragments.length; fi++) {
    const { t0, t1 } = fragTok[fi];
    if (t0 >= cs && t1 <= ce && !fragAttr[fi]) {
      kind = 'mixed';
      if (t0 === cs && t1 >= ce - 1) exact = fi;
    }
  }
  for (let t = cs; t < ce; t++) covered[t] = 1;
  if (exact >= 0) {
    const f = fragments[exact];
    fragAttr[exact] = attribution('direct', f.start, f.end, c, c.speaker, 'direct-cue-before', 0.8);
    return null;
  }
  for (let fi = 0; fi < fragments.length; fi++) {
    const { t0, t1 } = fragTok[fi];
    if (t0 >= cs && t1 <= ce) fragAttr[fi] ??= attribution('mixed', -1, -1, c, c.speaker, rule, 0);
  }
  const confidence = rule === 'indirect-according-to' ? 0.8 : rule === 'indirect-object' || rule === 'indirect-infinitive' ? 0.6 : 0.75;
  return attribution(kind, doc.starts[cs], doc.ends[ce - 1], c, c.speaker, rule, confidence);
}

/**
 * Step 3: direct quotes without an adjacent cue: a dash and a speaker after the quotation, a colon closing the
 * previous paragraph, a continuation of an earlier quote of the paragraph (or the previous one's, carried on).
 */
function attributeLoneQuotes(scan: QuoteScan): void {
  const { doc, fragments, fragTok, fragAttr } = scan;
  // carried along in text order, so that a paragraph of n unattributed quotations costs n steps, not n² (review 26: a
  // paragraph of 80,000 quotation marks took 9.7 s here): the first fragment of fi's paragraph and the latest one
  // before fi in it with a direct attribution and a speaker (-1 for none); the paragraphs that hold a cue, when asked
  const prior: PriorInParagraph = { first: 0, direct: -1, cued: null };
  for (let fi = 0; fi < fragments.length; fi++) {
    if (fi > 0 && fragments[fi - 1].paragraph !== fragments[fi].paragraph) {
      prior.first = fi;
      prior.direct = -1;
    } else if (fi > 0 && isDirectWithSpeaker(fragAttr[fi - 1])) prior.direct = fi - 1;
    if (fragAttr[fi]) continue;
    const f = fragments[fi];
    const { t0, t1 } = fragTok[fi];
    const para = doc.paragraphs[f.paragraph];
    const pStartTok = doc.sentences[para.firstSentence].firstToken;
    const pEndTok = doc.sentences[para.endSentence - 1].endToken;
    if (t1 < pEndTok && /^[-\u2013\u2014\u2015]$/.test(doc.lower[t1])) {
      const dashed = dashAttribution(doc, f, t1, pEndTok);
      if (dashed) {
        fragAttr[fi] = dashed;
        continue;
      }
    }
    if (t0 === pStartTok && t1 >= pEndTok - 1 && f.paragraph + 1 < doc.paragraphs.length) {
      const dashLine = dashLineAttribution(doc, f);
      if (dashLine) {
        fragAttr[fi] = dashLine;
        continue;
      }
    }
    if (t0 === pStartTok && f.paragraph > 0) {
      const colonLine = colonLineAttribution(scan, f);
      if (colonLine) {
        fragAttr[fi] = colonLine;
        continue;
      }
    }
    // continuation: an earlier quote of the same paragraph, or the quote this one carries on
    const carried = priorAttribution(scan, fi, pStartTok, prior);
    if (carried && !embeddedAfter(doc, fragTok, f, t0, carried)) {
      fragAttr[fi] = attribution('direct', f.start, f.end, carried.cue, carried.speaker, 'direct-continuation', 0.65);
    }
  }
}

/**
 * True when token `t` is a hyphen-minus written against the next word ("“%0” -Wambiguous-macro", a compiler flag in a
 * technical article's table, or "-based"): no attribution dash, which stands apart ("” - Jo Doe") or is a true dash
 * ("”—Jo Doe"). Review 16: one feed item's table of diagnostics gave 454 "quotes" spoken by its flags.
 */
function gluedHyphen(doc: Doc, t: number): boolean {
  return doc.lower[t] === '-' && t + 1 < doc.starts.length && doc.starts[t + 1] === doc.ends[t];
}

/** "“…” — Jo Doe": a noun phrase closing the paragraph after a dash is the speaker, the dash itself the cue; else null. */
function dashAttribution(doc: Doc, f: QuoteFragment, t1: number, pEndTok: number): Attribution | null {
  if (gluedHyphen(doc, t1)) return null;
  const np = nounPhraseStartingAt(doc, t1 + 1, pEndTok);
  if (!np || np.end < pEndTok - 1) return null;
  // the dash itself marks the attribution: it is the cue
  const cue = cueMatch({ ...colonCue(doc, t1, np), entry: DASH_CUE, chunkStart: t1 });
  return attribution('direct', f.start, f.end, cue, np, 'direct-dash', 0.7);
}

/**
 * A quotation that is its whole paragraph, signed on the next line by a dash and a name ("“…”" then "- Bernie Sanders."
 * or "—President Obama, tweeting after the speech."): that noun phrase is the speaker, the dash the cue; else null.
 */
function dashLineAttribution(doc: Doc, f: QuoteFragment): Attribution | null {
  const next = doc.paragraphs[f.paragraph + 1];
  const n0 = doc.sentences[next.firstSentence].firstToken;
  const n1 = doc.sentences[next.endSentence - 1].endToken;
  if (n1 - n0 > 16 || !/^[-\u2013\u2014\u2015]$/.test(doc.lower[n0]) || gluedHyphen(doc, n0)) return null;
  const np = nounPhraseStartingAt(doc, n0 + 1, n1);
  if (!np || (np.end < n1 - 1 && doc.lower[np.end] !== ',')) return null;
  const cue = cueMatch({ ...colonCue(doc, n0, np), entry: DASH_CUE, chunkStart: n0 });
  return attribution('direct', f.start, f.end, cue, np, 'direct-dash', 0.7);
}

/**
 * A quotation opening a paragraph after one that ends on a colon ("The senator released the following statement:"):
 * the cue of that line (any verb before the colon), or its closing noun phrase as the speaker; else null.
 */
function colonLineAttribution(scan: QuoteScan, f: QuoteFragment): Attribution | null {
  const { doc, quoted, edges, cues } = scan;
  const prev = doc.paragraphs[f.paragraph - 1];
  const prevEnd = doc.sentences[prev.endSentence - 1].endToken;
  if (doc.lower[prevEnd - 1] !== ':' || quoted[prevEnd - 2]) return null;
  const prevStart = doc.sentences[prev.firstSentence].firstToken;
  // "The senator released the following statement:" on the line before: any verb before the colon is the cue
  const cue = [...cues].reverse().find((c) => c.start >= prevStart && c.start < prevEnd) ?? colonVerbCue(doc, prevEnd - 2, quoted, edges) ?? undefined;
  const np = cue ? cue.speaker : nounPhraseEndingAt(doc, prevEnd - 2, prevStart);
  if (!np) return null;
  if (cue) scan.usedCue.add(cue);
  return attribution('direct', f.start, f.end, cue ?? null, np, 'direct-colon-line', 0.7);
}

/** What {@link attributeLoneQuotes} knows of the fragments before the current one, for {@link priorAttribution}. */
interface PriorInParagraph {
  /** Index of the first fragment of the current fragment's paragraph. */
  first: number;
  /** Index of the latest fragment before the current one in its paragraph with a direct attribution and a speaker, or -1. */
  direct: number;
  /** Paragraphs holding a cue, computed on first use. */
  cued: Set<number> | null;
}

/** True for a direct attribution with a speaker. */
function isDirectWithSpeaker(a: Attribution | null): boolean {
  return a !== null && a.kind === 'direct' && a.speaker !== null;
}

/**
 * The attribution fragment `fi` carries on: the nearest earlier direct quote with a speaker in its paragraph (or in the
 * previous paragraph when `fi` continues it, or opens a paragraph without cues), or a mixed quote right before it in the
 * same paragraph; null when none.
 * @param prior the paragraph's first fragment and latest direct quote with a speaker before `fi`, kept by the caller
 */
function priorAttribution(scan: QuoteScan, fi: number, pStartTok: number, prior: PriorInParagraph): Attribution | null {
  const { doc, fragments, fragTok, fragAttr, cues } = scan;
  const f = fragments[fi];
  const t0 = fragTok[fi].t0;
  const k = fi - 1;
  if (k >= prior.first && k >= 0) {
    const ak = fragAttr[k];
    if (ak && isDirectWithSpeaker(ak)) return ak;
    // a quotation closing a mixed quote (`Some of the claims are "based on myths," said Jo Roe. "…"`) is carried on too
    if (ak && ak.kind === 'mixed' && ak.speaker && ak.cue) {
      // across a sentence of the writer's own it is the same speaker's new quote, not a piece of the mixed one ('She
      // called the levy "a tax on work". The hall went quiet. "We will repeal it on day one."'): no cue to share
      const gap = sentenceIndexOf(doc, t0) > sentenceIndexOf(doc, fragTok[k].t1 - 1) + 1;
      return attribution('direct', ak.start, ak.end, gap ? null : ak.cue, ak.speaker, ak.rule, ak.confidence);
    }
    if (prior.direct >= 0) return fragAttr[prior.direct];
  }
  // the last fragment of the previous paragraph, when this one continues it or opens a paragraph without cues
  const last = prior.first - 1;
  if (last < 0 || fragments[last].paragraph !== f.paragraph - 1) return null;
  if (!f.continuation) {
    if (t0 !== pStartTok) return null;
    prior.cued ??= new Set(cues.map((c) => doc.sentences[sentenceIndexOf(doc, c.start)].paragraph));
    if (prior.cued.has(f.paragraph)) return null;
  }
  const al = fragAttr[last];
  return al && isDirectWithSpeaker(al) ? al : null;
}

/**
 * True when the quotation at `t0` sits inside a clause of running text ("… Doe said on ABC's “This Week.”"), so it does
 * not carry on `prior`: not when it follows the previous quote's cue or speaker, or an abbreviation closing a sentence
 * (`"…," she said "…"`, `"…," Doe told reporters in Fort Mill, S.C. "…"`).
 */
function embeddedAfter(doc: Doc, fragTok: QuoteScan['fragTok'], f: QuoteFragment, t0: number, prior: Attribution): boolean {
  const afterPrior = prior.cue !== null && (prior.cue.end === t0 || prior.cue.after === t0);
  return (
    t0 > 0 && doc.starts[t0 - 1] >= doc.paragraphs[f.paragraph].start && /[\p{L}\p{N}]/u.test(doc.lower[t0 - 1]) && !fragmentEndsAt(fragTok, t0 - 1) &&
    !afterPrior && !/\p{L}\.$/u.test(doc.lower[t0 - 1])
  );
}

/**
 * A quotation no cue claimed that is a sentence of its own right after a sentence of reported speech or an attributed
 * quotation ("Mr Howard said the scale of the disaster was hard to grasp." then "“We watched the scenes …”"; "“…,” he
 * said." then a paragraph "“I have no desire …” Mr Clarke's amendment will be debated …"): it carries on that speaker's words,
 * with the speaker of the reported speech and no cue of its own (the cue stays with its clause); null when the sentence before holds no
 * attribution with a speaker, or the quotation's own sentence holds a cue.
 */
function reportedContinuation(scan: QuoteScan, fi: number, indirect: readonly Attribution[]): Attribution | null {
  const { doc, fragments, fragTok, cues } = scan;
  const f = fragments[fi];
  const { t0 } = fragTok[fi];
  const si = sentenceIndexOf(doc, t0);
  const sentence = doc.sentences[si];
  if (si === 0 || sentence.firstToken !== t0) return null;
  for (const c of cues) if (c.start >= sentence.firstToken && c.start < sentence.endToken) return null;
  const prev = doc.sentences[si - 1];
  let found: Attribution | null = null;
  for (const a of indirect) if (a.cue && a.speaker && a.cue.start >= prev.firstToken && a.cue.start < prev.endToken) found = a;
  // ("“…,” he said." then a new paragraph "“I have no desire …”" and more sentences with cues of their own)
  const before = fi > 0 ? scan.fragAttr[fi - 1] : null;
  if (!found && before && before.cue && before.cue.start >= prev.firstToken && before.cue.start < prev.endToken) found = before;
  // ("I think …", "we said …": a first- or second-person speaker is someone quoted inside, not the reporter's source)
  if (!found || !found.cue || !found.speaker || /^(i|we|you|me|us)$/.test(doc.lower[found.speaker.head])) return null;
  // (no cue of its own: the reported speech keeps its cue, and the quotation stays an attribution of its own)
  return attribution('direct', f.start, f.end, null, found.speaker, 'direct-continuation', 0.6);
}

/**
 * The attribution of a quotation no cue claimed: a colon line opened by a noun phrase ("Ruiz on the budget: “…”"), or
 * an unattributed direct (or mixed, with the words leading into it) quote when it is long enough to be speech and not
 * set inside running text; else null.
 */
function unattributedQuote(scan: QuoteScan, fi: number): Attribution | null {
  const { doc, quoted, fragments, fragTok, cues } = scan;
  const f = fragments[fi];
  const { t0, t1 } = fragTok[fi];
  let words = 0;
  for (let t = t0; t < t1; t++) if (/[\p{L}\p{N}]/u.test(doc.lower[t])) words++;
  const sentenceLike = /[.!?]$/.test(doc.text.slice(f.start, f.end));
  // short quotations with no attribution are mostly scare quotes and titles: on PolNeAR train those of 2-5 words matched a
  // gold attribution 29% of the time (82 of 282), below the F1/2 break-even; from six words (four for a sentence) on, 50%
  // a quotation with no cue that running text both leads into and carries on after ("hung banners with “…” across the
  // gate") is mostly a title, a slogan or part of a mixed attribution whose cue we missed: on PolNeAR train 11 of 111
  // matched a gold content word for word (exact F1/2 break-even: 30%), 48 overlapped one (break-even 36%)
  const para = doc.paragraphs[f.paragraph];
  const inText =
    t0 > 0 && doc.starts[t0 - 1] >= para.start && /[\p{L}\p{N}]/u.test(doc.lower[t0 - 1]) && !fragmentEndsAt(fragTok, t0 - 1) &&
    t1 < doc.tokenCount && doc.starts[t1] < para.end && /[\p{L}\p{N}]/u.test(doc.lower[t1]);
  if (inText || !(words >= 6 || (sentenceLike && words >= 4))) return null;
  // "Ruiz on the budget: “…”": a noun phrase (and its modifiers) opening the sentence, then a colon right before the
  // quotation: the phrase is the speaker, the colon the cue (as PolNeAR marks it)
  const colon = t0 - 1;
  const s0 = doc.sentences[sentenceIndexOf(doc, Math.max(0, colon))].firstToken;
  const np = colon > s0 && doc.lower[colon] === ':' && !quoted[colon] ? nounPhraseStartingAt(doc, s0, colon) : null;
  if (np && !hasVerb(doc, np.end, colon) && colon - s0 <= 8 && doc.pos[np.head] !== 'PRON') {
    return attribution('direct', f.start, f.end, colonCue(doc, colon, np), np, 'direct-colon-line', 0.6);
  }
  // "… FOR THE FIRST TIME - Jo Doe: “…”", "More from Roe: “…”": the phrase after a dash or an opening "(More) from"
  // (colon-speaker.ts), when it runs to the colon
  const n0 = colon > s0 && doc.lower[colon] === ':' && !quoted[colon] ? colonSpeakerStart(doc, s0, colon, quoted) : -1;
  const named = n0 >= 0 ? nounPhraseStartingAt(doc, n0, colon) : null;
  if (named && named.end === colon && doc.pos[named.head] !== 'PRON') {
    return attribution('direct', f.start, f.end, colonCue(doc, colon, named), named, 'direct-colon-line', 0.6);
  }
  // the words leading into it from a complementiser or a determiner belong to the content ("… was that Crist “would
  // say anything …”", "a “corrupt political system …”"), as PolNeAR marks such a mixed content
  const lead = unattributedLeadIn(doc, t0, doc.sentences[sentenceIndexOf(doc, t0)].firstToken, quoted, cues);
  if (lead < t0) return attribution('mixed', doc.starts[lead], f.closed ? f.closeEnd : f.end, null, null, 'direct-unattributed', 0.5);
  return attribution('direct', f.start, f.end, null, null, 'direct-unattributed', 0.5);
}

/** Words that open a noun phrase right before a quotation ("a “…”", "their “…”"): the phrase is the content. */
const LEAD_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'what', 'which']);

/** How far back a complementiser may lead into an unattributed quotation, in tokens. */
const MAX_LEAD_IN = 12;

/**
 * Where an unattributed quotation's content starts when running text leads into it from within its sentence: at the
 * nearest `that` up to {@link MAX_LEAD_IN} tokens before it ("His catch phrase was that Crist “would say anything …”"),
 * else at a determiner right before its opening mark ("a “corrupt political system …”"). On PolNeAR train, 16 gold contents
 * start there where the quotation alone was predicted; extending lost one exact match.
 * @param doc the token layer; `t0` the quotation's first token; `s0` its sentence's first token; `quoted` 1 for tokens
 *   inside quotation marks; `cues` all cues of the article (a cue between the `that` and the quotation blocks it)
 * @returns the first token of the content: `t0` when nothing leads in
 */
function unattributedLeadIn(doc: Doc, t0: number, s0: number, quoted: Uint8Array, cues: readonly CueMatch[]): number {
  // (a quotation set off by a comma or colon is a sentence of its own: "… was prompted to say, “…”")
  if (t0 <= s0 || quoted[t0 - 1] || doc.lower[t0 - 1] === ',' || doc.lower[t0 - 1] === ':') return t0;
  for (let t = t0 - 1; t >= s0 && t >= t0 - MAX_LEAD_IN; t--) {
    if (quoted[t]) break;
    // (a capitalised THAT is a headline word)
    if (doc.lower[t] === 'that') return cues.some((c) => c.start > t && c.start < t0) || doc.text[doc.starts[t] + 1] === 'H' ? t0 : t;
  }
  return LEAD_DETERMINERS.has(doc.lower[t0 - 1]) ? t0 - 1 : t0;
}

/** The cue that introduces a quote: `X said: "…"`, `X told reporters, "…"`, `X said "…".` */
/** Cue frames that read a quotation only around the verb or after a colon (`continue`, `read`): no clause or object of their own. */
const QUOTATION_ONLY_FRAMES: ReadonlySet<string> = new Set(['after', 'invert', 'colon']);

function cueBefore(
  doc: Doc,
  cues: readonly CueMatch[],
  f: QuoteFragment,
  t0: number,
  t1: number,
  pEndTok: number,
  quoted: Uint8Array,
  edges: QuoteEdges,
): CueMatch | null {
  let j = t0 - 1;
  if (j < 0 || doc.starts[j] < doc.paragraphs[f.paragraph].start) return null;
  const colon = doc.lower[j] === ':';
  const punct = colon || doc.lower[j] === ',';
  if (punct) j--;
  // without a colon or comma the quote must end its sentence, else it belongs to a mixed quote
  if (!punct && !(t1 >= pEndTok || /^[.!?]$/.test(doc.lower[t1]) || /[.!?]/.test(doc.text[f.close - 1] ?? ''))) return null;
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.after - 1 > j) continue;
    if (c.after - 1 < j - 8) break;
    if (!c.speaker) return null;
    // words between the cue and an unpunctuated quote make a mixed quote ("called the plan “a disgrace”")
    if (!punct && c.after <= j) return null;
    // a verb that reports speech only around a quotation or before a colon ("“…,” she continued", "He continued: “…”")
    // takes an unpunctuated quotation as its own complement ("cannot continue “along this road”"; review 18)
    if (!punct && [...c.entry.frames].every((frame) => QUOTATION_ONLY_FRAMES.has(frame))) return null;
    for (let t = c.after; t <= j; t++) if (!ADJUNCT_POS.has(doc.pos[t]) && doc.lower[t] !== ',') return null;
    return c;
  }
  return colon ? colonVerbCue(doc, j, quoted, edges) : null;
}

/** Tags that open a subject: the words before an interrupting cue are then part of the quoted sentence. */
const FRONTED_START_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** Subordinators that open a clause of the quoted sentence ("If voters stay home, she said, “…”"). */
const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'while', 'whether', 'because', 'although', 'though', 'unless', 'when', 'once']);

/**
 * The opening words of a sentence whose cue interrupts it right before a quotation: `When the rule takes effect, Dr. Ito
 * added, “…”`, `But, he said, “…”`. PolNeAR marks them and the quotation as one content around the cue.
 * @param doc the token layer; `c` the cue right before the quotation; `cues` all cues of the article; `t0` the
 *   quotation's first token; `quoted` 1 for tokens inside quotation marks
 * @returns the token range [start, end) from the sentence start to the comma before the speaker-and-cue chunk, or null
 *   when the chunk opens the sentence, is not set off by a comma, or the opening words hold a quotation or another cue
 */
function frontedPart(doc: Doc, c: CueMatch, cues: readonly CueMatch[], t0: number, quoted: Uint8Array): TokenRange | null {
  if (c.after !== t0 - 1 || doc.lower[t0 - 1] !== ',' || c.coordinated || c.raised || c.impersonal || c.nominal) return null;
  const s0 = c.sentence.firstToken;
  const comma = c.chunkStart - 1;
  if (comma <= s0 || doc.lower[comma] !== ',') return null;
  let words = 0;
  for (let t = s0; t < comma; t++) {
    if (quoted[t]) return null;
    if (/[\p{L}\p{N}]/u.test(doc.lower[t])) words++;
  }
  if (words === 0 || cues.some((o) => o !== c && o.start >= s0 && o.start < comma)) return null;
  // a subject or a subordinate clause opening the quoted sentence, not an adjunct of the cue ("In a statement Thursday,",
  // "Holding open a book,", "At a rally on Monday,": PolNeAR leaves those out)
  // a topic opened by `of` ("Of the new rules, she said, “…”", "Of course, …") and a lone `Instead,` are kept (PolNeAR
  // train: 4 gold contents start there, none leaves them out)
  const topic = doc.lower[s0] === 'of' || (doc.lower[s0] === 'instead' && comma === s0 + 1);
  if (!FRONTED_START_POS.has(doc.pos[s0]) && !FRONTED_SUBORDINATORS.has(doc.lower[s0]) && !topic) return null;
  if (/ing$/.test(doc.lower[s0]) && doc.pos[s0] !== 'DET' && doc.pos[s0] !== 'PRON') return null;
  // "John Dickey, the chief executive, told …": a name set off before its apposition is the speaker, not content
  let name = true;
  for (let t = s0; t < comma; t++) if (doc.pos[t] !== 'PROPN' && doc.lower[t] !== '.') name = false;
  if (name) return null;
  return { start: s0, end: comma, head: comma - 1 };
}

/**
 * Any verb in the past tense closing a sentence right after a quotation that ends on a comma, a question mark or an exclamation mark, with its subject
 * before it ("“…,” Oliver barked.", "“…,” the senator quipped on Sunday."): the verb is the cue, even outside the lexicon.
 */
function verbAfterQuote(doc: Doc, f: QuoteFragment, j: number, pEndTok: number, quoted: Uint8Array): CueMatch | null {
  // (a question or exclamation closes its quotation without a comma: "“…?” Hannity pressed.")
  if (!/[,?!]\s*["'\u201D\u2019]*$/.test(doc.text.slice(f.start, f.closeEnd)) && doc.lower[j - 1] !== ',') return null;
  const np = nounPhraseStartingAt(doc, j, pEndTok);
  if (!np || np.end - np.start > 6) return null;
  let v = np.end;
  while (v < pEndTok && doc.pos[v] === 'ADV') v++;
  // (the tagger reads some past forms after a noun as adjectives: "the senator fumed.")
  if (v >= pEndTok || (doc.pos[v] !== 'VERB' && doc.pos[v] !== 'ADJ') || !/ed$/.test(doc.lower[v]) || quoted[v]) return null;
  const next = v + 1 < pEndTok ? doc.lower[v + 1] : '.';
  if (!/^[.,;!?]$/.test(next) && !(doc.pos[v + 1] === 'ADP' && /^(on|in|at)$/.test(next))) return null;
  const sentence = doc.sentences[sentenceIndexOf(doc, v)];
  const entry: CueMatch['entry'] = Object.freeze({ lemma: doc.lemmas[v], class: 'speech', frames: new Set(['after'] as const), length: 1, rest: [] });
  return cueMatch({
    start: v, end: v + 1, entry, sentence, speaker: np, side: 'left', passive: false, auxStart: v, addressee: null,
    after: v + 1, chunkStart: np.start, coordinated: false,
  });
}

/**
 * A past-tense verb right after a quotation closing on a comma, question or exclamation mark, followed by a noun phrase
 * that closes the sentence or a clause ("“…!” beamed Jo Hartley of Madison.", "“…,” posted Ann Geyer.", "“…?” reacted
 * Trump."): the inverted cue and its speaker, whether or not the verb is in the lexicon (as {@link verbAfterQuote} for
 * "“…,” the host pressed."); null otherwise.
 */
function invertedVerbAfterQuote(doc: Doc, f: QuoteFragment, j: number, pEndTok: number, quoted: Uint8Array): CueMatch | null {
  if (!/[,?!]\s*["'\u201D\u2019]*$/.test(doc.text.slice(f.start, f.closeEnd)) && doc.lower[j - 1] !== ',') return null;
  if (j + 1 >= pEndTok || quoted[j] || doc.pos[j] !== 'VERB' || !/ed$/.test(doc.lower[j])) return null;
  const np = nounPhraseStartingAt(doc, j + 1, pEndTok);
  if (!np || np.end - np.start > 8 || (doc.pos[np.head] === 'PRON' && !/^(he|she|they|we|i)$/.test(doc.lower[np.head]))) return null;
  if (np.end < pEndTok && !/^[.,;!?]$/.test(doc.lower[np.end])) return null;
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year)$/.test(doc.lower[np.head])) return null;
  const sentence = doc.sentences[sentenceIndexOf(doc, j)];
  const entry: CueMatch['entry'] = Object.freeze({ lemma: doc.lemmas[j], class: 'speech', frames: new Set(['after'] as const), length: 1, rest: [] });
  return cueMatch({
    start: j, end: j + 1, entry, sentence, speaker: np, side: 'right', passive: false, auxStart: j, addressee: null,
    after: np.end, chunkStart: j, coordinated: false,
  });
}

/**
 * Any verb with a subject right before a colon introduces the quote after it, even one outside the
 * lexicon ("the crowd chanted: …", "he boomed: …"); the verb is the cue.
 */
function colonVerbCue(doc: Doc, j: number, quoted: Uint8Array, edges: QuoteEdges): CueMatch | null {
  const sentence = doc.sentences[sentenceIndexOf(doc, j)];
  const s0 = sentence.firstToken;
  for (let v = j; v >= Math.max(s0, j - 10); v--) {
    if (quoted[v]) return null;
    if (doc.pos[v] !== 'VERB') {
      if (!ADJUNCT_POS.has(doc.pos[v]) && doc.lower[v] !== ',') return null;
      continue;
    }
    let k = v - 1;
    while (k >= s0 && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX')) k--;
    if (k < s0 || quoted[k]) return null;
    // "Doe interjected to say:", "…, saying in a post on Twitter:": the subject of the clause
    const speaker = nounPhraseEndingAt(doc, k, s0) ?? (doc.lower[k] === 'to' || doc.lower[k] === ',' ? sentenceSubject(doc, s0, k, quoted, edges) : null);
    if (!speaker) return null;
    const entry: CueMatch['entry'] = Object.freeze({ lemma: doc.lemmas[v], class: 'speech', frames: new Set(['colon'] as const), length: 1, rest: [] });
    return cueMatch({
      start: v, end: v + 1, entry, sentence, speaker, side: 'left', passive: false, auxStart: k + 1, addressee: null,
      after: v + 1, chunkStart: speaker.start, coordinated: false,
    });
  }
  return null;
}

/**
 * The actor code of a speaker no entity owns: the code of a body or country named in its phrase, a place's country
 * completed with the agent of the phrase's head ("officials in Beijing" CHNGOV), or, for bare "officials" /
 * "authorities", the government the article named last within a few sentences before (group-speaker-actor.ts).
 */
function groupSpeakerCode(doc: Doc, np: TokenRange, mention: Span, resolver: SpeakerResolver, resources: QuoteResources): string | null {
  const inside = resolver.codedAffiliation(mention.start, mention.end);
  const agents = resources.groupAgents;
  if (!agents) return inside?.actor ?? null;
  if (inside) return inside.countryOnly ? placeGroupActor(doc, np, inside.actor, agents) : inside.actor;
  if (!isBareGovernmentGroup(doc, np)) return null;
  return resolver.latestGovernment(governmentWindowStart(doc.sentences, sentenceIndexOf(doc, np.start)), mention.start);
}

function fragmentEndsAt(fragTok: readonly { t0: number; t1: number }[], t: number): boolean {
  return fragTok.some((f) => f.t1 - 1 === t);
}

function toQuote(doc: Doc, a: Attribution, n: number, resolver: SpeakerResolver, info: QuoteComponentInfo, resources: QuoteResources): Quote {
  let speaker: Speaker = { entity: null, name: null, actor: null, mention: null };
  let coSpeakers: Speaker[] = [];
  const evidence: { start: number; end: number }[] = [];
  // (a lone subordinator is no speaker: "When asked about X, …"; the content stays as the cue found it)
  if (a.speaker && !isLoneSubordinator(doc, a.speaker)) {
    // ("a challenge from Jo Roe who said": the person after "from", relative-who-speaker.ts)
    const phrase = personBeforeWho(doc, a.speaker, resolver);
    const mention = spanOfTokens(doc, phrase.start, phrase.end);
    // (a phrase whose head names no entity speaks for the body or person it names: "a spokesman for the firm"; represented-speaker.ts)
    const own = resolver.resolve(mention.start, mention.end, doc.starts[phrase.head], doc.ends[phrase.head]);
    const resolved = own ?? representedSpeaker(doc, phrase, resolver);
    // an unnamed official keeps no entity but takes the code of the body named in the phrase ("a spokesman for India's foreign ministry")
    speaker = resolved
      ? { entity: resolved.entity, name: resolved.name, actor: resolved.actor ?? (own ? null : groupSpeakerCode(doc, phrase, mention, resolver, resources) ?? earlierSpokespersonCode(doc, phrase, resolver)), mention }
      : { entity: null, name: null, actor: groupSpeakerCode(doc, phrase, mention, resolver, resources) ?? earlierSpokespersonCode(doc, phrase, resolver), mention };
    evidence.push({ start: mention.start, end: mention.end });
    if (resolved && (resolved.mention.start !== mention.start || resolved.mention.end !== mention.end)) {
      evidence.push({ start: resolved.mention.start, end: resolved.mention.end });
    }
    // the other conjuncts of a coordinated phrase ("Ruritania and Freedonia have pledged"), or of a shared "they"
    coSpeakers = coSpeakersOf(doc, phrase, resolved, resolver, (np, m) => groupSpeakerCode(doc, np, m, resolver, resources));
    for (const c of coSpeakers) if (c.mention && !evidence.some((e) => e.start === c.mention!.start && e.end === c.mention!.end)) evidence.push({ start: c.mention.start, end: c.mention.end });
  }
  let cue: Span | null = null;
  let addressee: string | null = null;
  if (a.cue) {
    const c = a.cue;
    // "told reporters" is the cue phrase, unless the addressee is part of the content ("urged supporters to …")
    const inContent = c.addressee !== null && doc.starts[c.addressee.start] >= a.start && doc.starts[c.addressee.start] < a.end;
    const cueEnd = c.addressee && c.addressee.start === c.end && !inContent ? c.addressee.end : c.end;
    cue = spanOfTokens(doc, c.start, cueEnd);
    evidence.push({ start: cue.start, end: cue.end });
    if (c.addressee) addressee = spanOfTokens(doc, c.addressee.start, c.addressee.end).text;
  }
  return {
    id: `q${n + 1}`,
    text: doc.text.slice(a.start, a.end),
    start: a.start,
    end: a.end,
    kind: a.kind,
    speaker,
    ...(coSpeakers.length > 0 ? { coSpeakers } : {}),
    cue,
    cueClass: a.cue ? quoteCueClass(a.cue.entry, a.rule, resources, /^\S*/.exec(doc.text.slice(a.start, a.start + 12).toLowerCase())![0]) : null,
    addressee,
    // a refusal to speak is a negation, and a negated refusal ("did not refuse to comment") none: the two cancel
    ...(a.cue && (isNegatedCue(doc, a.cue.auxStart, a.cue.start) || isWithheldCue(doc, a.cue.start, a.cue.sentence.firstToken) || (a.speaker !== null && isNegatedSubject(doc, a.speaker.start, a.speaker.end))) !== isRefusedSpeech(doc, a.cue.start, a.cue.end, a.cue.sentence.endToken, resources.verbs) ? { negated: true } : {}),
    mentions: resolver.mentionedIn(a.start, a.end),
    // a cue the trained model found outside the lexicon is named in the rule id ("indirect-object+learned-cue")
    provenance: {
      component: info.name,
      version: info.version,
      rule: a.cue?.entry.learned ? `${a.rule}+learned-cue` : a.rule,
      confidence: a.cue?.entry.learned ? a.confidence * 0.8 : a.confidence,
      evidence,
    },
  };
}
