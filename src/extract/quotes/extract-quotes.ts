import type { Entity } from '../../model/entity.js';
import type { Quote, QuoteKind, Speaker } from '../../model/quote.js';
import type { Span } from '../../model/span.js';
import { tokenAtOrAfter, type Doc, type Sentence } from '../../nlp/doc.js';
import { findCues, type CueMatch } from './find-cues.js';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrase.js';
import { scanQuoteMarks, type QuoteFragment, type QuoteMarkMessage } from './quote-marks.js';
import type { QuoteResources } from './resources.js';
import { createSpeakerResolver, type SpeakerResolver } from './speaker-resolver.js';

/** Identifies the component in provenance records. */
export interface QuoteComponentInfo {
  readonly name: string;
  readonly version: string;
}

/** Rule ids recorded in provenance, one per attribution pattern. */
export type QuoteRule =
  | 'direct-cue-after'
  | 'direct-cue-before'
  | 'direct-dash'
  | 'direct-colon-line'
  | 'direct-continuation'
  | 'direct-unattributed'
  | 'indirect-cue-first'
  | 'indirect-cue-after'
  | 'indirect-according-to'
  | 'indirect-passive'
  | 'indirect-object'
  | 'indirect-infinitive'
  | 'indirect-question'
  | 'label-line';

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

