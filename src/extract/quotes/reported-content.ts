import type { Doc } from '../../nlp/doc.js';
import { complementFollowsCue } from './complement-after-cue.js';
import { datelineAtToken } from '../../nlp/dateline.js';
import type { CueMatch } from './find-cues.js';
import { anyCovered, hasComma, hasVerb, spacedBothSides } from './doc-helpers.js';
import { nounListEnd, nounPhraseEndingAt, nounPhraseStartingAt, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS } from './noun-phrase.js';
import type { QuoteRule } from './quote-rule.js';
import { pairedAsideClose } from './paired-dash-aside.js';
import { insideWord } from './word-boundary.js';
import { apologyReasonAt } from './apology-addressee.js';
import { openingSubordinator } from './opening-subordinator.js';

/** Words opening a fronted or subordinate clause ('if', 'because', 'despite', 'when' …): a reported clause may start at one after a bare cue, and a subject is not taken from inside one. Lower-case token keys. */
export const CLAUSE_OPENERS = new Set(['if', 'despite', 'while', 'because', 'although', 'though', 'once', 'unless', 'when', 'after', 'before', 'since']);

/** Wh-words and 'whether'/'if' opening an embedded question ('asked why …', 'said whether …'). */
const WH_WORDS = new Set(['whether', 'if', 'why', 'what', 'how', 'who', 'when', 'where', 'which']);

/** Parts of speech a noun phrase may start with (an object or topic after a cue). */
const NP_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/** Punctuation that ends a clause; a reported content never ends on one of these (nor on a comma or colon). */
export const CLAUSE_END = new Set(['.', '!', '?', ';']);

/** Contrastive words after a comma that end a reported content ('…, while critics say …'). */
const CUT_WORDS = new Set(['while', 'whereas', 'though', 'although', 'however']);

/** Sentence connectives that stay outside a reported content ("But, according to the poll, …"). */
export const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'however', 'also', 'still', 'meanwhile', 'moreover', 'instead']);

/** A conjunction no reported content ends on (lower-case token). */
const DANGLING = /^(and|but|or)$/;

/** Relative pronouns standing for the speaker before a cue ('the minister, who said …'). */
const RELATIVE = new Set(['who', 'which', 'whose']);

/** Dash tokens: a spaced dash or an em dash ends a reported content. */
const DASHES = new Set(['\u2014', '\u2013', '-', '--']);

/** Day names and time adverbs that may follow a cue without being its object ('said Thursday', 'said earlier'). */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'later', 'earlier', 'recently', 'previously', 'also',
]);

/** Adverbs and time words that may stand between a cue and its "that" ("said early Friday that", "said instead that"). */
const CUE_ADJUNCTS: ReadonlySet<string> = new Set(['early', 'late', 'on', 'this', 'last', 'next', 'here', 'there', 'instead', 'again', 'privately', 'publicly', 'repeatedly', 'separately', 'then', 'now', 'still', 'too', 'first', 'once', 'often', 'frequently', 'already']);

/** Time nouns after 'this'/'last'/'next'/'on' in a time adjunct ('said last week', 'told reporters on Monday'). */
const TIME_UNITS = /^(week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Parts of speech of a short adjunct between a cue and a comma or its content ('said in a statement on Monday, …'). */
export const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PRON', 'PART']);

/** True when a finite verb or auxiliary follows a short noun phrase starting at `from` ("the talks would resume"). */
function finiteSoon(doc: Doc, from: number, s1: number): boolean {
  for (let t = from; t < Math.min(s1, from + 5); t++) {
    if (doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !/(ing|ed)$/.test(doc.lower[t]))) return t > from;
    if (!NP_CORE_POS.has(doc.pos[t]) && doc.pos[t] !== 'ADJ') return false;
  }
  return false;
}

const NP_CORE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