const CLAUSE_OPENERS = new Set(['if', 'despite', 'while', 'because', 'although', 'though', 'once', 'unless', 'when', 'after', 'before', 'since']);
const WH_WORDS = new Set(['whether', 'if', 'why', 'what', 'how', 'who', 'when', 'where', 'which']);
const NP_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const COLON_CUE: CueMatch['entry'] = Object.freeze({ lemma: ':', class: 'speech', frames: new Set<never>(), length: 1, rest: [] });
const DASH_CUE: CueMatch['entry'] = Object.freeze({ lemma: '-', class: 'speech', frames: new Set<never>(), length: 1, rest: [] });
const CLAUSE_END = new Set(['.', '!', '?', ';']);
const CUT_WORDS = new Set(['while', 'whereas', 'though', 'although', 'however']);
const RELATIVE = new Set(['who', 'which', 'whose']);
const DASHES = new Set(['\u2014', '\u2013', '-', '--']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'later', 'earlier', 'recently', 'previously', 'also',
]);
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PRON', 'PART']);
const SUBJECT_START_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const CLOSE_MARK = /^["'\u201D\u2019\u00BB]$/;

/**
 * Finds the quotes of one article: direct quotes (between quotation marks, in every mark style),
 * indirect speech (`X said (that) …`, `…, X said`, `according to X`, passives `reported by X`) and mixed
 * quotes (reported clauses with quoted words), each with its cue, speaker phrase, resolved speaker entity,
 * addressee and the entities mentioned in its content.
 * @param doc the token layer of the article
 * @param resources the cue lexicon
 * @param entities the article's entities with all their mentions (from the entities layer)
 * @param info component name and version for provenance
 * @returns quotes in text order and the scanner's messages about unmatched marks
 */
export function extractQuotes(
  doc: Doc,
  resources: QuoteResources,
  entities: readonly Entity[],
  info: QuoteComponentInfo,
): { quotes: Quote[]; messages: QuoteMarkMessage[] } {
  const { fragments, messages } = scanQuoteMarks(doc.text, doc.paragraphs);
  const quoted = new Uint8Array(doc.tokenCount);
  const fragTok: { t0: number; t1: number }[] = [];
  for (const f of fragments) {
    const t0 = tokenAtOrAfter(doc, f.open);
    const t1 = f.closed ? Math.min(tokenAtOrAfter(doc, f.closeEnd - 1) + 1, doc.tokenCount) : tokenAtOrAfter(doc, f.close);
    fragTok.push({ t0, t1 });
    for (let t = t0; t < t1; t++) quoted[t] = 1;
  }
  const cues: CueMatch[] = [];
  for (const s of clauses(doc)) for (const c of findCues(doc, s, resources, quoted)) cues.push(c);
  const byChunkStart = new Map<number, CueMatch>();
  for (const c of cues) if (!byChunkStart.has(c.chunkStart)) byChunkStart.set(c.chunkStart, c);
  const paraOfToken = (t: number) => doc.sentences[sentenceIndexOf(doc, t)].paragraph;

  const fragAttr: (Attribution | null)[] = fragments.map(() => null);
  const usedCue = new Set<CueMatch>();
  // 1. direct quotes with a cue right after or right before them
  for (let fi = 0; fi < fragments.length; fi++) {
    const f = fragments[fi];
    const { t0, t1 } = fragTok[fi];
    const para = doc.paragraphs[f.paragraph];
    const pEndTok = tokenAtOrAfter(doc, para.end);
    // a transcript line inside quotation marks: "SMITH: We will …"
    const label = labelAt(doc, t0 + 1, t1);
    if (label) {
      const cue = colonCue(doc, label.colon, label.speaker);
      let cs = doc.ends[label.colon];
      while (cs < f.end && /\s/.test(doc.text[cs])) cs++;
      fragAttr[fi] = { kind: 'direct', start: cs, end: f.end, cue, speaker: label.speaker, rule: 'label-line', confidence: 0.7 };
      continue;
    }
    let j = t1;
    while (j < pEndTok && doc.lower[j] === ',') j++;
    const after = f.closed ? byChunkStart.get(j) : undefined;
    const lastInside = doc.text[f.close - 1] ?? '';
    const endsClause = lastInside === '.' && !(j < pEndTok && /^\p{Ll}/u.test(doc.text[doc.starts[j]] ?? ''));
    // a quotation inside a clause ("on ABC's “This Week,” Carson said") is part of a mixed quote, not the whole content
    const inClause = t0 > 0 && doc.starts[t0 - 1] >= para.start && /[\p{L}\p{N}]/u.test(doc.lower[t0 - 1]) && !fragmentEndsAt(fragTok, t0 - 1);
    const before = cueBefore(doc, cues, f, t0, t1, pEndTok, quoted);
    // "Ms Doe asked, “…?” Mr Roe replied": a cue right before the colon or comma wins over the next sentence's cue
    const adjacentBefore = before !== null && before.after === t0 - 1 && /^[:,]$/.test(doc.lower[t0 - 1]);
    if (after && after.speaker && !adjacentBefore && !endsClause && !inClause && (after.entry.frames.has('after') || after.side === 'right')) {
      fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue: after, speaker: after.speaker, rule: 'direct-cue-after', confidence: 0.9 };
      usedCue.add(after);
      continue;
    }
    if (before) {
      fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue: before, speaker: before.speaker, rule: 'direct-cue-before', confidence: 0.85 };
      usedCue.add(before);
    }
  }
  // 2. indirect and mixed speech from the remaining cues
  const covered = new Uint8Array(doc.tokenCount);
  for (let fi = 0; fi < fragments.length; fi++) {
    if (fragAttr[fi]) for (let t = fragTok[fi].t0; t < fragTok[fi].t1; t++) covered[t] = 1;
  }
  const indirect: Attribution[] = [];
  for (const label of labelLines(doc, quoted)) {
    const { speaker, colon, end } = label;
    if (anyCovered(covered, speaker.start, end)) continue;
    for (let t = speaker.start; t < end; t++) covered[t] = 1;
    const cue = colonCue(doc, colon, speaker);
    for (let fi = 0; fi < fragments.length; fi++) {
      if (fragTok[fi].t0 > colon && fragTok[fi].t1 <= end) fragAttr[fi] ??= { kind: 'mixed', start: -1, end: -1, cue, speaker, rule: 'label-line', confidence: 0 };
    }
    indirect.push({ kind: 'direct', start: doc.starts[colon + 1], end: doc.ends[end - 1], cue, speaker, rule: 'label-line', confidence: 0.7 });
  }
  // a reported clause ends where another attribution starts: ", adding", "and said", ", according to"
  const stops = new Set<number>();
  for (const c of cues) {
    const before = c.chunkStart > 0 ? doc.lower[c.chunkStart - 1] : '';
    if (c.coordinated || c.entry.frames.has('source') || before === ',' || before === 'and') stops.add(c.chunkStart);
    // ", and more than four in 10 said …": a coordinated clause with its own attribution
    if (c.entry.class !== 'speech') continue;
    for (let t = c.chunkStart - 1; t >= Math.max(1, c.chunkStart - 4); t--) {
      if ((doc.lower[t] === 'and' || doc.lower[t] === 'but') && doc.lower[t - 1] === ',') {
        stops.add(t - 1);
        break;
      }
    }
  }
  // ", said one candidate …": a reporting verb right after a comma starts another attribution
  for (let t = 1; t < doc.tokenCount; t++) {
    if (doc.lower[t - 1] === ',' && doc.pos[t] === 'VERB' && !quoted[t] && resources.verbs.get(doc.lemmas[t])?.frames.has('invert')) stops.add(t);
  }
  const cueAt = new Uint8Array(doc.tokenCount);
  for (const c of cues) cueAt[c.start] = 1;
  // outer attributions first ("…, according to X", "…, X said"), so a cue inside their content yields
  const accepted = new Set<CueMatch>();
  for (const phase of ['outer', 'inner'] as const) {
    for (const c of cues) {
      if (usedCue.has(c) || accepted.has(c) || covered[c.start]) continue;
      const found = indirectContent(doc, c, quoted, covered, stops, phase, cueAt);
      if (!found) continue;
      accepted.add(c);
      const { ranges, rule } = found;
      for (const [cs, ceClause] of ranges) {
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
          fragAttr[exact] = { kind: 'direct', start: f.start, end: f.end, cue: c, speaker: c.speaker, rule: 'direct-cue-before', confidence: 0.8 };
          continue;
        }
        for (let fi = 0; fi < fragments.length; fi++) {
          const { t0, t1 } = fragTok[fi];
          if (t0 >= cs && t1 <= ce) fragAttr[fi] ??= { kind: 'mixed', start: -1, end: -1, cue: c, speaker: c.speaker, rule, confidence: 0 };
        }
        indirect.push({
          kind,
          start: doc.starts[cs],
          end: doc.ends[ce - 1],
          cue: c,
          speaker: c.speaker,
          rule,
          confidence: rule === 'indirect-according-to' ? 0.8 : rule === 'indirect-object' || rule === 'indirect-infinitive' ? 0.6 : 0.75,
        });
      }
      for (let t = c.chunkStart; t < c.after; t++) covered[t] = 1;
    }
  }
  // 3. direct quotes without an adjacent cue: dash, colon line, continuation, none
  for (let fi = 0; fi < fragments.length; fi++) {
    if (fragAttr[fi]) continue;
    const f = fragments[fi];
    const { t0, t1 } = fragTok[fi];
    const para = doc.paragraphs[f.paragraph];
    const pStartTok = doc.sentences[para.firstSentence].firstToken;
    const pEndTok = doc.sentences[para.endSentence - 1].endToken;
    if (t1 < pEndTok && /^[-\u2013\u2014\u2015]$/.test(doc.lower[t1])) {
      const np = nounPhraseStartingAt(doc, t1 + 1, pEndTok);
      if (np && np.end >= pEndTok - 1) {
        // the dash itself marks the attribution: it is the cue
        const cue = { ...colonCue(doc, t1, np), entry: DASH_CUE, chunkStart: t1 };
        fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue, speaker: np, rule: 'direct-dash', confidence: 0.7 };
        continue;
      }
    }
    if (t0 === pStartTok && f.paragraph > 0) {
      const prev = doc.paragraphs[f.paragraph - 1];
      const prevEnd = doc.sentences[prev.endSentence - 1].endToken;
      if (doc.lower[prevEnd - 1] === ':' && !quoted[prevEnd - 2]) {
        const prevStart = doc.sentences[prev.firstSentence].firstToken;
        const cue = [...cues].reverse().find((c) => c.start >= prevStart && c.start < prevEnd);
        const np = cue ? cue.speaker : nounPhraseEndingAt(doc, prevEnd - 2, prevStart);
        if (np) {
          fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue: cue ?? null, speaker: np, rule: 'direct-colon-line', confidence: 0.7 };
          if (cue) usedCue.add(cue);
          continue;
        }
      }
    }
    // continuation: an earlier quote of the same paragraph, or the quote this one carries on
    let prior: Attribution | null = null;
    for (let k = fi - 1; k >= 0; k--) {
      const pk = fragments[k];
      const sameParagraph = pk.paragraph === f.paragraph;
      const carried = f.continuation && pk.paragraph === f.paragraph - 1;
      const nextParagraph = pk.paragraph === f.paragraph - 1 && t0 === pStartTok && !cues.some((c) => paraOfToken(c.start) === f.paragraph);
      if (!sameParagraph && !carried && !nextParagraph) break;
      if (fragAttr[k] && fragAttr[k]!.kind === 'direct' && fragAttr[k]!.speaker) {
        prior = fragAttr[k];
        break;
      }
      if (!sameParagraph) break;
    }
    if (prior) {
      fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue: prior.cue, speaker: prior.speaker, rule: 'direct-continuation', confidence: 0.65 };
    }
  }
  // a quote running into the next paragraphs takes the attribution found on a later part
  for (let fi = fragments.length - 2; fi >= 0; fi--) {
    const next = fragAttr[fi + 1];
    if (!fragAttr[fi] && fragments[fi].continues && next && next.kind === 'direct' && next.speaker) {
      const f = fragments[fi];
      fragAttr[fi] = { kind: 'direct', start: f.start, end: f.end, cue: next.cue, speaker: next.speaker, rule: 'direct-continuation', confidence: 0.65 };
    }
  }
  const direct: Attribution[] = [];
  for (let fi = 0; fi < fragments.length; fi++) {
    const a = fragAttr[fi];
    const f = fragments[fi];
    if (a) {
      if (a.kind === 'direct') direct.push(a);
      continue;
    }
    const { t0, t1 } = fragTok[fi];
    let words = 0;
    for (let t = t0; t < t1; t++) if (/[\p{L}\p{N}]/u.test(doc.lower[t])) words++;
    const sentenceLike = /[.!?]$/.test(doc.text.slice(f.start, f.end)) && words >= 2;
    if (words >= 4 || sentenceLike) {
      direct.push({ kind: 'direct', start: f.start, end: f.end, cue: null, speaker: null, rule: 'direct-unattributed', confidence: 0.5 });
    }
  }
  const resolver = createSpeakerResolver(entities);
  const all = [...direct, ...indirect].filter((a) => a.end > a.start).sort((a, b) => a.start - b.start);
  const quotes = all.map((a, n) => toQuote(doc, a, n, resolver, info));
  return { quotes, messages };
}

/** The cue that introduces a quote: `X said: "…"`, `X told reporters, "…"`, `X said "…".` */
function cueBefore(
  doc: Doc,
  cues: readonly CueMatch[],
  f: QuoteFragment,
  t0: number,
  t1: number,
  pEndTok: number,
  quoted: Uint8Array,
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
    for (let t = c.after; t <= j; t++) if (!ADJUNCT_POS.has(doc.pos[t]) && doc.lower[t] !== ',') return null;
    return c;
  }
  return colon ? colonVerbCue(doc, j, quoted) : null;
}

/**
 * Any verb with a subject right before a colon introduces the quote after it, even one outside the
 * lexicon ("the crowd chanted: …", "he boomed: …"); the verb is the cue.
 */
function colonVerbCue(doc: Doc, j: number, quoted: Uint8Array): CueMatch | null {
  const sentence = doc.sentences[sentenceIndexOf(doc, j)];
  const s0 = sentence.firstToken;
  for (let v = j; v >= Math.max(s0, j - 6); v--) {
    if (quoted[v]) return null;
    if (doc.pos[v] !== 'VERB') {
      if (!ADJUNCT_POS.has(doc.pos[v]) && doc.lower[v] !== ',') return null;
      continue;
    }
    let k = v - 1;
    while (k >= s0 && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX')) k--;
    if (k < s0 || quoted[k]) return null;
    const speaker = nounPhraseEndingAt(doc, k, s0);
    if (!speaker) return null;
    const entry: CueMatch['entry'] = Object.freeze({ lemma: doc.lemmas[v], class: 'speech', frames: new Set(['colon'] as const), length: 1, rest: [] });
    return {
      start: v, end: v + 1, entry, sentence, speaker, side: 'left', passive: false, auxStart: k + 1, addressee: null,
      after: v + 1, chunkStart: speaker.start, coordinated: false,
    };
  }
  return null;
}

/** The reported clause of an indirect cue: token ranges `[start, end)` (two when the cue interrupts it) and the rule. */
interface Content {
  readonly ranges: [number, number][];
  readonly rule: QuoteRule;
}

/**
 * Where the content of cue `c` lies. In the `outer` phase only attributions that wrap their content
 * are tried (`…, according to X`, `…, X said`, `…, X said, …`), in the `inner` phase all.
 */
function indirectContent(
  doc: Doc,
  c: CueMatch,
  quoted: Uint8Array,
  covered: Uint8Array,
  stops: ReadonlySet<number>,
  phase: 'outer' | 'inner',
  cueAt: Uint8Array,
): Content | null {
  const s1 = clauseEnd(doc, c.sentence.firstToken, c.sentence.endToken);
  // a colon or semicolon before the cue starts a new clause
  let s0 = c.sentence.firstToken;
  for (let t = c.chunkStart - 1; t > s0; t--) {
    if ((doc.lower[t] === ':' || doc.lower[t] === ';') && !quoted[t]) {
      s0 = t + 1;
      break;
    }
  }
  const clear = (a: number, b: number) => !anyCovered(covered, a, b);
  if (c.entry.frames.has('source')) {
    if (c.start <= s0 + 1) {
      let cs = c.after;
      // "According to exit polls conducted by X for Y, Clinton led …": the content starts after the comma
      if (doc.lower[cs] !== ',') {
        for (let t = cs; t < Math.min(s1, cs + 25); t++) {
          if (quoted[t]) break;
          if (doc.lower[t] === ',') {
            cs = t;
            break;
          }
        }
      }
      while (cs < s1 && doc.lower[cs] === ',') cs++;
      return cs + 2 < s1 && clear(cs, cs + 1) ? { ranges: [[cs, cut(doc, cs, s1, covered, stops, quoted)]], rule: 'indirect-according-to' } : null;
    }
    let ce = c.start;
    while (ce > s0 && doc.lower[ce - 1] === ',') ce--;
    return ce - s0 >= 3 && clear(s0, ce) ? { ranges: [[s0, ce]], rule: 'indirect-according-to' } : null;
  }
  if (c.passive) {
    // "The story was first reported by the Post": only reporting verbs, and not inside a relative clause ("…, which was …")
    const reporting = c.entry.class === 'speech' && (c.entry.frames.has('that') || c.entry.frames.has('bare'));
    const relative = RELATIVE.has(doc.lower[c.auxStart - 1]) || doc.lower[c.auxStart - 1] === 'that';
    return reporting && !relative && c.auxStart - s0 >= 2 && clear(s0, c.auxStart)
      ? { ranges: [[dateline(doc, s0, c.auxStart), c.auxStart]], rule: 'indirect-passive' }
      : null;
  }
  // "Asked if …, X said": the question runs to the comma
  if (!c.speaker) {
    let cs = c.after;
    while (cs < s1 && !WH_WORDS.has(doc.lower[cs]) && doc.lower[cs] !== 'about') cs++;
    if (doc.lower[cs] === 'about') cs++;
    let ce = cs;
    while (ce < s1 && (doc.lower[ce] !== ',' || quoted[ce])) ce++;
    return ce - cs >= 2 && clear(cs, ce) && phase === 'inner' ? { ranges: [[cs, ce]], rule: 'indirect-question' } : null;
  }
  // cue first: "X said (that) …", "X told Y (that) …"
  let k = c.after;
  while (k < s1 && TIME_WORDS.has(doc.lower[k])) k++;
  let cs = -1;
  // "that" followed by a full verb is a relative pronoun ("responded with gas that scattered the mob")
  const complementizer = (t: number) => doc.lower[t] === 'that' && doc.pos[t + 1] !== 'VERB';
  if (complementizer(k) && c.entry.frames.has('that')) cs = k;
  else if ((c.entry.class === 'request' || c.entry.frames.has('object')) && WH_WORDS.has(doc.lower[k]) && doc.lower[k] !== 'which') cs = k;
  else if (
    c.entry.frames.has('bare') &&
    k < s1 &&
    (SUBJECT_START_POS.has(doc.pos[k]) || quoted[k] || (doc.pos[k] === 'ADV' && k + 1 < s1 && SUBJECT_START_POS.has(doc.pos[k + 1]))) &&
    !RELATIVE.has(doc.lower[k]) &&
    doc.lower[k] !== 'that' &&
    hasVerb(doc, k, s1)
  ) {
    cs = k;
  } else if (c.entry.frames.has('bare') && k < s1 && doc.pos[k] === 'VERB' && /ing$/.test(doc.lower[k]) && hasVerb(doc, k + 1, s1)) {
    cs = k; // "said seeing so many police was a welcome sight"
  } else if (c.entry.frames.has('that')) {
    // adjuncts before the clause: "said at a campaign stop in Toledo, Ohio, that …", "told CNN on Monday how …"
    const wh = c.entry.class === 'request' || c.entry.frames.has('object');
    for (let t = k; t < Math.min(s1, k + 12); t++) {
      if (complementizer(t) || (wh && t > k && WH_WORDS.has(doc.lower[t]))) {
        cs = t;
        break;
      }
      const titled = /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? ''); // "in Colorado Springs" with a mis-tagged name
      if (!ADJUNCT_POS.has(doc.pos[t]) && doc.lower[t] !== ',' && !titled) break;
    }
  }
  // a clause opened by a subordinator: "says despite being an alumna, she plans …", "said if he were president, …"
  if (cs < 0 && c.entry.frames.has('bare') && k < s1 && CLAUSE_OPENERS.has(doc.lower[k]) && hasVerb(doc, k + 1, s1)) cs = k;
  const cueFirst = cs >= 0 && !covered[cs] ? cut(doc, cs, s1, covered, stops, quoted) : -1;
  const b = c.chunkStart;
  // the comma before the attribution, or a quotation closing with a comma inside its marks ("… “much better,” he said")
  const commaBefore = b - 1 > s0 && doc.lower[b - 1] === ',' && !quoted[b - 2];
  const quoteCommaBefore = b - 2 > s0 && quoted[b - 1] === 1 && CLOSE_MARK.test(doc.lower[b - 1]) && doc.lower[b - 2] === ',';
  if (phase === 'outer') {
    if (!(c.entry.frames.has('after') || c.side === 'right') || !(commaBefore || quoteCommaBefore)) return null;
    if (quoteCommaBefore) {
      // only a quotation that is part of a longer clause: a whole one is a direct quote, attributed before
      const ce = b - 2;
      const closing = c.after >= s1 || !hasVerb(doc, c.after, s1);
      let otherCue = false; // "Doe said she felt … because “…,” she said": the earlier cue owns the clause
      for (let t = s0; t < ce; t++) if (cueAt[t] && !quoted[t]) otherCue = true;
      if (!closing || otherCue || ce - s0 < 3 || !clear(s0, ce) || quoted[s0]) return null;
      return { ranges: [[dateline(doc, s0, ce), b]], rule: 'indirect-cue-after' };
    }
    const ce = b - 1;
    if (!clear(s0, ce)) return null;
    // "The goal, he said, is to …": the cue interrupts its content
    if (doc.lower[c.after] === ',' && cueFirst < 0) {
      const rs = c.after + 1;
      if (s1 - rs >= 2 && clear(rs, s1) && hasVerb(doc, rs, s1) && doc.pos[rs] !== 'ADP') {
        // a lone connective before the cue ("Still, he said, …") is not part of the content
        const lone = ce - s0 === 1 && (doc.pos[s0] === 'ADV' || doc.pos[s0] === 'CCONJ');
        return { ranges: lone ? [[rs, s1]] : [[s0, ce], [rs, s1]], rule: 'indirect-cue-after' };
      }
    }
    if (ce - s0 < 3 || !hasVerb(doc, s0, ce)) return null;
    // only adjuncts may follow a cue that closes its sentence (", he said on Monday"), not an object or a clause
    const closing =
      c.after >= s1 ||
      (!hasVerb(doc, c.after, s1) && (!c.entry.frames.has('np') || doc.pos[c.after] === 'ADP' || doc.lower[c.after] === ','));
    return closing && cueFirst < 0 ? { ranges: [[dateline(doc, s0, ce), ce]], rule: 'indirect-cue-after' } : null;
  }
  if (cueFirst - cs >= 2) return { ranges: [[cs, cueFirst]], rule: 'indirect-cue-first' };
  // an infinitive is the content: "vowed to fight on", "declined to comment"
  if (c.entry.frames.has('to') && doc.lower[k] === 'to' && k + 1 < s1 && (doc.pos[k + 1] === 'VERB' || doc.pos[k + 1] === 'AUX') && !covered[k]) {
    const ce = cut(doc, k, s1, covered, stops, quoted);
    // a request keeps its object in the content: "urged supporters to monitor polling places"
    const start = c.entry.class === 'request' && c.addressee && c.addressee.end === k ? c.addressee.start : k;
    if (ce - k >= 2) return { ranges: [[start, ce]], rule: 'indirect-infinitive' };
  }
  // the object is the content: "proposed a safe zone", "criticized the plan"
  const npStart = NP_START_POS.has(doc.pos[k]) || (doc.pos[k] === 'ADV' && doc.lower[k + 1] === 'of'); // "half of his supporters"
  if (c.entry.frames.has('np') && k < s1 && npStart && !quoted[k] && !covered[k]) {
    let ce = cut(doc, k, s1, covered, stops, quoted);
    // an object ends at the first comma outside quotation marks ("backed Clinton, but he is not predicting …")
    for (let t = k + 1; t < ce; t++) {
      if (doc.lower[t] === ',' && !quoted[t]) {
        ce = t;
        break;
      }
    }
    if (ce - k >= 2) return { ranges: [[k, ce]], rule: 'indirect-object' };
  }
  return null;
}