/** Parts of speech a clause's subject may start with: a bare complement clause ('said the talks would resume') starts at one. */
const SUBJECT_START_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** A closing quotation mark token (straight or curly double/single, or guillemet). */
const CLOSE_MARK = /^["'\u201D\u2019\u00BB]$/;

/** The reported clause of an indirect cue: token ranges `[start, end)` (two when the cue interrupts it) and the rule. */
export interface Content {
  readonly ranges: [number, number][];
  readonly rule: QuoteRule;
}

/**
 * Where the content of cue `c` lies. In the `outer` phase only attributions that wrap their content
 * are tried (`…, according to X`, `…, X said`, `…, X said, …`), in the `inner` phase all.
 * `fallbackScore`: a cue whose model score exceeds it takes the rest of its clause when no pattern matched
 * (Infinity, the default: never).
 * Each kind of cue has a function of its own below (V8 recompiles a function after a deoptimisation on a branch it had
 * not met yet; small functions make that cheap, see src/ingest/README.md).
 * @param doc the token layer; `c` the cue; `quoted`, `covered`, `cueAt` per-token flags (inside quotation marks,
 *   already attributed, a cue starts here); `stops` tokens where another attribution starts
 * @returns the content's token ranges and rule, or null when the cue has none here; no range ends on a dangling
 *   "and"/"but"/"or" (trimmed by {@link trimEnd}: "was expected to carry the state and, if the count holds, …")
 */
export function indirectContent(
  doc: Doc,
  c: CueMatch,
  quoted: Uint8Array,
  covered: Uint8Array,
  stops: ReadonlySet<number>,
  phase: 'outer' | 'inner',
  cueAt: Uint8Array,
  fallbackScore = Infinity,
): Content | null {
  const found = contentByCueKind(doc, c, quoted, covered, stops, phase, cueAt, fallbackScore);
  if (!found) return null;
  // (a raised predicate cut at the comma of an aside kept its "and"; PolNeAR train 11,213 -> 11,217 word-exact, overlap unchanged)
  return { ranges: found.ranges.map(([a, b]): [number, number] => [a, b > a + 1 && DANGLING.test(doc.lower[b - 1]) ? trimEnd(doc, a, b) : b]), rule: found.rule };
}

/** {@link indirectContent} by kind of cue, before its ranges are trimmed. */
function contentByCueKind(
  doc: Doc,
  c: CueMatch,
  quoted: Uint8Array,
  covered: Uint8Array,
  stops: ReadonlySet<number>,
  phase: 'outer' | 'inner',
  cueAt: Uint8Array,
  fallbackScore = Infinity,
): Content | null {
  const s0 = clauseStart(doc, c, quoted);
  const s1 = contentLimit(doc, c, quoted);
  if (c.entry.frames.has('source')) return sourceContent(doc, c, s0, s1, quoted, covered, stops);
  if (c.nominal) return phase === 'outer' || !c.speaker ? null : nominalContent(doc, c, s1, quoted, covered, stops);
  if (c.raised) return phase === 'outer' ? null : raisedContent(doc, c, s0, s1, quoted, covered, stops);
  // "X was asked (by Y) whether …", "X was asked to name …": the question or request
  if (c.passive && c.entry.class === 'request') return phase === 'outer' ? null : passiveRequestContent(doc, c, s1, quoted, covered, stops);
  if (c.impersonal) return phase === 'outer' ? null : impersonalContent(doc, c, s1, quoted, covered, stops);
  if (c.passive) return passiveContent(doc, c, s0, covered, phase);
  if (!c.speaker) return questionContent(doc, c, s1, quoted, covered, phase);
  return activeContent(doc, c, s0, s1, quoted, covered, stops, phase, cueAt, fallbackScore);
}

/** True when no token of `[a, b)` is already attributed. */
function isClear(covered: Uint8Array, a: number, b: number): boolean {
  return !anyCovered(covered, a, b);
}

/** No attribution stops (see sourceContent). */
const NO_STOPS: ReadonlySet<number> = new Set();

/** "according to X", a poll "in a … poll": the content after the source, around it or before it. */
function sourceContent(doc: Doc, c: CueMatch, s0: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
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
    // the source stands before its whole sentence: a later cue in it is no stop ("According to X, A, and she asked B"; PolNeAR
    // keeps such cues inside the content: train exact +4, overlap +2, 8 fewer predictions)
    return cs + 2 < s1 && isClear(covered, cs, cs + 1) ? { ranges: [[cs, cut(doc, cs, s1, covered, NO_STOPS, quoted)]], rule: 'indirect-according-to' } : null;
  }
  let ce = c.start;
  while (ce > s0 && doc.lower[ce - 1] === ',') ce--;
  // "His criticism, according to an interview, was …", "But, according to the poll, 46 percent remain undecided":
  // the source interrupts its content, which resumes after the comma (a lone connective before it is not content)
  if (doc.lower[c.start - 1] === ',' && doc.lower[c.after] === ',' && c.after + 3 < s1 && hasVerb(doc, c.after + 1, s1) && isClear(covered, c.after + 1, c.after + 2) && !aboutSpeaker(doc, c.after + 1, s1)) {
    const rs = c.after + 1;
    const re = cut(doc, rs, s1, covered, stops, quoted);
    const lone = (ce - s0 === 1 && (doc.pos[s0] === 'CCONJ' || CONNECTIVES.has(doc.lower[s0]))) || (ce - s0 === 2 && doc.lower[s0] === 'in' && doc.lower[s0 + 1] === 'addition');
    if (re - rs >= 2 && isClear(covered, s0, ce)) return { ranges: lone ? [[rs, re]] : [[s0, ce], [rs, re]], rule: 'indirect-according-to' };
  }
  // "That's according to the filings", "And this was according to a poll": the pronoun standing for what was said
  // before is the content (PolNeAR train: 4 of 4 such sources, the pronoun alone)
  const p = doc.pos[s0] === 'CCONJ' ? s0 + 1 : s0;
  if (ce > p && ce - p <= 2 && /^(that|this)$/.test(doc.lower[p]) && (ce === p + 1 || /^(is|was|['\u2019]s)$/.test(doc.lower[p + 1])) && isClear(covered, p, p + 1)) {
    return { ranges: [[p, p + 1]], rule: 'indirect-according-to' };
  }
  if (ce - s0 < 3 || !isClear(covered, s0, ce)) return null;
  // "…, closing the gap in delegates, which stood at 263, according to the count": the source backs the closing relative
  // clause, not the whole sentence (tried on train for a closing ", with …" clause too: PolNeAR is split on it)
  let cs = dateline(doc, s0, ce);
  for (let t = ce - 3; t > cs + 2; t--) {
    if (quoted[t]) break;
    if (doc.lower[t] === ',' && doc.lower[t + 1] === 'which' && !hasComma(doc, t + 2, ce) && hasVerbOrNumber(doc, t + 2, ce)) {
      cs = t + 1;
      break;
    }
  }
  return { ranges: [[cs === dateline(doc, s0, ce) ? openingConnective(doc, s0, ce, quoted) : cs, ce]], rule: 'indirect-according-to' };
}

/** A noun cue with a stated possessor ("Smith's claim that …", "her promise to …"): its that-clause or infinitive. */
function nominalContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  // "Smith's promise to cut taxes": a stance noun reports its infinitive
  if (c.entry.frames.has('to')) return stanceContent(doc, c, s1, quoted, covered, stops);
  // "Smith's claim that taxes rose": the that-clause, "that" included as PolNeAR marks it
  const cs = c.after;
  const ce = cut(doc, cs, s1, covered, stops, quoted);
  return ce - cs >= 4 && hasVerb(doc, cs, ce) && isClear(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-noun' } : null;
}

/** A raised subject ("Trump is expected to speak", "the plan seems to work"): the subject and the to-clause or predicate. */
function raisedContent(doc: Doc, c: CueMatch, s0: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  // "Trump is expected to deliver a speech": subject + to-clause, as PolNeAR joins them; "which is expected to …": the relative pronoun
  let subjectStart = RELATIVE.has(doc.lower[c.auxStart - 1]) || doc.lower[c.auxStart - 1] === 'that' || doc.lower[c.auxStart - 1] === 'what' ? c.auxStart - 1 : dateline(doc, s0, c.auxStart);
  // a leading adjunct before the subject is not content: "In the past few days, the senator seemed to …"
  for (let t = c.auxStart - 2; t > subjectStart; t--) {
    if (quoted[t]) break;
    if (doc.lower[t] === ',') {
      const np = nounPhraseEndingAt(doc, c.auxStart - 1, t + 1);
      if (np && np.start === t + 1) subjectStart = t + 1;
      break;
    }
  }
  // "But he appeared to …", "In the latest batch of emails, the candidate appeared to …", "Among voters, then, the
  // plan seems to …": a connective or an opening adjunct phrase before the subject is not content
  for (;;) {
    if (subjectStart < c.auxStart - 1 && (doc.pos[subjectStart] === 'CCONJ' || CONNECTIVES.has(doc.lower[subjectStart])) && !quoted[subjectStart]) {
      subjectStart++;
      continue;
    }
    if (doc.pos[subjectStart] === 'ADP' || doc.pos[subjectStart] === 'ADV' || doc.pos[subjectStart] === 'SCONJ') {
      let comma = subjectStart + 1;
      while (comma < c.auxStart - 1 && doc.lower[comma] !== ',' && !quoted[comma]) comma++;
      if (comma < c.auxStart - 1 && doc.lower[comma] === ',' && !quoted[comma + 1]) {
        subjectStart = comma + 1;
        continue;
      }
    }
    break;
  }
  // "Polls open on Wednesday and Kasich appears to …", "…, though the group is expected to …", "But if she seemed to …":
  // the subject starts after the last conjunction (joining a clause with a verb of its own) or subordinator before it
  for (let t = c.auxStart - 2; t >= subjectStart; t--) {
    if (quoted[t]) break;
    const w = doc.lower[t];
    if (SUBORDINATORS.has(w) || w === 'where' || ((w === 'and' || w === 'but') && hasVerb(doc, subjectStart, t))) {
      subjectStart = t + 1;
      break;
    }
  }
  // "The council, headed by a retired judge, seems to …", "Democrats, too, appeared …": a participle, a relative clause or
  // a lone "too"/"also" set off by commas between the subject and its verb is about the subject, not part of the content
  let subjectEnd = c.auxStart;
  if (doc.lower[c.auxStart - 1] === ',' && !quoted[c.auxStart - 1]) {
    for (let t = c.auxStart - 2; t > subjectStart; t--) {
      if (quoted[t]) break;
      if (doc.lower[t] !== ',') continue;
      const first = t + 1;
      const aside = c.auxStart - 1;
      const lone = aside - first === 1 && /^(too|also)$/.test(doc.lower[first]);
      let relative = false;
      for (let k = first; k < aside; k++) if (RELATIVE.has(doc.lower[k])) relative = true;
      const participle = doc.pos[first] === 'VERB' && /(ing|ed)$/.test(doc.lower[first]);
      if (lone || relative || participle) subjectEnd = t;
      break;
    }
  }
  // "Trump on Tuesday seemed to …": a time adjunct closing the subject is not part of it
  if (subjectEnd === c.auxStart) subjectEnd = trimTrailingTime(doc, subjectStart, subjectEnd);
  let ce = cut(doc, c.end, s1, covered, stops, quoted);
  {
    // a predicate adjective ends at the first comma; a to-clause at a comma before a participle, a relative or
    // subordinate clause or an apposition ("to pass the bill, the sweeping law that …", "to have fallen, when she …")
    const toClause = doc.lower[c.end] === 'to';
    // a predicate after a passive ends before its agent ("was declared the winner by the networks")
    if (c.passive && !toClause) ce = beforeAgent(doc, c.end + 1, ce, quoted);
    // "The minister, who is said to have opposed it, resigned": a relative clause ends at the comma before the main verb
    const relative = subjectStart === c.auxStart - 1 && subjectStart > s0 && doc.lower[subjectStart - 1] === ',';
    for (let t = c.end + 1; t < ce; t++) {
      if (toClause && !(doc.lower[t] === ',' && !quoted[t] && (opensAdjunct(doc, t + 1) || (relative && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'AUX'))))) continue;
      if (doc.lower[t] === ',' && !quoted[t]) {
        ce = t;
        break;
      }
    }
  }
  if (!(ce - c.end >= (doc.lower[c.end] === 'to' ? 2 : 1) && isClear(covered, subjectStart, c.auxStart) && isClear(covered, c.end, ce))) return null;
  // "it seems likely that …", "it may seem odd that …": an extraposed "it" stands for the that-clause, not a holder
  if (c.auxStart - subjectStart === 1 && doc.lower[subjectStart] === 'it' && doc.lower[c.end] !== 'to') {
    for (let t = c.end; t < Math.min(ce, c.end + 4); t++) if (doc.lower[t] === 'that') return { ranges: [[c.end, ce]], rule: 'indirect-raised' };
  }
  // "seemed like a smart move": PolNeAR leaves "like" with the cue more often than not (6 of 10 on train)
  const ps = doc.lower[c.end] === 'like' && ce - c.end >= 2 ? c.end + 1 : c.end;
  // "He is expected to recognise …": a lone personal pronoun says nothing read apart from its clause, and shown as a
  // quote of its own it reads "He" (user report); the content is the predicate alone
  if (subjectEnd - subjectStart === 1 && RAISED_PRONOUNS.has(doc.lower[subjectStart])) return { ranges: [[ps, ce]], rule: 'indirect-raised' };
  return { ranges: [[subjectStart, subjectEnd], [ps, ce]], rule: 'indirect-raised' };
}

/** Personal pronouns that, as a raised subject alone, are left out of the content ("He is expected to …"). */
const RAISED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** The end of `[from, ce)` before a passive's agent ("… the winner by the networks": the token of "by"), else `ce`. */
function beforeAgent(doc: Doc, from: number, ce: number, quoted: Uint8Array): number {
  for (let t = from; t < ce - 1; t++) if (doc.lower[t] === 'by' && !quoted[t] && NP_START_POS.has(doc.pos[t + 1])) return t;
  return ce;
}

/** A passive request ("X was asked whether …", "X was asked about the loan"): the question, request or topic. */
function passiveRequestContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  let cs = c.after;
  const about = doc.lower[cs] === 'about' || doc.lower[c.end - 1] === 'about';
  if (doc.lower[cs] === 'about') cs++;
  // "X was asked about the loan": the topic of the question (a noun phrase, up to the first comma)
  if (about && cs < s1 && NP_START_POS.has(doc.pos[cs]) && !quoted[cs]) {
    let ce = cut(doc, cs, s1, covered, stops, quoted);
    for (let t = cs + 1; t < ce; t++) {
      if (doc.lower[t] === ',' && !quoted[t]) {
        ce = t;
        break;
      }
    }
    return ce > cs && isClear(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-question' } : null;
  }
  if (!/^(whether|if|to|what|why|how|who)$/.test(doc.lower[cs] ?? '') && c.after === c.end) return null;
  if (cs < s1 && !/^(whether|if|to|what|why|how|who|when|where)$/.test(doc.lower[cs])) return null;
  const ce = cut(doc, cs, s1, covered, stops, quoted);
  return ce - cs >= 3 && isClear(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-question' } : null;
}

/** An impersonal passive ("It was announced on Monday that the plant would close"): the that-clause, "that" included. */
function impersonalContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  const cs = c.after;
  const ce = cut(doc, cs, s1, covered, stops, quoted);
  return ce - cs >= 3 && hasVerb(doc, cs + 1, ce) && isClear(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-passive' } : null;
}

/**
 * A passive reporting verb with its agent ("The story was first reported by the Post"): the subject before it; only
 * reporting verbs, and not inside a relative clause ("…, which was …").
 */
function passiveContent(doc: Doc, c: CueMatch, s0: number, covered: Uint8Array, phase: 'outer' | 'inner'): Content | null {
  const relative = RELATIVE.has(doc.lower[c.auxStart - 1]) || doc.lower[c.auxStart - 1] === 'that';
  // "The bill was opposed by House Republicans", "Trump has been criticized by his rivals": a stance verb's object as the
  // passive subject, its holder the agent; "who was nominated by Obama": the relative pronoun
  // (in the inner phase, after any clause holding it: "polls indicated that Trump was supported by early deciders")
  if (c.entry.frames.has('np') && !c.entry.frames.has('that') && !c.entry.frames.has('bare') && c.side === 'right' && c.auxStart - 1 >= s0 && !covered[c.auxStart - 1]) {
    if (phase === 'outer') return null;
    if (relative) return { ranges: [[c.auxStart - 1, c.auxStart]], rule: 'indirect-passive' };
    const subject = nounPhraseEndingAt(doc, c.auxStart - 1, s0);
    if (subject && isClear(covered, subject.start, c.auxStart)) return { ranges: [[subject.start, c.auxStart]], rule: 'indirect-passive' };
    return null;
  }
  const reporting = c.entry.class === 'speech' && (c.entry.frames.has('that') || c.entry.frames.has('bare'));
  return reporting && !relative && c.auxStart - s0 >= 2 && isClear(covered, s0, c.auxStart)
    ? { ranges: [[dateline(doc, s0, c.auxStart), c.auxStart]], rule: 'indirect-passive' }
    : null;
}

/** A cue with no speaker of its own ("Asked if …, X said"): the question, up to the comma. */
function questionContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, phase: 'outer' | 'inner'): Content | null {
  let cs = c.after;
  while (cs < s1 && !WH_WORDS.has(doc.lower[cs]) && doc.lower[cs] !== 'about' && doc.lower[cs] !== ',') cs++;
  if (cs >= s1 || doc.lower[cs] === ',') cs = c.after; // "Asked a direct question about it, …": the question itself
  else if (doc.lower[cs] === 'about') cs++;
  let ce = cs;
  while (ce < s1 && (doc.lower[ce] !== ',' || quoted[ce])) ce++;
  return ce - cs >= 2 && isClear(covered, cs, ce) && phase === 'inner' ? { ranges: [[cs, ce]], rule: 'indirect-question' } : null;
}

/**
 * A cue with its speaker ("X said (that) …", "X told Y (that) …", "…, X said", "vowed to …", "criticized the plan"): the
 * clause, infinitive or object after it, or (outer phase) the content it closes or interrupts.
 */
function activeContent(
  doc: Doc,
  c: CueMatch,
  s0: number,
  s1: number,
  quoted: Uint8Array,
  covered: Uint8Array,
  stops: ReadonlySet<number>,
  phase: 'outer' | 'inner',
  cueAt: Uint8Array,
  fallbackScore: number,
): Content | null {
  const k = cueFirstStart(doc, c, s1, quoted);
  // "75 percent of Democrats said yes", "half said so": a one-word answer is the content
  if (c.entry.frames.has('bare') && k < s1 && /^(yes|no|so)$/.test(doc.lower[k]) && !covered[k] && (k + 1 >= s1 || /^(,|\.|;|but|while|and|in)$/.test(doc.lower[k + 1]))) {
    return { ranges: [[k, k + 1]], rule: 'indirect-cue-first' };
  }
  const relative = relativeContent(doc, c, k, s0, s1, quoted, covered, stops, cueAt);
  if (relative) return relative;
  const cs = complementStart(doc, c, k, s1, quoted);
  // ("…, said an aide who sat in on the talks …": a relative clause about a speaker named behind the cue is no content of it)
  // (so is a "that" inside or after an apposition of the speaker: "…, said Jo Roe, head of the union, a group that has
  // broken away …"; an inverted speaker takes no that-clause after its apposition)
  const appositionThat = c.side === 'right' && cs > c.after && doc.lower[c.after] === ',' && doc.lower[cs] === 'that';
  const aboutInverted = c.side === 'right' && ((cs === c.after && RELATIVE.has(doc.lower[cs])) || appositionThat) && !quoted[cs];
  const cueFirst = cs >= 0 && !covered[cs] && !aboutInverted ? cut(doc, cs, s1, covered, stops, quoted) : -1;
  if (phase === 'outer') return outerContent(doc, c, s0, s1, quoted, covered, stops, cueAt, cueFirst);
  if (cueFirst - cs >= 2) {
    // "Doe, who thinks the plan failed, called it …": a cue inside a relative clause ends with that clause
    let ce = cueFirst;
    const rel = c.auxStart - 1;
    if (rel - 1 >= s0 && RELATIVE.has(doc.lower[rel]) && doc.lower[rel - 1] === ',') {
      for (let t = cs + 1; t < ce; t++) {
        if (doc.lower[t] === ',' && !quoted[t]) {
          ce = t;
          break;
        }
      }
    }
    if (ce - cs >= 2) return { ranges: [[cs, ce]], rule: 'indirect-cue-first' };
  }
  // an infinitive is the content: "vowed to fight on", "declined to comment"
  // (a quotation may open after "to": "vowed to “make sure the economy works”")
  let v = k + 1;
  while (v < s1 && v < k + 3 && quoted[v] && /^["'\u201C\u2018]$/.test(doc.lower[v])) v++;
  if (c.entry.frames.has('to') && doc.lower[k] === 'to' && v < s1 && (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX') && !covered[k]) {
    const ce = newClauseEnd(doc, k + 2, cut(doc, k, s1, covered, stops, quoted), quoted);
    // a request keeps its object in the content: "urged supporters to monitor polling places"
    const start = c.entry.class === 'request' && c.addressee && c.addressee.end === k ? c.addressee.start : k;
    if (ce - k >= 2) return { ranges: [[start, ce]], rule: 'indirect-infinitive' };
  }
  // the object is the content: "proposed a safe zone", "criticized the plan"
  if (c.entry.frames.has('np') && k < s1 && opensObject(doc, c, k, s1) && !quoted[k] && !covered[k]) {
    const light = lightComplement(doc, c, k, s1, quoted, covered, stops);
    if (light) return light;
    const ce = objectEnd(doc, c, k, s1, quoted, covered, stops);
    // "Moscow rejected the charge", "Kyiv denied the allegations": an object that only points back to an earlier claim
    // says nothing of its own; no quote (PolNeAR annotates these, but a quote reading "the charge" is of no use to a reader)
    if (anaphoricClaim(doc, k, ce)) return null;
    // a bare name is enough for a stance verb: "most voters supported Sanders" (and for a verb the model found: "hammered Bush")
    if (ce - k >= 2 || (ce - k === 1 && doc.pos[k] === 'PROPN' && (!c.entry.frames.has('that') || c.entry.learned))) return { ranges: [[k, ce]], rule: 'indirect-object' };
  }
  // "apologised to customers for the delays": the people apologised to are no content, what it is for is (apology-addressee.ts)
  const reason = apologyReasonAt(doc, c, k, s1);
  if (reason < 0) return null;
  return complement(doc, c, reason, s1, quoted, covered, stops) ?? relativeObject(doc, c, k, s0, s1, quoted, covered) ?? fallback(doc, c, reason, s1, quoted, covered, stops, fallbackScore);
}

/** Cues that name their object with a second complement ("what he called a disgrace", "whom she described as …"). */
const NAMING_CUES: ReadonlySet<string> = new Set(['call', 'describe', 'characterize', 'label', 'name', 'dub', 'term', 'brand', 'view', 'see', 'consider', 'regard']);

/** Object relative pronouns that stand for what a cue after them reports ("the lesson [that] they intended"). */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'who', 'that', 'what']);

/**
 * "a rival whom many in the party had backed", "That's what my friend wrote", "the lesson that they intended": the
 * relative pronoun right before the speaker is the object, and the content, of a transitive or clausal cue with nothing
 * after it but punctuation, a preposition or an adverb (PolNeAR marks the pronoun alone); else null.
 */
function relativeObject(doc: Doc, c: CueMatch, k: number, s0: number, s1: number, quoted: Uint8Array, covered: Uint8Array): Content | null {
  if (c.side !== 'left' || !c.speaker || c.speaker.end !== c.auxStart || c.coordinated) return null;
  const rel = c.speaker.start - 1;
  if (rel < s0 || quoted[rel] || covered[rel] || !OBJECT_RELATIVES.has(doc.lower[rel])) return null;
  if (!(c.entry.frames.has('np') || c.entry.frames.has('that') || c.entry.frames.has('bare'))) return null;
  // "that" is a relative pronoun after a noun, not a complementiser or a determiner
  if (doc.lower[rel] === 'that' && (rel === s0 || !NP_CORE_POS.has(doc.pos[rel - 1]) || doc.pos[rel] === 'DET')) return null;
  // (not before a quotation or "as": "which he called “a disgrace”", "whom she described as …" name a second part)
  if (k < s1 && (quoted[k] || doc.lower[k] === 'as' || !(doc.pos[k] === 'PUNCT' || doc.pos[k] === 'ADP' || doc.pos[k] === 'ADV'))) return null;
  if (NAMING_CUES.has(c.entry.lemma)) return null;
  return { ranges: [[rel, rel + 1]], rule: 'indirect-relative' };
}

/**
 * The first token after cue `c` and the time adjuncts that follow it ("said Tuesday", "said this week that", "told CNN
 * on Monday"), or the "that" after a longer adjunct ("said early Friday that", "said instead that").
 */
function cueFirstStart(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array): number {
  let k = c.after;
  // time adjuncts before the clause: "said Tuesday", "said this week that", "told CNN on Monday"
  for (;;) {
    const tk = afterTime(doc, k, s1); // "said Tuesday night", "said early Friday"
    if (tk > k && !(TIME_UNITS.test(doc.lower[k]) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(doc.lower[k]))) k = tk;
    else if (k < s1 && TIME_WORDS.has(doc.lower[k]) && !/^['\u2019]s$/.test(doc.lower[k + 1] ?? '')) k++; // not "said Thursday's speeches …"
    else if (k + 1 < s1 && /^(this|last|next|on|late|earlier)$/.test(doc.lower[k]) && TIME_UNITS.test(doc.lower[k + 1]) && !/^['\u2019]s$/.test(doc.lower[k + 2] ?? '')) k += 2; // not "said last night's vote …"
    else break;
  }
  // a longer adjunct before "that": "said early Friday that", "said Tuesday night that", "told reporters here Sunday that",
  // "said instead that" (the adjunct belongs to the cue, the content opens with "that")
  for (let j = k; j < Math.min(s1, k + 5) && !quoted[j]; j++) {
    if (j > k && doc.lower[j] === 'that' && (doc.pos[j + 1] !== 'VERB' || /ing$/.test(doc.lower[j + 1] ?? ''))) {
      k = j;
      break;
    }
    if (!TIME_WORDS.has(doc.lower[j]) && !TIME_UNITS.test(doc.lower[j]) && !CUE_ADJUNCTS.has(doc.lower[j])) break;
  }
  return k;
}

/**
 * A cue inside a relative clause whose pronoun or antecedent is the subject of the reported clause ("a finish that he
 * said defied expectations", "a step they believe could help …"): the pronoun or antecedent and the clause; else null.
 */
function relativeContent(doc: Doc, c: CueMatch, k: number, s0: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>, cueAt: Uint8Array): Content | null {
  // "a finish that he said defied expectations", "a sentence which I said was not fair": the relative pronoun
  // is the subject of the reported clause
  const rel = c.speaker && c.side === 'left' ? c.speaker.start - 1 : -1;
  if (rel >= s0 && (RELATIVE.has(doc.lower[rel]) || doc.lower[rel] === 'that') && c.speaker!.end === c.auxStart && k < s1 && (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && c.entry.frames.has('bare')) {
    const ce = cut(doc, k, s1, covered, stops, quoted);
    if (ce - k >= 2 && isClear(covered, k, ce)) return { ranges: [[rel, rel + 1], [k, ce]], rule: 'indirect-relative' };
  }
  // "a step they believe could help …", "the resolve she argues is needed …", "what scientists think is necessary": a
  // relative clause without its pronoun; the phrase it modifies stands for the subject of the reported clause
  if (rel > s0 && c.speaker!.end === c.auxStart && k < s1 && (doc.pos[k] === 'AUX' || (doc.pos[k] === 'VERB' && !/(ing|ed)$/.test(doc.lower[k]))) && c.entry.frames.has('bare') && !quoted[rel] && (doc.lower[rel] === 'what' || NP_CORE_POS.has(doc.pos[rel])) && doc.pos[c.speaker!.head] !== 'NUM') {
    const antecedent = doc.lower[rel] === 'what' ? { start: rel, end: rel + 1 } : nounPhraseEndingAt(doc, rel, s0);
    const ce = cut(doc, k, s1, covered, stops, quoted);
    // (not inside the content of an earlier cue of the sentence: "said he expected … by what they believe is …")
    let earlier = false;
    for (let t = s0; t < rel; t++) if (cueAt[t]) earlier = true;
    if (antecedent && !earlier && ce - k >= 2 && isClear(covered, k, ce) && isClear(covered, antecedent.start, rel + 1)) return { ranges: [[antecedent.start, rel + 1], [k, ce]], rule: 'indirect-relative' };
  }
  return null;
}

/**
 * Where the clause a cue reports starts: a complementiser ("said that"), an embedded question ("asked whether"), a bare
 * clause's subject ("said the talks would resume"), a gerund ("said seeing … was"), a clause after adjuncts ("said at a
 * stop in Dayton that …") or a subordinator ("said if he were president, …"); -1 when none.
 */
function complementStart(doc: Doc, c: CueMatch, k: number, s1: number, quoted: Uint8Array): number {
  let cs = -1;
  // "that" followed by a full verb is a relative pronoun ("responded with gas that scattered the mob")
  // (a gerund subject is not: "thinks that reducing the deficit is …")
  const complementizer = (t: number) => doc.lower[t] === 'that' && (doc.pos[t + 1] !== 'VERB' || /ing$/.test(doc.lower[t + 1] ?? ''));
  if (complementizer(k) && c.entry.frames.has('that')) cs = k;
  else if ((c.entry.class === 'request' || c.entry.frames.has('object')) && WH_WORDS.has(doc.lower[k]) && doc.lower[k] !== 'which') cs = k;
  // "did not say how the justices voted", "explained why he left": an embedded question after any clausal cue
  else if (c.entry.frames.has('that') && /^(whether|what|why|how|who)$/.test(doc.lower[k] ?? '') && hasVerb(doc, k + 1, s1)) cs = k;
  else if (
    c.entry.frames.has('bare') &&
    k < s1 &&
    (SUBJECT_START_POS.has(doc.pos[k]) || quoted[k] || titledWord(doc, k) || (doc.pos[k] === 'ADV' && k + 1 < s1 && SUBJECT_START_POS.has(doc.pos[k + 1])) || quantityAt(doc, k)) &&
    !RELATIVE.has(doc.lower[k]) &&
    doc.lower[k] !== 'that' &&
    hasVerb(doc, k, s1)
  ) {
    cs = k;
    // "promised Mr. Weiner that he could …", "told her in a debate that …": a listener or adjunct with no verb of its
    // own before "that" is no subject; the clause opens at "that"
    const listener = doc.pos[k] === 'PROPN' || (doc.pos[k] === 'PRON' && !/^(he|she|they|we|i|it|you)$/.test(doc.lower[k]) && !NP_CORE_POS.has(doc.pos[k + 1] ?? ''));
    if (listener && c.entry.frames.has('that')) {
      for (let t = k + 1; t < Math.min(s1, k + 12); t++) {
        if (quoted[t] || doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX' || doc.pos[t] === 'CCONJ' || POSSESSIVE_MARKS.has(doc.lower[t])) break;
        if (complementizer(t)) {
          cs = t;
          break;
        }
      }
    }
  } else if (c.entry.frames.has('bare') && k < s1 && doc.pos[k] === 'VERB' && /ing$/.test(doc.lower[k]) && hasVerb(doc, k + 1, s1)) {
    cs = k; // "said seeing so many police was a welcome sight"
  } else if (c.entry.frames.has('that')) {
    // adjuncts before the clause: "said at a campaign stop in Dayton, Ohio, that …", "told CNN on Monday how …"
    const wh = c.entry.class === 'request' || c.entry.frames.has('object');
    let bound = Math.min(s1, k + 16);
    for (let t = k; t < bound; t++) {
      if (complementizer(t) || (wh && t > k && WH_WORDS.has(doc.lower[t]))) {
        cs = t;
        break;
      }
      // "has said for weeks he is …", "said in an interview she would …": a bare clause after an adjunct, opened by a subject pronoun
      if (
        c.entry.frames.has('bare') && t > k + 1 && doc.pos[k] === 'ADP' && NP_CORE_POS.has(doc.pos[t - 1]) && !quoted[t] &&
        (/^(he|she|they|we|i)$/.test(doc.lower[t]) || (/^(the|a|an)$/.test(doc.lower[t]) && finiteSoon(doc, t + 1, s1))) &&
        hasVerb(doc, t + 1, s1)
      ) {
        cs = t;
        break;
      }
      // an aside between dashes: "said — on Twitter, as it happens — that …"
      if ((doc.lower[t] === '\u2014' || doc.lower[t] === '--') && !quoted[t]) {
        let e = t + 1;
        while (e < Math.min(s1, t + 20) && doc.lower[e] !== doc.lower[t]) e++;
        if (e < s1 && doc.lower[e] === doc.lower[t]) {
          bound = Math.min(s1, bound + (e - t) + 1);
          t = e;
          continue;
        }
      }
      // "said Jo Roe, who notes that …", "said in a memo, which argued that …": a relative clause set off by a comma has
      // its own verb, and the clause after it is that verb's, not the cue's (the tagger often reads such a verb as a noun)
      if (RELATIVE.has(doc.lower[t]) && doc.lower[t - 1] === ',') break;
      const titled = /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? ''); // "in Colorado Springs" with a mis-tagged name
      const compound = doc.pos[t] === 'VERB' && doc.lemmas[t] === doc.lower[t] && doc.pos[t - 1] === 'NOUN'; // "a campaign stop"
      const gerund = doc.pos[t] === 'VERB' && /ing$/.test(doc.lower[t]) && doc.pos[t - 1] === 'DET'; // "during a taping of …"
      // "told the Post and Courier …", "wrote to Sanders' office that …": a conjunction between names, a possessive mark
      const joined = (doc.lower[t] === 'and' && titledWord(doc, t + 1)) || (/^['\u2019]$/.test(doc.lower[t]) && doc.pos[t - 1] === 'PROPN');
      if (!ADJUNCT_POS.has(doc.pos[t]) && doc.lower[t] !== ',' && !titled && !compound && !gerund && !joined) break;
    }
  }
  // a clause opened by a subordinator: "says despite being an alumna, she plans …", "said if he were president, …"
  if (cs < 0 && c.entry.frames.has('bare') && k < s1 && CLAUSE_OPENERS.has(doc.lower[k]) && hasVerb(doc, k + 1, s1)) cs = k;
  return cs;
}

/**
 * The outer phase of a cue with its speaker: a content the cue closes ("…, X said"), interrupts ("The goal, he said, is
 * to …") or follows after "as" ("As the Post reported, …"); `cueFirst` is the end of a clause after the cue (-1: none).
 */
function outerContent(doc: Doc, c: CueMatch, s0: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>, cueAt: Uint8Array, cueFirst: number): Content | null {
  const b = c.chunkStart;
  // the comma before the attribution, or a quotation closing with a comma inside its marks ("… “much better,” he said")
  const commaBefore = b - 1 > s0 && doc.lower[b - 1] === ',' && !quoted[b - 2];
  let mark = b - 1; // closing marks before the attribution, one token each ('' is two)
  while (mark > s0 && quoted[mark] === 1 && CLOSE_MARK.test(doc.lower[mark])) mark--;
  const quoteCommaBefore = mark < b - 1 && mark > s0 && doc.lower[mark] === ',';
  // British style puts the comma after the closing mark: "… was “a complex undertaking”, he said"
  const markThenComma = !quoteCommaBefore && b - 2 > s0 && doc.lower[b - 1] === ',' && quoted[b - 2] === 1 && CLOSE_MARK.test(doc.lower[b - 2]);
  // "As the Post reported on Monday, the inspector issued subpoenas", "But as Doe noted, …": the clause after the comma
  // (not a cue with its own object: "As Trump attacked Clinton, the crowd chanted" reports no clause after the comma; a
  // time phrase is no object: "As the Times reported a few days later, …")
  const asAt = b - 1;
  // ("as they saw it, …": a pronoun standing for the clause is no object of its own)
  const clausePronoun = /^(it|so|this|that)$/.test(doc.lower[c.after] ?? '') && (c.after + 1 >= s1 || doc.lower[c.after + 1] === ',');
  const asObject = ownObjectFollows(doc, c, s1, quoted) && !timeBeforeComma(doc, c.after, s1) && !clausePronoun;
  if (c.side === 'left' && asAt >= s0 && doc.lower[asAt] === 'as' && (asAt === s0 || doc.lower[asAt - 1] === ',' || CONNECTIVES.has(doc.lower[asAt - 1])) && !asObject) {
    const asClause = asClauseContent(doc, c, s1, quoted, covered, stops);
    if (asClause) return asClause;
    // "The strike won't end his campaign, as some have speculated.": the clause before ", as" when the cue closes the sentence
    if (asAt - 1 > s0 && doc.lower[asAt - 1] === ',' && !quoted[asAt - 1] && cueFirst < 0) {
      const trailing = trailingAsContent(doc, c, s0, asAt - 1, s1, quoted, covered, cueAt);
      if (trailing) return trailing;
    }
  }
  if (!(c.entry.frames.has('after') || c.side === 'right') || !(commaBefore || quoteCommaBefore || markThenComma || c.commaless)) return null;
  // "…, her rivals mocked him, calling …", "…, the coach doubted the referee's eyesight": a cue with its own object after
  // it neither closes nor interrupts the clause before it
  if (c.side === 'left' && ownObjectFollows(doc, c, s1, quoted)) return null;
  if (quoteCommaBefore || markThenComma) {
    // only a quotation that is part of a longer clause: a whole one is a direct quote, attributed before
    const ce = quoteCommaBefore ? mark : b - 1;
    // the attribution closes the sentence, or only an adjunct, an apposition about the speaker or a clause set off by a
    // contrastive word follows it ("…,” said Mr. Bartels, a member of the party.", "…,” said Mr. Sperling, but she …")
    const closing = c.after >= s1 || !hasVerb(doc, c.after, s1) || closesAfterCue(doc, c, c.after, s1, quoted);
    let otherCue = false; // "Doe said she felt … because “…,” she said": the earlier cue owns the clause
    // (another speaker's cue does not: "Carter discussed how … a “burn bag,” the Times reported" wraps the whole clause)
    for (let t = s0; t < ce; t++) if (cueAt[t] && !quoted[t] && sameSpeakerCue(doc, t, c)) otherCue = true;
    if (!closing || otherCue || ce - s0 < 3 || !isClear(covered, s0, ce) || quoted[s0]) return null;
    return { ranges: [[dateline(doc, s0, ce), quoteCommaBefore ? b : ce]], rule: 'indirect-cue-after' };
  }
  const ce = c.commaless ? b : b - 1;
  if (!isClear(covered, s0, ce)) return null;
  // "The goal, he said, is to …": the cue interrupts its content
  // "The change this time, she told me on Monday, is that …": adjuncts may sit between the cue and the comma
  let comma = c.after;
  while (comma < Math.min(s1, c.after + 5) && doc.lower[comma] !== ',' && ADJUNCT_POS.has(doc.pos[comma]) && !quoted[comma]) comma++;
  if (doc.lower[comma] === ',' && cueFirst < 0) {
    const rs = comma + 1;
    let cueAhead = false; // ", and aviation experts say …": the second part holds an attribution of its own
    for (let t = rs; t < s1 && !cueAhead; t++) if (stops.has(t)) cueAhead = true;
    // (not an apposition or relative clause about a speaker named after the cue: "…, said Matt Lane, another veteran
    // speechwriter who worked …", "…, predicted Jo Roe, the former governor")
    const resumes = !CUT_WORDS.has(doc.lower[rs]) && !(c.side === 'right' && aboutSpeaker(doc, rs, s1));
    if (s1 - rs >= 2 && !cueAhead && resumes && isClear(covered, rs, s1) && hasVerb(doc, rs, s1)) {
      // a lone connective before the cue ("Still, he said, …") is not part of the content
      const lone = ce - s0 === 1 && (doc.pos[s0] === 'ADV' || doc.pos[s0] === 'CCONJ');
      return { ranges: lone ? [[rs, s1]] : [[s0, ce], [rs, s1]], rule: 'indirect-cue-after' };
    }
  }
  if (ce - s0 < 3 || (!hasVerb(doc, s0, ce) && !verblessClause(doc, s0, ce, quoted))) return null;
  return closesAfterCue(doc, c, c.after, s1, quoted) && cueFirst < 0 ? { ranges: [[openingConnective(doc, dateline(doc, s0, ce), ce, quoted), ce]], rule: 'indirect-cue-after' } : null;
}

/** Tags a clause the tagger read without a verb may open with ("The rejection signals …": a subject first). */
const VERBLESS_START_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * True when `[s0, ce)` before a closing cue reads as a clause whose verb the tagger took for a noun ("The rejection of
 * the treaty signals “the end” for the EU, said X", "Her fate hinges on …, she says"): four words or more, opening
 * with a subject word (not a preposition: "In a speech last July, he said" is an adjunct of the cue), no comma outside
 * quotation marks.
 */
function verblessClause(doc: Doc, s0: number, ce: number, quoted: Uint8Array): boolean {
  if (ce - s0 < 4 || !(VERBLESS_START_POS.has(doc.pos[s0]) || quoted[s0])) return false;
  for (let t = s0; t < ce; t++) if (doc.lower[t] === ',' && !quoted[t]) return false;
  return true;
}

/**
 * "The strike won't end his campaign, as some have speculated.", "…, as the paper reported a few days later.": the clause
 * before a comma and "as" is the content of a cue that closes the sentence after it (only adjuncts follow the cue), when
 * the clause has a verb, holds no cue of its own and is not yet attributed; else null.
 * @param ce the comma before "as"
 */
function trailingAsContent(doc: Doc, c: CueMatch, s0: number, ce: number, s1: number, quoted: Uint8Array, covered: Uint8Array, cueAt: Uint8Array): Content | null {
  if (!closesAfterCue(doc, c, c.after, s1, quoted)) return null;
  const start = openingConnective(doc, dateline(doc, s0, ce), ce, quoted);
  if (ce - start < 3 || !hasVerb(doc, start, ce) || !isClear(covered, start, ce)) return null;
  for (let t = start; t < ce; t++) if (cueAt[t] && !quoted[t]) return null;
  return { ranges: [[start, ce]], rule: 'indirect-cue-after' };
}

/** "As the Post reported on Monday, the inspector issued subpoenas": the clause after the comma that closes the cue's adjuncts; else null. */
function asClauseContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  let comma = c.after;
  while (comma < Math.min(s1, c.after + 6) && doc.lower[comma] !== ',' && ADJUNCT_POS.has(doc.pos[comma]) && !quoted[comma]) comma++;
  if (doc.lower[comma] === ',' && hasVerb(doc, comma + 1, s1)) {
    const rs = comma + 1;
    const re = cut(doc, rs, s1, covered, stops, quoted);
    if (re - rs >= 2 && isClear(covered, rs, re)) return { ranges: [[rs, re]], rule: 'indirect-cue-after' };
  }
  return null;
}

/**
 * True when a cue closing its content (`…, X said`) also closes the attribution at `after`: only adjuncts may follow it
 * (", he said on Monday"), not an object or a clause (or a clause set off by ", while …" / ", citing …": "…, the
 * station reported, while in Leeds the march …"); a time adjunct right after the cue is no object: "…, the airline said
 * Thursday.", "…, he said Tuesday night, noting …".
 */
function closesAfterCue(doc: Doc, c: CueMatch, after: number, s1: number, quoted: Uint8Array): boolean {
  let a = afterTime(doc, after, s1);
  if (complementFollowsCue(doc, c, a)) return false;
  // "…, Martin said Monday in Berlin, noting …": a short prepositional adjunct up to a comma or semicolon belongs to the cue
  if (doc.pos[a] === 'ADP' && !anonymity(doc, a)) {
    let t = a + 1;
    while (t < Math.min(s1, a + 7) && ADJUNCT_POS.has(doc.pos[t]) && !quoted[t]) t++;
    if (t > a + 1 && (doc.lower[t] === ',' || doc.lower[t] === ';') && !quoted[t]) a = t;
  }
  const closing =
    a >= s1 ||
    // "…, analysts say; in 2012 …": a semicolon closes the attribution's clause
    (doc.lower[a] === ';' && !quoted[a]) ||
    // "…, said Matt Lane, another speechwriter who worked …": an apposition or relative clause about the speaker
    (doc.lower[a] === ',' && c.side === 'right' && aboutSpeaker(doc, a + 1, s1)) ||
    // "…, said an aide who sat in on the talks": a relative clause right after a speaker named behind the cue
    (c.side === 'right' && a === after && RELATIVE.has(doc.lower[a]) && !quoted[a]) ||
    // "…, Clinton allies believe — backers she will need": a dash after the cue opens an aside, not the cue's object
    (a < s1 && (doc.lower[a] === '\u2014' || doc.lower[a] === '--' || (doc.lower[a] === '-' && doc.starts[a] > doc.ends[a - 1])) && !quoted[a]) ||
    (!hasVerb(doc, a, s1) && (!c.entry.frames.has('np') || doc.pos[a] === 'ADP' || doc.lower[a] === ',' || a > c.after)) ||
    (doc.lower[a] === ',' && a + 1 < s1 && (CUT_WORDS.has(doc.lower[a + 1]) || (doc.pos[a + 1] === 'VERB' && /ing$/.test(doc.lower[a + 1])))) ||
    anonymity(doc, doc.lower[a] === ',' ? a + 1 : a) ||
    // "…,” said Mr. Sperling, but she has …": a clause joined after a speaker named behind the cue is no content of it
    (doc.lower[a] === ',' && c.side === 'right' && (doc.lower[a + 1] === 'but' || doc.lower[a + 1] === 'and') && hasVerb(doc, a + 2, s1));
  return closing;
}

/**
 * True when an object of cue `c` opens right after it ("mocked him", "doubted the referee's eyesight", "dreaded the
 * return of …"); not a time adjunct ("said Tuesday"), an addressee the cue match already holds, a preposition, a
 * comma, a quotation or a pronoun that stands for the clause before ("…, we all knew it.").
 */
function ownObjectFollows(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array): boolean {
  const k = afterTime(doc, c.after, s1);
  // a pronoun standing for the clause before it closes the sentence: "…, we all knew it.", "…, he said so"
  if (/^(it|so|this|that)$/.test(doc.lower[k]) && (k + 1 >= s1 || CLAUSE_END.has(doc.lower[k + 1]))) return false;
  return k === c.after && k < s1 && !quoted[k] && doc.pos[k] !== 'ADP' && opensObject(doc, c, k, s1);
}

/**
 * True when the words from `k` to the next comma or the clause end (at most six) end in a time word: "a few days later,",
 * "two years ago." (`s1`: the clause end).
 */
function timeBeforeComma(doc: Doc, k: number, s1: number): boolean {
  for (let t = k + 1; t <= Math.min(s1, k + 7); t++) if (t === s1 || doc.lower[t] === ',' || doc.lower[t] === '.') return /^(later|earlier|ago|before)$/.test(doc.lower[t - 1]);
  return false;
}

/** Particles of a phrasal gerund before its object ("doling out federal money", "cutting off the funds"). */
const GERUND_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down', 'back', 'away']);
/**
 * True when the object of a gerund opens at `t`: a noun phrase (not an object pronoun: "backing him" stays out), a
 * possessive pronoun, or a particle before one ("doling out federal money").
 */
function gerundObjectAt(doc: Doc, t: number, s1: number): boolean {
  if (GERUND_PARTICLES.has(doc.lower[t]) && t + 1 < s1) t++;
  return (NP_START_POS.has(doc.pos[t]) && doc.pos[t] !== 'PRON') || POSSESSIVE_PRONOUNS.has(doc.lower[t]);
}

/** True when an object noun phrase of cue `c` opens at token `k` (a determiner, a name, a quantity, a gerund …). */
function opensObject(doc: Doc, c: CueMatch, k: number, s1: number): boolean {
  return (
    NP_START_POS.has(doc.pos[k]) ||
    titledWord(doc, k) ||
    (doc.pos[k] === 'ADV' && doc.lower[k + 1] === 'of') || // "half of his supporters"
    (/^(only|just|nearly|almost|about|roughly)$/.test(doc.lower[k]) && (doc.pos[k + 1] === 'DET' || doc.pos[k + 1] === 'NUM')) || // "showed only a small gap"
    quantityAt(doc, k) || // "reported at least 20 victims", "reported between $5,000 and $15,000"
    moneyAt(doc, k) || // "proposed $275 billion in new spending"
    // a gerund object: "support temporarily banning …", "backed pitching a bigger tent"
    (!c.entry.frames.has('bare') && !c.entry.frames.has('that') && gerundAt(doc, k) && k + 1 < s1 && gerundObjectAt(doc, k + 1, s1)) ||
    (!c.entry.frames.has('bare') && !c.entry.frames.has('that') && doc.pos[k] === 'ADV' && /ly$/.test(doc.lower[k]) && gerundAt(doc, k + 1)) ||
    (/^(that|this|these|those)$/.test(doc.lower[k]) && (doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'ADJ')) // "called that vision …"
  );
}

/**
 * True when cue `c` is a present participle right after a noun with no verb before it in the sentence ("Groups
 * supporting Okafor paid …", "A super PAC backing Roe spent …"): the participle modifies the sentence's subject, so its
 * object ends before the main verb.
 */
function subjectParticiple(doc: Doc, c: CueMatch): boolean {
  const i = c.start;
  return i > c.sentence.firstToken && /ing$/.test(doc.lower[i]) && NP_CORE_POS.has(doc.pos[i - 1]) && !hasVerb(doc, c.sentence.firstToken, i);
}

/** Where an object content starting at `k` ends: its first comma, a quotation closing on a comma, the main verb after a relative clause, a closing time adjunct. */
function objectEnd(doc: Doc, c: CueMatch, k: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): number {
  let ce = cut(doc, k, s1, covered, stops, quoted);
  // an object ends at the first comma outside quotation marks ("backed Clinton, but he is not predicting …"), or after a
  // quotation that closes on a comma inside its marks ("called the remarks ''racist,'' an extraordinary rebuke")
  for (let t = k + 1; t < ce; t++) {
    if (doc.lower[t] === ',' && !quoted[t]) {
      // "has insulted women, Mexicans and Muslims": a list of noun phrases runs on to its last conjunct
      // (the last item is no subject of a verb of its own: "…, Bush and Doe say")
      const list = nounListEnd(doc, t, ce, quoted);
      if (list > t && !(list < ce && (doc.pos[list] === 'VERB' || doc.pos[list] === 'AUX'))) {
        ce = list;
        break;
      }
      ce = t;
      break;
    }
    if (!quoted[t] && quoted[t - 1]) {
      let m = t - 1;
      while (m > k && quoted[m] && CLOSE_MARK.test(doc.lower[m])) m--;
      if (m < t - 1 && doc.lower[m] === ',') {
        ce = t;
        break;
      }
    }
  }
  // "voters who support Okafor live in the north": an object inside a relative clause ends before the main verb
  if (RELATIVE.has(doc.lower[c.auxStart - 1]) || (doc.lower[c.auxStart - 1] === 'that' && doc.pos[c.auxStart - 1] !== 'DET')) {
    for (let t = k + 1; t < ce; t++) {
      // (not a verb glued into a word: "an American-born judge")
      if ((doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') && !quoted[t] && !insideWord(doc, t)) {
        ce = t;
        break;
      }
    }
  }
  ce = trimTrailingTime(doc, k, ce);
  return ce;
}

/**
 * The content of a stance noun with a stated possessor ("Smith's promise [to cut taxes]", "her vow [to stay]"): the
 * infinitive, "to" included as PolNeAR marks it, to the end of its clause.
 * @param doc the token layer; `c` the noun cue (`c.after`: the "to"); `s1` the clause end (exclusive); `quoted`,
 *   `covered`, `stops` per-token flags and the starts of other attributions, as for indirectContent
 * @returns the content with rule `indirect-stance-noun`, or null when no verb follows "to" or the words are taken
 * Source: PolNeAR train, where these nouns after a possessor and before an infinitive were attributions 13 times in 16.
 */
function stanceContent(doc: Doc, c: CueMatch, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  const k = c.after;
  if (k + 1 >= s1 || covered[k] || quoted[k] || doc.lower[k] !== 'to' || !(doc.pos[k + 1] === 'VERB' || doc.pos[k + 1] === 'AUX')) return null;
  let ce = newClauseEnd(doc, k + 2, cut(doc, k, s1, covered, stops, quoted), quoted);
  // the noun phrase as the subject of its clause ("Roe's pledge to cut taxes was welcomed", "Doe's vow to stay won her
  // votes"): the infinitive ends before the main verb, an auxiliary or a finite verb after a noun
  if (!hasVerb(doc, c.sentence.firstToken, c.chunkStart)) {
    for (let t = k + 2; t < ce; t++) {
      if (quoted[t]) continue;
      if ((doc.pos[t] === 'AUX' && doc.pos[t - 1] !== 'AUX' && doc.lower[t - 1] !== 'to') || (doc.pos[t] === 'VERB' && /(ed|[^s]s)$/.test(doc.lower[t]) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN'))) {
        ce = t;
        break;
      }
    }
  }
  return ce - k >= 3 && !anyCovered(covered, k, ce) ? { ranges: [[k, ce]], rule: 'indirect-stance-noun' } : null;
}

/**
 * True when the phrase at `rs` (after the comma that follows a speaker) says something about the speaker instead of
 * resuming the content: a relative clause ("who was an adviser"), a participle ("taking a step toward …", "based in
 * Ohio") or a noun phrase not followed by its own verb ("a Republican pollster who conducted the poll", "director of the
 * survey center").
 * @param doc the token layer; `rs` the first token after the comma; `s1` the clause end (exclusive)
 */
function aboutSpeaker(doc: Doc, rs: number, s1: number): boolean {
  if (rs >= s1) return false;
  if (RELATIVE.has(doc.lower[rs])) return true;
  if (doc.pos[rs] === 'VERB' && /(ing|ed)$/.test(doc.lower[rs])) return true;
  if (!NP_START_POS.has(doc.pos[rs]) || doc.pos[rs] === 'PRON') return false;
  const np = nounPhraseStartingAt(doc, rs, s1);
  if (!np) return false;
  let v = np.end;
  while (v < s1 && doc.pos[v] === 'ADV') v++;
  return !(v < s1 && (doc.pos[v] === 'AUX' || (doc.pos[v] === 'VERB' && !/(ing|ed)$/.test(doc.lower[v])) || (doc.pos[v] === 'VERB' && /ed$/.test(doc.lower[v]) && !/^(who|that|which)$/.test(doc.lower[np.end]))));
}

/** True when the token at `t` (after a comma) opens a participle, a relative or subordinate clause or an apposition. */
function opensAdjunct(doc: Doc, t: number): boolean {
  const w = doc.lower[t] ?? '';
  return (doc.pos[t] === 'VERB' && /ing$/.test(w)) || RELATIVE.has(w) || SUBORDINATORS.has(w) || w === 'where' || (/^(a|an|the)$/.test(w) && doc.pos[t + 1] !== 'VERB');
}

/** True when token `t` is an -ing verb form (a gerund or participle). */
function gerundAt(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'VERB' && /ing$/.test(doc.lower[t]);
}

/** Light verbs whose object noun names the stance, the content being its complement ("expressed concern that …"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['express', 'voice', 'offer', 'signal', 'share', 'raise']);

/** Prepositions that open the complement of a stance noun ("concerns about", "support for", "details of", "anger at"). */
const STANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'for', 'of', 'at', 'over', 'on', 'with', 'regarding', 'against', 'toward', 'towards']);

/**
 * The content of a light verb and its stance noun (PolNeAR makes "expressed concern", "offered ideas for" the cue): the
 * that-clause or to-infinitive after the noun ("expressed concern that …", "voiced a desire to …", "that" and "to" kept),
 * or the object of a stance preposition after it ("expressed concerns about the cost", "offered details of the plan").
 * @param doc the token layer; `c` the cue; `k` the first token of its object; `s1` the clause end
 * @returns the content, or null when the cue is no light verb or no such complement follows a short noun phrase
 */
function lightComplement(doc: Doc, c: CueMatch, k: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  if (!LIGHT_VERBS.has(c.entry.lemma) || !c.speaker || c.side !== 'left') return null;
  let noun = false;
  for (let t = k; t < Math.min(s1 - 1, k + 6); t++) {
    if (quoted[t] || covered[t]) return null;
    const w = doc.lower[t];
    let cs = -1;
    if (noun && w === 'that' && doc.pos[t + 1] !== 'VERB') cs = t;
    else if (noun && w === 'to' && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'AUX')) cs = t;
    else if (noun && STANCE_PREPOSITIONS.has(w) && (doc.pos[t] === 'ADP' || doc.pos[t] === 'SCONJ')) cs = t + 1;
    if (cs >= 0) {
      const ce = cut(doc, cs, s1, covered, stops, quoted);
      return ce > cs && !anyCovered(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-object' } : null;
    }
    if (doc.pos[t] === 'NOUN') noun = true;
    else if (noun || !(doc.pos[t] === 'DET' || doc.pos[t] === 'ADJ' || doc.pos[t] === 'NUM' || /^(his|her|their|its|our|my|your)$/.test(w))) return null;
  }
  return null;
}

/** Words that open an approximate quantity before a number or determiner ("about half", "nearly 300", "some of"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'over', 'under', 'between']);

/**
 * True when token `k` opens a quantity that starts a subject or an object: "about half of the deficit", "at least 20
 * victims", "more than 40 percent", "up to 5 million", "between $5,000 and …" (the tagger reads the first word as a
 * preposition or adverb, so the phrase is not seen as a noun phrase).
 */
function quantityAt(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  let q = -1;
  if (APPROXIMATORS.has(w)) q = k + 1;
  else if ((w === 'at' && /^(least|most)$/.test(doc.lower[k + 1] ?? '')) || (/^(more|less|fewer)$/.test(w) && doc.lower[k + 1] === 'than') || (w === 'up' && doc.lower[k + 1] === 'to')) q = k + 2;
  if (q < 0 || q >= doc.tokenCount) return false;
  // (a number, "half", "$", "dozens of"; "a"/"one" only before a fraction or a round number: not "boasted about a plan")
  if (doc.pos[q] === 'NUM' || /^(half|\$|dozens|hundreds|thousands|millions)$/.test(doc.lower[q])) return true;
  return /^(a|an|one)$/.test(doc.lower[q]) && /^(third|quarter|fifth|half|dozen|hundred|thousand|million|billion)$/.test(doc.lower[q + 1] ?? '');
}

/** Currency signs the tagger reads as symbols before an amount. */
const CURRENCY = /^[$\u00A3\u20AC\u00A5]$/;

/** True when a sum of money opens at `k`: a currency sign, then a number ("$275 billion", "£40m"). */
function moneyAt(doc: Doc, k: number): boolean {
  return CURRENCY.test(doc.lower[k]) && k + 1 < doc.tokenCount && doc.pos[k + 1] === 'NUM';
}

/** Tags that open an object noun phrase. */
const OBJECT_START_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Tags after which an adverb closing the cue is the cue's ("talked glowingly about", "said repeatedly “…”"). */
const ADVERB_THEN: ReadonlySet<string> = new Set(['ADP', 'DET', 'PRON', 'PUNCT']);

/**
 * The rest of the clause after a cue that no pattern above could read, when the cue model is confident the verb is a
 * cue (`c.score` above `minScore`) and its speaker stands before it: PolNeAR's contents mostly run from the cue to the
 * clause end ("He thinks, on reflection, the plan …", "Trump has hammered Bush"). A leading comma or "that" is kept out;
 * a verb outside the lexicon takes no object noun phrase ("signed an agreement with …").
 */
function fallback(doc: Doc, c: CueMatch, k: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>, minScore: number): Content | null {
  if (c.score === undefined || !(c.score > minScore) || !c.speaker || c.side !== 'left' || c.passive || k >= s1) return null;
  let cs = k;
  while (cs < s1 && doc.lower[cs] === ',') cs++;
  // an adverb of the cue stays out ("talked glowingly about his record", "indicated publicly their support"), and so does
  // the preposition that then joins the cue to its content ("bragged prematurely about his success"): PolNeAR train
  // leaves them out (fallback contents 6 more exact, none lost)
  const a0 = cs;
  while (cs < s1 && doc.pos[cs] === 'ADV' && /ly$/.test(doc.lower[cs]) && doc.lower[cs] !== 'only' && !quoted[cs]) cs++;
  // (not an adverb of the word opening the content: "nearly 300 of them", "increasingly candid assessments",
  // "immediately deducting …", "jointly owned drones")
  if (!ADVERB_THEN.has(doc.pos[cs]) && doc.lower[cs] !== 'to') cs = a0;
  while (cs < s1 && cs > a0 && doc.lower[cs] === ',') cs++;
  const joined = cs > a0 && cs < s1 && (doc.pos[cs] === 'ADP' || doc.lower[cs] === 'to') && !quoted[cs] && doc.pos[cs + 1] !== 'VERB' && doc.pos[cs + 1] !== 'AUX';
  if (joined) cs++;
  // not an adjunct or a second predicate: "said in a statement", "said …, and was forecast to …"
  if (cs >= s1 || covered[cs] || (doc.pos[cs] === 'PUNCT' && !quoted[cs]) || doc.pos[cs] === 'ADP' || doc.pos[cs] === 'CCONJ') return null;
  // a verb outside the lexicon takes no object as its content ("signed an agreement with …": 39% precise on dev)
  if (c.entry.learned && !joined && c.speaker && OBJECT_START_POS.has(doc.pos[cs]) && !quoted[cs]) return null;
  const ce = cut(doc, cs, s1, covered, stops, quoted);
  return ce - cs >= 1 && !anyCovered(covered, cs, ce) ? { ranges: [[cs, ce]], rule: 'indirect-fallback' } : null;
}

/**
 * Any other complement of a cue whose speaker stands before it, as PolNeAR annotates beliefs and stances:
 * "tweeted her thanks", "commented on the reason", "asked for a photo" (a preposition right after the cue
 * belongs to the cue, the content starts after it). The complement ends at the first comma.
 */
function complement(doc: Doc, c: CueMatch, k: number, s1: number, quoted: Uint8Array, covered: Uint8Array, stops: ReadonlySet<number>): Content | null {
  if (!c.entry.frames.has('complement') || !c.speaker || c.side !== 'left' || c.passive || k >= s1) return null;
  // "56 percent would vote for Clinton": a voting intention (a modal before the verb, a name after "for"), not a vote cast
  // on a bill ("the senator voted for the bill" reports an act, not a stance)
  if (c.entry.lemma === 'vote' && !(/^(would|will|wo|'d|\u2019d)$/.test(doc.lower[c.auxStart]) && doc.lower[k] === 'for' && (doc.pos[k + 1] === 'PROPN' || titledWord(doc, k + 1)))) return null;
  let cs = k;
  if (doc.pos[cs] === 'ADP' && !WH_WORDS.has(doc.lower[cs]) && cs + 1 < s1 && (NP_START_POS.has(doc.pos[cs + 1]) || WH_WORDS.has(doc.lower[cs + 1]))) cs++;
  if (covered[cs] || !(NP_START_POS.has(doc.pos[cs]) || WH_WORDS.has(doc.lower[cs]) || quoted[cs])) return null;
  // "delegates offered by the contest", "responded by drawing attention …": "by" names an agent or a means, not a content;
  // "responded on Twitter", "commented in a video": the medium of the statement is no content either
  if (cs > k && (doc.lower[k] === 'by' || (/^(on|in|via|over)$/.test(doc.lower[k]) && MEDIA.test(doc.lower[cs + (doc.pos[cs] === 'DET' ? 1 : 0)] ?? '')))) return null;
  const light = cs === k ? lightComplement(doc, c, k, s1, quoted, covered, stops) : null;
  if (light) return { ranges: light.ranges, rule: 'indirect-complement' };
  let ce = cut(doc, cs, s1, covered, stops, quoted);
  for (let t = cs + 1; t < ce; t++) {
    if (doc.lower[t] === ',' && !quoted[t]) {
      ce = t;
      break;
    }
  }
  ce = trimTrailingTime(doc, cs, ce);
  return ce > cs ? { ranges: [[cs, ce]], rule: 'indirect-complement' } : null;
}

/** Channels a statement is made through ("on Twitter", "in a video", "over the phone"): never the content of a complement. */
const MEDIA = /^(twitter|facebook|instagram|youtube|television|tv|radio|air|camera|video|statement|interview|email|e-mail|phone|telephone|tweet|tweets|post|blog|podcast|cnn|fox|msnbc|abc|cbs|nbc)$/;

/** Nouns that name a claim made elsewhere ("the charge", "these allegations"). */
const CLAIM_NOUNS = /^(charge|charges|claim|claims|allegation|allegations|accusation|accusations|report|reports|suggestion|assertion|assertions|idea|notion|characterization|comparison|comparisons|criticism|remarks|comments)$/;

/**
 * True when the object `[k, ce)` is a determiner and a claim noun and nothing else ("the charge", "those reports",
 * "the allegations"): a reference back to a claim, not a content.
 */
function anaphoricClaim(doc: Doc, k: number, ce: number): boolean {
  return ce - k === 2 && /^(the|this|that|these|those|such)$/.test(doc.lower[k]) && CLAIM_NOUNS.test(doc.lower[k + 1]);
}

/** A capitalised word inside a sentence: a name even when the tagger reads it as a verb ("said Cook provided …"). */
function titledWord(doc: Doc, t: number): boolean {
  return /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '') && doc.pos[t] !== 'PUNCT';
}

/**
 * The token after a time adjunct starting at `k` ("Thursday", "Tuesday night", "on Monday", "last week", "early Friday"),
 * or `k` when none starts there.
 * @param doc the token layer; `k` a token index; `s1` the clause end (exclusive)
 * @returns an index in `[k, s1]`
 */
export function afterTime(doc: Doc, k: number, s1: number): number {
  let t = k;
  if (t < s1 && /^(on|this|last|next|early|late|earlier)$/.test(doc.lower[t]) && t + 1 < s1 && (TIME_UNITS.test(doc.lower[t + 1]) || TIME_WORDS.has(doc.lower[t + 1]))) t++;
  if (t < s1 && (TIME_UNITS.test(doc.lower[t]) || (TIME_WORDS.has(doc.lower[t]) && doc.lower[t] !== 'also')) && !/^['\u2019]s$/.test(doc.lower[t + 1] ?? '')) {
    t++;
    if (t < s1 && /^(morning|afternoon|evening|night)$/.test(doc.lower[t])) t++;
    return t;
  }
  return k;
}

/** Drops a time adjunct closing an object ("endorsed Clinton on Monday", "backed the plan last year"). */
function trimTrailingTime(doc: Doc, k: number, ce: number): number {
  // "on Thursday night", "in November", "for years", "earlier this year": a preposition and time words closing the object
  let t = ce;
  while (t - 1 > k && (TIME_UNITS.test(doc.lower[t - 1]) || MONTHS.test(doc.lower[t - 1]) || /^(years|months|weeks|days|decades)$/.test(doc.lower[t - 1]))) t--;
  if (t < ce && t - 1 > k) {
    let p = t - 1;
    while (p > k && /^(this|last|next|the|early|late|earlier|later|several|many|two|three)$/.test(doc.lower[p])) p--;
    if (p > k && /^(on|in|for|during|since|over|last|this|next|earlier)$/.test(doc.lower[p])) return p;
  }
  const w = doc.lower[ce - 1];
  if (ce - k < 3 || !TIME_UNITS.test(w)) return ce;
  const prev = doc.lower[ce - 2];
  if (/^(on|last|this|next|earlier)$/.test(prev)) return ce - 2;
  return TIME_WORDS.has(w) ? ce - 1 : ce;
}

/** Month names, for time adjuncts ("in November"). */
const MONTHS = /^(january|february|march|april|june|july|august|september|october|november|december)$/;

/** True when the cue at token `t` has the same speaker words as `c` or a pronoun speaker ("Doe said … , she said"). */
function sameSpeakerCue(doc: Doc, t: number, c: CueMatch): boolean {
  if (!c.speaker) return true;
  const head = doc.lower[c.speaker.head];
  if (/^(he|she|they|i|we)$/.test(head)) return true;
  for (let k = Math.max(0, t - 6); k < t; k++) if (doc.lower[k] === head) return true;
  return false;
}

/** Start of the clause holding cue `c`: its sentence start, or the token after a colon or semicolon before the cue. */
export function clauseStart(doc: Doc, c: CueMatch, quoted: Uint8Array): number {
  const s0 = c.sentence.firstToken;
  for (let t = c.chunkStart - 1; t > s0; t--) if ((doc.lower[t] === ':' || doc.lower[t] === ';') && !quoted[t]) return t + 1;
  return s0;
}

/**
 * The last token (exclusive) a content after cue `c` may reach: the end of its clause without the final punctuation, or
 * the comma closing a fronted subordinate clause or opening participle that holds the cue ({@link indirectContent}'s limit,
 * and the content-end ranker's).
 */
export function contentLimit(doc: Doc, c: CueMatch, quoted: Uint8Array): number {
  const end = subordinateEnd(doc, c, clauseStart(doc, c, quoted), clauseEnd(doc, c.sentence.firstToken, c.sentence.endToken), quoted);
  return subjectParticiple(doc, c) ? mainVerbAfter(doc, c.after + 1, end, quoted) : end;
}

/** The first finite-looking verb in `[from, end)` outside quotation marks (not an infinitive after "to", not an -ing form), else `end`. */
function mainVerbAfter(doc: Doc, from: number, end: number, quoted: Uint8Array): number {
  for (let t = from; t < end; t++) {
    if (quoted[t] || !(doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') || doc.lower[t - 1] === 'to' || /ing$/.test(doc.lower[t])) continue;
    return t;
  }
  return end;
}

/**
 * The end of a fronted subordinate clause holding the cue ("While some planned to protest at the meeting, others …",
 * "Although polls showed him ahead, he …"): the first comma after the cue, when the sentence opens with a subordinator
 * and no comma stands between it and the cue; else `s1`. The main clause after the comma is not reported content.
 */
function subordinateEnd(doc: Doc, c: CueMatch, s0: number, s1: number, quoted: Uint8Array): number {
  // "with polls showing Diaz ahead, the story …": an absolute phrase ends at its comma
  if (c.speaker && c.speaker.start > s0 && doc.lower[c.speaker.start - 1] === 'with' && c.speaker.end === c.start && /ing$/.test(doc.lower[c.start])) {
    for (let t = c.after + 1; t < s1; t++) if (doc.lower[t] === ',' && !quoted[t]) return t;
    return s1;
  }
  let k = s0;
  while (k < c.chunkStart && (doc.pos[k] === 'CCONJ' || quoted[k])) k++;
  // "Refusing to admit any fault, Trump …": a participle opening the sentence ends at its comma too
  const participle = k === c.start && doc.pos[k] === 'VERB' && /ing$/.test(doc.lower[k]) && !c.entry.frames.has('source');
  if (participle) k--;
  else {
    // "While …", "Just when …", "However, while …", "In June 2001, after …" (opening-subordinator.ts)
    k = openingSubordinator(doc, s0, c.chunkStart, quoted, SUBORDINATORS);
    if (k < 0) return s1;
  }
  // (a comma or a dash aside before the cue ends the fronted clause there: the cue is the main clause's, "When it comes to
  // X - a frequent complaint - firms are quick to point out that …")
  for (let t = k + 1; t < c.chunkStart; t++) if ((doc.lower[t] === ',' || (DASHES.has(doc.lower[t]) && spacedBothSides(doc, t))) && !quoted[t]) return s1;
  for (let t = c.after + 1; t < s1; t++) if (doc.lower[t] === ',' && !quoted[t]) return t;
  return s1;
}

/**
 * Where a new clause with its own subject joins the content with "and"/"but" ("declined to renew the deal and the
 * tour could not find a new sponsor"): the conjunction, when a noun phrase and a finite verb follow it; else `ce`.
 * An infinitive content cannot run on into another subject's clause.
 */
function newClauseEnd(doc: Doc, from: number, ce: number, quoted: Uint8Array): number {
  for (let t = from; t < ce - 2; t++) {
    if (quoted[t] || (doc.lower[t] !== 'and' && doc.lower[t] !== 'but') || doc.lower[t - 1] !== ',') continue;
    const np = nounPhraseStartingAt(doc, t + 1, ce);
    if (!np || np.end >= ce) continue;
    let v = np.end;
    while (v < ce && doc.pos[v] === 'ADV') v++;
    // a finite verb: an auxiliary or a present tense ("designed", "visiting" may be participles of the noun phrase)
    if (doc.pos[v] === 'AUX' || (doc.pos[v] === 'VERB' && !/(ing|ed)$/.test(doc.lower[v]))) return trimEnd(doc, from, t);
  }
  return ce;
}

/** Conjunctions opening a subordinate clause: {@link CLAUSE_OPENERS} without the preposition 'despite', plus 'whereas'. */
const SUBORDINATORS: ReadonlySet<string> = new Set([...[...CLAUSE_OPENERS].filter((w) => w !== 'despite'), 'whereas']);

/** "on condition of anonymity because …" at token `t`: an adjunct of the cue, however long. */
function anonymity(doc: Doc, t: number): boolean {
  return doc.lower[t] === 'on' && doc.lower[t + 1] === 'condition' && (doc.lower[t + 2] === 'of' || doc.lower[t + 2] === 'that');
}

/** True when `[from, to)` holds a verb or a number (a clause that states something: "which stood at 263"). */
function hasVerbOrNumber(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX' || doc.pos[t] === 'NUM') return true;
  return false;
}

/** End of the clause: sentence end without its final punctuation (closing marks kept). */
export function clauseEnd(doc: Doc, s0: number, s1: number): number {
  let e = s1;
  while (e > s0 && (CLAUSE_END.has(doc.lower[e - 1]) || doc.lower[e - 1] === ',' || doc.lower[e - 1] === ':')) e--;
  return e;
}

/** Cuts a reported clause at ", while", ";", a coordinated cue ("and added") or text already attributed. */
export function cut(doc: Doc, cs: number, s1: number, covered: Uint8Array, stops: ReadonlySet<number>, quoted: Uint8Array): number {
  for (let t = cs + 1; t < s1; t++) {
    if (covered[t] || stops.has(t)) return trimEnd(doc, cs, t);
    if (quoted[t]) continue;
    // a quotation closing with a comma inside its marks, then "while": "… “to serve as president,” while 71 percent said …"
    if (CUT_WORDS.has(doc.lower[t]) && t >= 2 && quoted[t - 1] && CLOSE_MARK.test(doc.lower[t - 1]) && doc.lower[t - 2] === ',') return t;
    if (doc.lower[t] === ';') return trimEnd(doc, cs, t);
    // a parenthesis opened before the content closes it: "Duke (who endorses Trump) was …"
    if (doc.lower[t] === ')' && !openParenBetween(doc, cs, t)) return trimEnd(doc, cs, t);
    if (doc.lower[t] === ',' && t + 1 < s1 && CUT_WORDS.has(doc.lower[t + 1])) return trimEnd(doc, cs, t);
    // ", but still lost the election": a second predicate of the subject, not reported content
    if (doc.lower[t] === ',' && doc.lower[t + 1] === 'but') {
      let v = t + 2;
      while (v < s1 && doc.pos[v] === 'ADV') v++;
      if (v < s1 && (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX')) return trimEnd(doc, cs, t);
    }
    // a spaced dash opens an aside: "… by the plan — a modest boost …"
    const spaced = spacedBothSides(doc, t, s1);
    if (DASHES.has(doc.lower[t]) && (spaced || doc.lower[t] === '\u2014')) {
      // "that the party's donors — who spent millions — now back him": a clause with no verb yet steps over the aside
      if (doc.lower[cs] === 'that' && !hasVerb(doc, cs + 1, t)) {
        let close = t + 1;
        while (close < Math.min(s1, t + 25) && doc.lower[close] !== doc.lower[t] && !covered[close] && !stops.has(close)) close++;
        if (close < s1 && doc.lower[close] === doc.lower[t] && hasVerb(doc, close + 1, s1)) {
          t = close;
          continue;
        }
      }
      // "said the new rules — drafted in a hurry — would raise costs": the clause carries on after the aside
      const close = pairedAsideClose(doc, t, s1, covered, quoted);
      if (close > t && !stops.has(close + 1)) {
        t = close;
        continue;
      }
      return trimEnd(doc, cs, t);
    }
    // an appositive naming the claim closes it: "…, a charge Moscow denies"
    if (doc.lower[t] === ',' && /^(a|an|the)$/.test(doc.lower[t + 1] ?? '') && CLAIM_NOUNS.test(doc.lower[t + 2] ?? '')) return trimEnd(doc, cs, t);
    // a relative clause that runs to the end of the sentence: "…, who will face a primary on Tuesday"
    if (doc.lower[t] === ',' && t + 1 < s1 && RELATIVE.has(doc.lower[t + 1]) && !hasComma(doc, t + 2, s1)) return trimEnd(doc, cs, t);
  }
  return s1;
}

/** True when an opening parenthesis stands in `[from, to)`. */
function openParenBetween(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.lower[t] === '(') return true;
  return false;
}

/** Drops trailing commas, clause punctuation and a dangling conjunction, and a closing parenthesis opened before the content. */
export function trimEnd(doc: Doc, cs: number, e: number): number {
  while (e > cs + 1 && (doc.lower[e - 1] === ',' || CLAUSE_END.has(doc.lower[e - 1]) || (doc.pos[e - 1] === 'CCONJ' && /^(and|but|or)$/.test(doc.lower[e - 1])))) e--;
  // a closing parenthesis whose opening one lies before the content
  if (e > cs + 1 && doc.lower[e - 1] === ')') {
    let open = false;
    for (let t = cs; t < e - 1; t++) if (doc.lower[t] === '(') open = true;
    if (!open) e--;
  }
  return e;
}

/** Connectives of two words that open a sentence before a comma ("In fact, …", "Even so, …"). */
const TWO_WORD_CONNECTIVES: ReadonlySet<string> = new Set(['in fact', 'in contrast', 'even so', 'in addition', 'of course', 'by contrast', 'in turn', 'after all']);

/**
 * Where a content closed by its cue starts when a connective opens the sentence: after "And" (PolNeAR leaves it out of
 * the content; "But" it mostly keeps), and after a connective set off by a comma ("Still, …", "In fact, …", "Even so, …").
 * Measured on PolNeAR train (closing cues and "according to"): the annotators left such an opener out 2-3 times as
 * often as they kept it.
 * @param doc the token layer; `s0` the content start; `ce` its end (exclusive); `quoted` per-token quotation flags
 * @returns the content start, in `[s0, ce)`
 */
function openingConnective(doc: Doc, s0: number, ce: number, quoted: Uint8Array): number {
  if (quoted[s0]) return s0;
  let k = s0;
  if (doc.lower[k] === 'and') k++;
  else if (CONNECTIVES.has(doc.lower[k]) && doc.lower[k + 1] === ',') k++;
  else if (TWO_WORD_CONNECTIVES.has(`${doc.lower[k]} ${doc.lower[k + 1]}`) && doc.lower[k + 2] === ',') k += 2;
  while (k < ce && doc.lower[k] === ',') k++;
  return ce - k >= 3 ? k : s0;
}

/**
 * Skips the wire dateline that holds token `s0` ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters …"), as the NLP
 * layer found it (`doc.datelines`, nlp/dateline.ts).
 * @returns the first token after the dateline when two tokens at least remain before `ce`, else `s0`
 */
export function dateline(doc: Doc, s0: number, ce: number): number {
  const d = datelineAtToken(doc, s0);
  return d && d.endToken <= ce - 2 ? d.endToken : s0;
}