/** The cue record of a speaker label's colon. */
function colonCue(doc: Doc, colon: number, speaker: TokenRange): CueMatch {
  return {
    start: colon, end: colon + 1, entry: COLON_CUE, sentence: doc.sentences[sentenceIndexOf(doc, colon)], speaker, side: 'left',
    passive: false, auxStart: colon, addressee: null, after: colon + 1, chunkStart: speaker.start, coordinated: false,
  };
}

/** A speaker label at token `p0`: one to four capitalised words and a colon ("SMITH:", "Gov. Jane Doe:"), not "The Latest:". */
function labelAt(doc: Doc, p0: number, p1: number): { speaker: TokenRange; colon: number } | null {
  let colon = -1;
  for (let t = p0; t < Math.min(p1, p0 + 5); t++) {
    if (doc.lower[t] === ':') {
      colon = t;
      break;
    }
    if (doc.pos[t] !== 'PROPN' && !/^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '')) return null;
  }
  if (colon <= p0 || p1 - colon < 4 || doc.pos[p0] === 'DET') return null;
  const caps = /^[\p{Lu}\p{P}\s]+$/u.test(doc.text.slice(doc.starts[p0], doc.ends[colon - 1]));
  const speaker = nounPhraseEndingAt(doc, colon - 1, p0);
  if (!speaker || speaker.start !== p0 || (!caps && doc.pos[speaker.head] !== 'PROPN')) return null;
  return { speaker, colon };
}

/**
 * Transcript and headline lines that open with a speaker label and a colon ("SMITH: We will…",
 * "Doe: Talks will go on"): the label is the speaker, the rest of the paragraph the content.
 */
function labelLines(doc: Doc, quoted: Uint8Array): { speaker: TokenRange; colon: number; end: number }[] {
  const out: { speaker: TokenRange; colon: number; end: number }[] = [];
  for (const p of doc.paragraphs) {
    const p0 = doc.sentences[p.firstSentence].firstToken;
    const p1 = doc.sentences[p.endSentence - 1].endToken;
    const label = labelAt(doc, p0, p1);
    if (!label || quoted[label.colon + 1]) continue;
    let end = p1;
    while (end > label.colon + 2 && CLAUSE_END.has(doc.lower[end - 1])) end--;
    out.push({ speaker: label.speaker, colon: label.colon, end });
  }
  return out;
}

/**
 * The sentences to scan for attributions: the Doc's sentences, with a sentence that starts in lower case
 * joined to the one before it (the splitter breaks after "Rep. Jane Doe (D-Ohio.)" or "U.S."), so a cue
 * keeps its speaker.
 */
function clauses(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && /^[\p{Ll},;)]/u.test(doc.text[s.start] ?? '')) {
      out[out.length - 1] = { ...prev, end: s.end, endToken: s.endToken };
    } else out.push(s);
  }
  return out;
}

/** End of the clause: sentence end without its final punctuation (closing marks kept). */
function clauseEnd(doc: Doc, s0: number, s1: number): number {
  let e = s1;
  while (e > s0 && (CLAUSE_END.has(doc.lower[e - 1]) || doc.lower[e - 1] === ',' || doc.lower[e - 1] === ':')) e--;
  return e;
}

/** Cuts a reported clause at ", while", ";", a coordinated cue ("and added") or text already attributed. */
function cut(doc: Doc, cs: number, s1: number, covered: Uint8Array, stops: ReadonlySet<number>, quoted: Uint8Array): number {
  for (let t = cs + 1; t < s1; t++) {
    if (covered[t] || stops.has(t)) return trimEnd(doc, cs, t);
    if (quoted[t]) continue;
    if (doc.lower[t] === ';') return trimEnd(doc, cs, t);
    if (doc.lower[t] === ',' && t + 1 < s1 && CUT_WORDS.has(doc.lower[t + 1])) return trimEnd(doc, cs, t);
    // ", but still lost the election": a second predicate of the subject, not reported content
    if (doc.lower[t] === ',' && doc.lower[t + 1] === 'but') {
      let v = t + 2;
      while (v < s1 && doc.pos[v] === 'ADV') v++;
      if (v < s1 && (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX')) return trimEnd(doc, cs, t);
    }
    // a spaced dash opens an aside: "… by the plan — a modest boost …"
    const spaced = doc.starts[t] > doc.ends[t - 1] && t + 1 < s1 && doc.starts[t + 1] > doc.ends[t];
    if (DASHES.has(doc.lower[t]) && (spaced || doc.lower[t] === '\u2014')) return trimEnd(doc, cs, t);
    // a relative clause that runs to the end of the sentence: "…, who will face a primary on Tuesday"
    if (doc.lower[t] === ',' && t + 1 < s1 && RELATIVE.has(doc.lower[t + 1]) && !hasComma(doc, t + 2, s1)) return trimEnd(doc, cs, t);
  }
  return s1;
}

function trimEnd(doc: Doc, cs: number, e: number): number {
  while (e > cs + 1 && (doc.lower[e - 1] === ',' || CLAUSE_END.has(doc.lower[e - 1]))) e--;
  // a closing parenthesis whose opening one lies before the content
  if (e > cs + 1 && doc.lower[e - 1] === ')') {
    let open = false;
    for (let t = cs; t < e - 1; t++) if (doc.lower[t] === '(') open = true;
    if (!open) e--;
  }
  return e;
}

function fragmentEndsAt(fragTok: readonly { t0: number; t1: number }[], t: number): boolean {
  return fragTok.some((f) => f.t1 - 1 === t);
}

function hasComma(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.lower[t] === ',') return true;
  return false;
}

/** Skips a dateline at the start of a paragraph: "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters …". */
function dateline(doc: Doc, s0: number, ce: number): number {
  for (let t = s0 + 1; t < Math.min(ce - 2, s0 + 14); t++) {
    const w = doc.lower[t];
    if (w === '\u2014' || w === '--' || ((w === '-' || w === '\u2013') && doc.starts[t] > doc.ends[t - 1])) return t + 1;
  }
  return s0;
}

function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return true;
  return false;
}

function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (covered[t]) return true;
  return false;
}

function sentenceIndexOf(doc: Doc, t: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (doc.sentences[mid].firstToken <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function spanOfTokens(doc: Doc, start: number, end: number): Span {
  const s = doc.starts[start];
  const e = doc.ends[end - 1];
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

function toQuote(doc: Doc, a: Attribution, n: number, resolver: SpeakerResolver, info: QuoteComponentInfo): Quote {
  let speaker: Speaker = { entity: null, name: null, actor: null, mention: null };
  const evidence: { start: number; end: number }[] = [];
  if (a.speaker) {
    const mention = spanOfTokens(doc, a.speaker.start, a.speaker.end);
    const resolved = resolver.resolve(mention.start, mention.end, doc.starts[a.speaker.head], doc.ends[a.speaker.head]);
    speaker = resolved
      ? { entity: resolved.entity, name: resolved.name, actor: resolved.actor, mention }
      : { entity: null, name: null, actor: null, mention };
    evidence.push({ start: mention.start, end: mention.end });
    if (resolved && (resolved.mention.start !== mention.start || resolved.mention.end !== mention.end)) {
      evidence.push({ start: resolved.mention.start, end: resolved.mention.end });
    }
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
    cue,
    addressee,
    mentions: resolver.mentionedIn(a.start, a.end),
    provenance: { component: info.name, version: info.version, rule: a.rule, confidence: a.confidence, evidence },
  };
}
