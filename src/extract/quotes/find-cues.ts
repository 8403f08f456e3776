import type { Doc, Sentence } from '../../nlp/doc.js';
import { datelineAtToken } from '../../nlp/dateline.js';
import { tickerStartBefore } from '../../nlp/bracketed-ticker.js';
import { addresseeBeforeClause } from './addressee-clause.js';
import { copulaAdjective } from './copula-adjective.js';
import { speakerAfterAdverbial } from './opening-adverbial.js';
import { spacedBothSides } from './doc-helpers.js';
import { cueMatch } from './cue-match.js';
import { modifiedSubjectEndingAt, nounPhraseEndingAt, nounPhraseStartingAt, POSSESSIVE_PRONOUNS, relativeSubjectEndingAt, type TokenRange } from './noun-phrase.js';
import { LEXICON_PHRASE, LEXICON_VERB } from './lexicon-bits.js';
import { infinitiveController } from './infinitive-controller.js';
import { interrupterBefore } from './cue-interrupter.js';
import { quantifiedAgent } from './quantified-agent.js';
import { passivePredicateEnd, passivePredicateEntry } from './passive-predicate.js';
import { isNamePartCue, namePartSubject } from './name-part-cue.js';
import { invertedSpeakerAfterQuote } from './inverted-speaker.js';
import { relativeBeforeAdjunct } from './adjunct-subject.js';
import { questionAfterAdjunct } from './question-adjunct.js';
import type { CueEntry, QuoteResources } from './resources.js';
import { tokenLexiconBits, type TokenLexiconBits } from './token-lexicon-bits.js';
import { floorAtQuote, limitAtQuote, quoteEdges, type QuoteEdges } from './quote-edges.js';

/**
 * A reporting cue found in a sentence: the verb or phrase (`start`/`end` token range), its lexicon
 * entry, the speaker noun phrase and on which side of the cue it stands, and the addressee when the
 * cue takes one ("told reporters").
 */
export interface CueMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: CueEntry;
  readonly sentence: Sentence;
  readonly speaker: TokenRange | null;
  /** left: "he said"; right: "said Mr Xi", "according to X", "reported by X". */
  readonly side: 'left' | 'right' | null;
  readonly passive: boolean;
  /** First token of the aux/adverb run before the verb ("has also said"), for passive content. */
  readonly auxStart: number;
  readonly addressee: TokenRange | null;
  /** Token after the cue, its addressee and (right-side) speaker. */
  readonly after: number;
  /** First token of speaker-and-cue chunk: the speaker start when left, else the cue start. */
  readonly chunkStart: number;
  /** True for a cue sharing the subject of the previous one ("said … and added"); chunkStart is the conjunction. */
  readonly coordinated: boolean;
  /** True for a raised subject ("Trump is expected to speak", "the deal seems to hold"): no speaker, content = subject + to-clause. */
  readonly raised?: boolean;
  /** True for an impersonal passive before a "that"-clause ("It was announced that …"): no speaker. */
  readonly impersonal?: boolean;
  /** True for a noun cue before a "that"-clause ("Smith's claim that …"). */
  readonly nominal?: boolean;
  /**
   * True for an inverted cue after its content with no comma between ("… have new features said Jo Doe."): the content
   * runs to the cue itself.
   */
  readonly commaless?: boolean;
  /** The cue model's score of the cue's first token (absent without a model). */
  readonly score?: number;
}

const VERBAL = new Set(['VERB', 'AUX']);
const NOUNISH = new Set(['NOUN', 'PROPN']);
const PARTICIPLE_LEAD = new Set([',', '\u2014', '\u2013', '--', 'by', 'after', 'while', 'when', 'before', 'in', 'without', 'also', 'and', 'but']);
const WH_OPENERS = new Set(['if', 'whether', 'what', 'who', 'why', 'how', 'when', 'where', 'about']);
const SKIPPABLE_BEFORE = new Set(['ADV', 'AUX']);
const TIME_HEADS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|winter|autumn|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Words after a subject that are not part of it ("voters overall said", "Democrats alike said", "voters polled said"). */
const POSTPOSED = new Set(['overall', 'alike', 'polled', 'surveyed', 'interviewed']);
/** Adverbs that can open a sentence right before its verb ("Later said", "Also noted"): never read as a name. */
const SENTENCE_ADVERBS = new Set(['also', 'later', 'earlier', 'still', 'then', 'now', 'again', 'separately', 'meanwhile', 'previously', 'recently', 'once', 'never', 'often', 'just', 'only']);
const DASH = /^(\u2014|\u2013|--)$/;
/** Participles that work as prepositions. */
const PREPOSITIONAL = new Set(['regarding', 'concerning', 'considering', 'including', 'following', 'excluding', 'respecting']);
/**
 * Cue verbs whose following noun phrase is the addressee, never an inverted speaker: "the official, who asked not to be
 * named, told Reuters" (`tell` keeps its `invert` frame for quotation stops and `"…," told X` pairing).
 */
const ADDRESSEE_AFTER: ReadonlySet<string> = new Set(['tell']);
/** Lexicon verbs whose passive before "that" names the holder as its subject ("is worried that", "was persuaded that"). */
const PASSIVE_HOLDERS = new Set(['worry', 'persuade', 'convince', 'concern']);
const BE = new Set(['be', 'is', 'was', 'were', 'been', 'being', 'are']);
/** Quantifiers that stand as a subject on their own ("most said", "many say", "a third say", "one in five say"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'others', 'few', 'all', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'majority', 'plurality', 'another', 'both', 'several']);
/** Tags of an object or clause subject opening right after a poll verb the tagger read as a noun ("Both think Obama …", "4 in 10 want one …", "Both want government …"). */
const POLL_OBJECT: ReadonlySet<string> = new Set(['PROPN', 'NUM', 'NOUN']);
/** Verbs of saying and opinion a poll reports with a bare share as subject ("42% say", "a third think"). */
const POLL_VERBS: ReadonlySet<string> = new Set(['say', 'think', 'believe', 'want', 'support', 'oppose', 'favor', 'agree', 'disagree', 'expect', 'prefer', 'call', 'see', 'view']);
/** Words before a verb the tagger read as a noun that stand as its subject ("who", "they", "percent" of a poll share …). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['who', 'they', 'we', 'i', 'you', 'percent', '%', 'polled', 'surveyed']);
/** Object pronouns (and subject pronouns opening a clause) after such a verb. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'it', 'he', 'she', 'they', 'we', 'i']);
/** Verbs of evidence ("polls show", "data suggest"). */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'suggest', 'indicate']);

/**
 * Finds the reporting cues of one sentence and their speakers in one pass over its tokens.
 * Tokens marked in `quoted` (inside quotation marks) are never cues.
 * @param doc the token layer
 * @param sentence the sentence to scan
 * @param resources the cue lexicon
 * @param quoted per-token flag, non-zero inside a direct quote
 * @param scores the cue model's per-token scores (scoreCueTokens), or null for the lexicon alone: with them a lexicon verb
 *   scoring below the model's veto is no cue, and a verb outside the lexicon scoring above its threshold is one, with
 *   the generic frames of {@link learnedCueEntry}
 * @param bits the lexicon bits of the Doc's tokens (tokenLexiconBits; computed here when not given)
 * @returns cues in token order
 */
export function findCues(
  doc: Doc,
  sentence: Sentence,
  resources: QuoteResources,
  quoted: Uint8Array,
  scores: Float32Array | null = null,
  bits: TokenLexiconBits = tokenLexiconBits(doc, resources),
  edges: QuoteEdges = quoteEdges(quoted),
): CueMatch[] {
  const model = scores ? resources.cueModel ?? null : null;
  const out: CueMatch[] = [];
  const s0 = sentence.firstToken;
  const s1 = sentence.endToken;
  let headline: boolean | undefined; // computed on first need
  for (let i = s0; i < s1; i++) {
    if (quoted[i]) continue;
    const lemma = doc.lemmas[i];
    let entry: CueEntry | undefined;
    const lemmaBits = bits.lemma[i];
    const lowerBits = bits.lower[i];
    const phrases = lemmaBits & LEXICON_PHRASE ? resources.phrases.get(lemma) : lowerBits & LEXICON_PHRASE ? resources.phrases.get(doc.lower[i]) : undefined;
    if (phrases) {
      for (const p of phrases) {
        if (i + p.length > s1) continue;
        let ok = true;
        for (let k = 0; k < p.rest.length; k++) if (doc.lower[i + 1 + k] !== p.rest[k]) ok = false;
        if (ok) {
          entry = p;
          break;
        }
      }
    }
    // (the tag tests only for a word the verb lexicon lists: for any other the lookup below finds nothing, and
    // pluralSubjectVerb, which reads the words around every noun, was most of this line's cost)
    if (!entry && (lemmaBits | lowerBits) & LEXICON_VERB && (VERBAL.has(doc.pos[i]) || pluralSubjectVerb(doc, i, s0))) {
      entry = lemmaBits & LEXICON_VERB ? resources.verbs.get(lemma) : resources.verbs.get(doc.lower[i]);
      if (entry && model && scores![i] < model.veto) entry = undefined;
    }
    // "Mr. Doe alleged that …", "Ms Roe forecast that …": a lexicon verb the tagger read as an adjective or noun, between a
    // name or subject pronoun and "that"
    if (!entry && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'NOUN') && i > s0 && doc.lower[i + 1] === 'that' && i + 1 < s1 && (doc.pos[i - 1] === 'PROPN' || /^(he|she|they|we|i)$/.test(doc.lower[i - 1]))) {
      entry = thatVerb(resources, doc.lower[i]);
    }
    // "…, promising to reopen the quay", "…, repeating that …": a participle after a comma the tagger read as an adjective or noun
    if (!entry && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'NOUN') && i > s0 && doc.lower[i].endsWith('ing') && (doc.lower[i - 1] === ',' || DASH.test(doc.lower[i - 1]))) {
      entry = participleVerb(resources, doc.lower[i]);
      // (the model scores only the tokens it reads as verbs or lexicon words: an unscored one is not vetoed)
      if (entry && model && Number.isFinite(scores![i]) && scores![i] < model.veto) entry = undefined;
    }
    // "Experts have alleged that …", "Gowdy referenced a report", "…,” promising to …": a verb form the tagger read as an adjective or noun
    if (!entry && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'NOUN') && i > s0 && i + 1 < s1) entry = misreadVerb(doc, i, s0, resources);
    // "with three in 10 saying …", "with 42% preferring …": a participle the tagger read as a noun after a poll share
    if (!entry && doc.pos[i] === 'NOUN' && doc.lower[i].endsWith('ing') && shareWithPhrase(doc, i - 1, s0, quoted)) entry = participleVerb(resources, doc.lower[i]);
    // "Doe was eager to leave", "aides were adamant that …": a stance adjective after a form of be, before its clause
    if (!entry && doc.pos[i] === 'ADJ' && i > s0 && resources.adjectives) entry = copulaAdjective(doc, i, s0, resources.adjectives, resources.words);
    if (!entry && model && doc.pos[i] === 'VERB' && scores![i] > model.threshold) entry = learnedCueEntry(lemma);
    // "In a CNN poll released Monday, …" opening a sentence: a poll is a source like "according to"
    if (!entry && doc.lower[i] === 'in' && i <= s0 + 1 && pollFollows(doc, i + 1, s1)) entry = POLL_SOURCE;
    // "The group is reportedly spending $1.5 million …": hearsay with no source named
    if (!entry && doc.lower[i] === 'reportedly') {
      const hearsay = hearsayAdverb(doc, sentence, i, resources, quoted);
      if (hearsay) {
        out.push(hearsay);
        continue;
      }
    }
    // a headline in title case: "Senator Praises Governor's Plan", "Mayor Says Budget Is Fair" (the tagger reads the verb as a name)
    // (once the sentence is known to be no headline, its capitalised words are not tested again)
    if (!entry && headline !== false && i > s0 && doc.lower[i].length > 2 && doc.text[doc.starts[i]] !== doc.lower[i][0] && /^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.starts[i], doc.starts[i] + 2))) {
      headline ??= isHeadline(doc, sentence);
      if (headline) entry = headlineVerb(resources, doc.lower[i]);
    }
    // "Smith's claim that …", "Smith's promise to cut taxes": a noun cue before a that-clause or an infinitive
    if (!entry && doc.pos[i] === 'NOUN' && (doc.lower[i + 1] === 'that' || doc.lower[i + 1] === 'to')) {
      const nominal = nominalCue(doc, sentence, i, resources, quoted, edges);
      if (nominal) {
        out.push(nominal);
        i++;
        continue;
      }
    }
    // "Jo Doe, a consultant, notes that …", "Roe launched a sharp attack on …": a lexicon verb the tagger read as a noun or
    // adjective, where the cue model scores it above its threshold (the model reads what stands around it; PolNeAR train
    // +49 exact, +63 overlap for 72 more predictions); after the noun cues, which read a possessor as the speaker
    if (!entry && model && (doc.pos[i] === 'NOUN' || doc.pos[i] === 'ADJ') && i > s0 && scores![i] > model.threshold) entry = misreadLexiconVerb(resources, doc.lower[i], lemma, lemmaBits);
    if (!entry) continue;
    // "Sultan Qaboos bin Said Al Said", "the United States Court": a capitalised cue word between name words is a name
    if (isNamePartCue(doc, sentence, i)) continue;
    const cue = matchCue(doc, sentence, i, entry, quoted, edges, out.length ? out[out.length - 1] : null);
    if (cue) {
      // the match is fresh and ours: set its score in place rather than copy it
      if (scores) (cue as { score?: number }).score = scores[i];
      out.push(cue);
      i = cue.end - 1;
    }
  }
  return out;
}

/** The lexicon entry of a word the tagger read as an adjective or noun before "that" ("Mr. Doe alleged that …"), when it takes a that-clause. */
function thatVerb(resources: QuoteResources, lower: string): CueEntry | undefined {
  const verb = resources.verbs.get(lower) ?? headlineVerb(resources, lower);
  return verb?.frames.has('that') ? verb : undefined;
}

/**
 * The noun cue at `i`: a lexicon noun before a that-clause ("Smith's claim that …"), or a stance noun before an
 * infinitive with a stated possessor ("Smith's promise to cut taxes", "her vow to stay"); null when neither.
 */
function nominalCue(doc: Doc, sentence: Sentence, i: number, resources: QuoteResources, quoted: Uint8Array, edges: QuoteEdges): CueMatch | null {
  const s1 = sentence.endToken;
  const lemma = doc.lemmas[i];
  if (doc.lower[i + 1] === 'that' && i + 3 < s1) {
    const noun = resources.nouns.get(lemma) ?? resources.nouns.get(doc.lower[i]);
    if (noun) return nounCue(doc, sentence, i, noun, quoted, edges);
  }
  // "Smith's promise to cut taxes", "her vow to stay": a stance noun before an infinitive, with a stated possessor
  if (doc.lower[i + 1] === 'to' && i + 2 < s1 && !quoted[i + 1]) {
    const stance = resources.stanceNouns.get(lemma) ?? resources.stanceNouns.get(doc.lower[i]);
    if (stance) {
      const cue = nounCue(doc, sentence, i, stance, quoted, edges, i + 1, true);
      if (cue.speaker) return cue;
    }
  }
  return null;
}

/** Frames of a verb the cue model found outside the lexicon: a that-clause, a bare clause, an object, a to-infinitive, any complement, or after its content. */
const LEARNED_FRAMES: ReadonlySet<CueEntry['frames'] extends ReadonlySet<infer F> ? F : never> = new Set(['that', 'to'] as const);

/**
 * The lexicon entry of a verb outside the lexicon that the cue model scored as a cue: class `belief` (PolNeAR's
 * attributions beyond speech are mostly stances and beliefs), the generic frames above, marked `learned`.
 * @param lemma the verb's lemma
 */
export function learnedCueEntry(lemma: string): CueEntry {
  return Object.freeze({ lemma, class: 'belief', frames: LEARNED_FRAMES, length: 1, rest: [], learned: true });
}

/** The source entry of a poll introduced by "in" (PolNeAR marks "in" as the cue and the poll as the source). */
const POLL_SOURCE: CueEntry = Object.freeze({ lemma: 'in', class: 'source', frames: new Set(['source'] as const), length: 1, rest: [] });

/** The entry of the hearsay adverb "reportedly" (PolNeAR marks it as a cue with no source: 14 of 29 uses on train). */
const HEARSAY_ADVERB: CueEntry = Object.freeze({ lemma: 'reportedly', class: 'source', frames: new Set(['raise'] as const), length: 1, rest: [] });

/**
 * "The group is reportedly spending …", "Doe reportedly reacted by …": the adverb inside a clause is a cue with no
 * speaker whose content is the clause around it (read like a raised subject: the words before it, auxiliaries
 * included, and the predicate after it); null when it opens its clause, no verb follows, or the verb is one of saying
 * or opens a direct quote ("Doe reportedly said …", "reportedly yelling: “…”": that verb is the cue).
 */
function hearsayAdverb(doc: Doc, sentence: Sentence, i: number, resources: QuoteResources, quoted: Uint8Array): CueMatch | null {
  const s0 = sentence.firstToken;
  if (i <= s0 || i + 1 >= sentence.endToken || quoted[i] || quoted[i - 1] || doc.pos[i - 1] === 'PUNCT' || doc.pos[i - 1] === 'CCONJ') return null;
  if (!(doc.pos[i + 1] === 'VERB' || doc.pos[i + 1] === 'AUX')) return null;
  // a verb of saying after it is the cue itself ("Doe reportedly said …", "with Doe reportedly yelling: “…”")
  if (resources.verbs.get(doc.lemmas[i + 1])?.class === 'speech') return null;
  for (let t = i + 2; t < Math.min(sentence.endToken, i + 4); t++) if (quoted[t] || doc.lower[t] === ':') return null;
  return cueMatch({
    start: i, end: i + 1, entry: HEARSAY_ADVERB, sentence, speaker: null, side: null, passive: false, auxStart: i,
    addressee: null, after: i + 1, chunkStart: i, coordinated: false, raised: true,
  });
}

/** True when a noun phrase headed by poll/survey starts at `from` (within six tokens, no comma or verb before the head). */
function pollFollows(doc: Doc, from: number, s1: number): boolean {
  if (from >= s1 || (doc.pos[from] !== 'DET' && doc.pos[from] !== 'PROPN' && doc.pos[from] !== 'ADJ' && doc.pos[from] !== 'PRON')) return false;
  for (let t = from; t < Math.min(s1, from + 7); t++) {
    if (/^(poll|polls|survey|surveys)$/.test(doc.lower[t])) return true;
    if (doc.lower[t] === ',' || doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return false;
  }
  return false;
}

/**
 * True for a one-sentence paragraph written in title case (a headline: "Governor Praises Port Deal"), where
 * the tagger reads capitalised verbs as names: at least 60% of its words of four letters or more are capitalised.
 */
function isHeadline(doc: Doc, sentence: Sentence): boolean {
  const para = doc.paragraphs[sentence.paragraph];
  if (para.endSentence - para.firstSentence !== 1) return false;
  let words = 0;
  let upper = 0;
  const end = sentence.endToken;
  for (let t = sentence.firstToken; t < end; t++) {
    // no 60% any more even if every token left were a capitalised word: (upper + r) / (words + r) < 0.6, in integers
    if (5 * (upper + end - t) < 3 * (words + end - t)) return false;
    if (doc.lower[t].length < 4 || !/^\p{L}+$/u.test(doc.lower[t])) continue;
    words++;
    if (/^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '')) upper++;
  }
  return words >= 3 && upper / words >= 0.6;
}

/** The lexicon verb of an -ing form ("promising" → promise, "repeating" → repeat, "citing" → cite, "planning" → plan). */
function participleVerb(resources: QuoteResources, lower: string): CueEntry | undefined {
  const stem = lower.slice(0, -3);
  for (const v of [stem, stem + 'e', stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '']) {
    const entry = v ? resources.verbs.get(v) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

/**
 * The lexicon verb of a word the tagger read as a noun or adjective: a present participle ("warning"), a third-person or
 * past form ("notes", "praised"), or a lemma the lexicon lists as a verb ("attack", "promise"); undefined otherwise.
 * @param resources the cue lexicon; @param lower the word, lower-cased; @param lemma its lemma; @param lemmaBits the lemma's lexicon bits
 */
function misreadLexiconVerb(resources: QuoteResources, lower: string, lemma: string, lemmaBits: number): CueEntry | undefined {
  if (lower.endsWith('ing')) return participleVerb(resources, lower);
  return headlineVerb(resources, lower) ?? (lemmaBits & LEXICON_VERB ? resources.verbs.get(lemma) : undefined);
}

/** Forms of `have` before a past participle ("has alleged") and of `be` before a present participle ("is claiming"). */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve", '\u2019ve', 'having']);
const PROGRESSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', "'s", '\u2019s', "'re", '\u2019re', 'am', "'m", '\u2019m']);

/**
 * The lexicon verb of a word the tagger read as an adjective or noun where only a verb fits: a participle after an
 * auxiliary ({@link auxiliaryParticiple}); a past tense between a name or subject pronoun and an object ("Gowdy
 * referenced a report", "Clinton referenced Trump's antics"); a present participle before "to" or "that" after a closing
 * quotation, "by" or "and" ("… “50-state strategy,” promising to campaign …", "rallied thousands by promising to …").
 * @param doc the token layer; @param i the word; @param s0 the sentence's first token (i > s0, i + 1 inside the sentence)
 * @returns the lexicon entry, or undefined
 */
function misreadVerb(doc: Doc, i: number, s0: number, resources: QuoteResources): CueEntry | undefined {
  const aux = auxiliaryParticiple(doc, i, s0, resources);
  if (aux) return aux;
  const lower = doc.lower[i];
  const prev = doc.lower[i - 1];
  const next = doc.pos[i + 1];
  if (lower.endsWith('ed') && (doc.pos[i - 1] === 'PROPN' || /^(he|she|they|we|i|who)$/.test(prev) || (doc.pos[i - 1] === 'NOUN' && /[^s]s$/.test(prev))) && (next === 'DET' || next === 'PROPN' || POSSESSIVE_PRONOUNS.has(doc.lower[i + 1]))) {
    const verb = headlineVerb(resources, lower);
    return verb?.frames.has('np') ? verb : undefined;
  }
  if (lower.endsWith('ing') && (doc.lower[i + 1] === 'to' || doc.lower[i + 1] === 'that') && (prev === 'by' || prev === 'and' || (/^["'\u201D\u2019]{1,2}$/.test(prev) && doc.lower[markStart(doc, i - 1, s0) - 1] === ','))) {
    return participleVerb(resources, lower);
  }
  return undefined;
}

/**
 * The lexicon verb of a participle the tagger read as an adjective or noun right after an auxiliary, adverbs and a
 * negation between ("Experts have alleged that …", "has long argued that …", "has been warning that …"): a past
 * participle after a form of `have`, a present participle after a form of `be`; undefined otherwise.
 * @param doc the token layer; @param i the participle's token; @param s0 the sentence's first token
 */
function auxiliaryParticiple(doc: Doc, i: number, s0: number, resources: QuoteResources): CueEntry | undefined {
  const lower = doc.lower[i];
  const ing = lower.endsWith('ing');
  if (!ing && !lower.endsWith('ed')) return undefined;
  let k = i - 1;
  while (k > s0 && (doc.pos[k] === 'ADV' || doc.pos[k] === 'PART') && !PERFECT_AUX.has(doc.lower[k])) k--;
  if (ing ? !PROGRESSIVE_AUX.has(doc.lower[k]) : !PERFECT_AUX.has(doc.lower[k])) return undefined;
  return ing ? participleVerb(resources, lower) : headlineVerb(resources, lower);
}

const HEADLINE_IRREGULAR: Readonly<Record<string, string>> = { says: 'say', said: 'say', tells: 'tell', told: 'tell' };

/** The lexicon verb of a title-case headline word in the present or past tense ("Praises" → praise, "Urges" → urge). */
function headlineVerb(resources: QuoteResources, lower: string): CueEntry | undefined {
  const irregular = HEADLINE_IRREGULAR[lower];
  if (irregular) return resources.verbs.get(irregular);
  if (!/(s|ed)$/.test(lower)) return undefined;
  // (a doubled consonant before -ed: "preferred" → prefer, "committed" → commit)
  const doubled = lower.length > 5 && lower.endsWith('ed') && lower[lower.length - 3] === lower[lower.length - 4] ? lower.slice(0, -3) : '';
  for (const stem of [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3) + 'y', doubled]) {
    const entry = resources.verbs.get(stem);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * A noun cue before a "that"-clause ("Smith's claim that …", "the view that …") or, for a stance noun, before an
 * infinitive ("Smith's promise to …"): the possessor, when there is one, is the speaker; the content starts at
 * `after` (the token after "that", or the "to"; see reportedContent, `nominal`). With `possessorOnly` the subject of a
 * verb before the noun ("Trump made the claim that …") is not taken as its speaker.
 */
function nounCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges, after = i + 1, possessorOnly = false): CueMatch {
  const s0 = sentence.firstToken;
  let speaker: TokenRange | null = null;
  // skip adjectives: "Smith's repeated claim that"
  let p = i - 1;
  while (p > s0 && doc.pos[p] === 'ADJ') p--;
  if (p - 1 >= s0 && /^['\u2019]s?$/.test(doc.lower[p])) {
    // the possessor phrase stops at a preposition or verb: "a hard look at [the senator]'s claim"
    let from = p - 1;
    while (from > s0 && doc.pos[from - 1] !== 'ADP' && doc.pos[from - 1] !== 'VERB' && doc.pos[from - 1] !== 'PUNCT') from--;
    speaker = nounPhraseEndingAt(doc, p - 1, from);
  }
  else if (p >= s0 && /^(his|her|their|its)$/.test(doc.lower[p])) speaker = { start: p, end: p + 1, head: p };
  else if (p > s0 && !possessorOnly) {
    // "Trump made the claim that …", "Trump repeated his view …", "Trump dismissed a suggestion that …":
    // the subject of the verb before it (PolNeAR attributes the clause to it)
    let v = /^(a|an|the)$/.test(doc.lower[p]) ? p - 1 : p;
    while (v > s0 && doc.pos[v] === 'ADV' && p - v < 3) v--;
    if (doc.pos[v] === 'VERB') speaker = sentenceSubject(doc, s0, v, quoted, edges);
  }
  return cueMatch({
    start: i, end: i + 1, entry, sentence, speaker, side: speaker ? 'left' : null, passive: false, auxStart: i,
    addressee: null, after, chunkStart: speaker && speaker.start < i ? speaker.start : i, coordinated: false, nominal: true,
  });
}

/**
 * A verb the tagger read as a noun after a plural subject: "polls show", "new filings show", "records show"
 * (the base form agrees with the plural; "the news shows" does not qualify), or after a name and before
 * "that" ("The Post reports that …").
 */
function pluralSubjectVerb(doc: Doc, i: number, s0: number): boolean {
  if (doc.pos[i] !== 'NOUN' || i === s0) return false;
  // "Israel regards all of …", "voters who support Sanders": a subject before, an object after
  const prevWord = doc.lower[i - 1];
  // "a third say they …", "one in five say that …", "42% say the …": a share of a poll's respondents before a poll verb
  if (POLL_VERBS.has(doc.lower[i]) && (QUANTIFIER_SUBJECTS.has(prevWord) || prevWord === '%' || doc.pos[i - 1] === 'NUM') && i + 1 < doc.tokenCount && (doc.pos[i + 1] === 'PRON' || doc.pos[i + 1] === 'DET' || doc.lower[i + 1] === 'that' || POLL_OBJECT.has(doc.pos[i + 1]))) return true;
  // ("64 percent call him competent", "19 percent of students polled support Clinton": a share of a poll's respondents)
  const subjectBefore = doc.pos[i - 1] === 'PROPN' || doc.pos[i - 1] === 'NUM' || SUBJECT_WORDS.has(prevWord);
  const objectAfter = i + 1 < doc.tokenCount && (doc.pos[i + 1] === 'DET' || doc.pos[i + 1] === 'PROPN' || OBJECT_PRONOUNS.has(doc.lower[i + 1]));
  if (subjectBefore && objectAfter) return true;
  // "economists who favor consumption taxes", "candidates who plan to attend": after a relative "who" any object or an infinitive
  if (prevWord === 'who' && i + 2 < doc.tokenCount && (doc.pos[i + 1] === 'NOUN' || doc.pos[i + 1] === 'ADJ' || (doc.lower[i + 1] === 'to' && VERBAL.has(doc.pos[i + 2])))) return true;
  if (evidenceVerb(doc, i, s0)) return true;
  // "The candidate claims his net worth …", "the paper notes the government …", "…, the Daily Caller reports.": a
  // third-person verb the tagger read as a plural noun, after a singular subject opening its clause
  if (endsInSingleS(doc.lower[i]) && (doc.pos[i - 1] === 'PROPN' || (doc.pos[i - 1] === 'NOUN' && !prevWord.endsWith('s')))) {
    let k = i - 1;
    while (k > s0 && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN' || doc.pos[k - 1] === 'ADJ')) k--;
    const opens =
      k === s0 ||
      (doc.pos[k - 1] === 'DET' && (k - 1 === s0 || /^[,;:]$/.test(doc.lower[k - 2]) || doc.pos[k - 2] === 'CCONJ' || closesQuotation(doc, k - 2, s0))) ||
      /^[,;:]$/.test(doc.lower[k - 1]) ||
      closesQuotation(doc, k - 1, s0);
    const next = i + 1 < doc.tokenCount ? doc.pos[i + 1] : 'PUNCT';
    // (or an opening quotation: "The ad claims “Dana is the candidate you can rely on.”")
    const clauseAfter = next === 'DET' || next === 'PRON' || next === 'PROPN' || next === 'NUM' || /^([.;]|\u201C)$/.test(doc.lower[i + 1] ?? '.');
    if (opens && clauseAfter) return true;
  }
  // "The Post reports that …": a name, then the verb and "that"; "Clinton plans to visit …": the verb and a to-infinitive
  if (doc.lower[i].endsWith('s')) {
    if ((doc.pos[i - 1] === 'PROPN' || doc.pos[i - 1] === 'NOUN') && doc.lower[i + 1] === 'that') return true;
    return (doc.pos[i - 1] === 'PROPN' || doc.pos[i - 1] === 'NOUN') && doc.lower[i + 1] === 'to' && VERBAL.has(doc.pos[i + 2]);
  }
  const prev = doc.lower[i - 1];
  return (doc.pos[i - 1] === 'NOUN' || doc.pos[i - 1] === 'PROPN') && endsInSingleS(prev) && prev !== 'news';
}

/** True when `w` ends in one "s" after another character (`/[^s]s$/`: "claims", not "press" or "s"). */
function endsInSingleS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115;
}

/**
 * True when token `t` is a quotation's closing mark after a comma, question or exclamation mark ("“…,” Okafor notes."):
 * the words after it open the clause that attributes the quotation.
 */
function closesQuotation(doc: Doc, t: number, s0: number): boolean {
  const m = markStart(doc, t, s0);
  return m - 1 >= s0 && /^["'\u201D\u2019]{1,2}$/.test(doc.lower[t]) && /^[,?!]$/.test(doc.lower[m - 1]);
}

/** The first token of a quotation mark ending at token `t`: `t`, or `t - 1` for the two-token '' of wire copy. */
function markStart(doc: Doc, t: number, s0: number): number {
  return t - 1 > s0 && doc.lower[t] === "'" && doc.lower[t - 1] === "'" && doc.starts[t] === doc.ends[t - 1] ? t - 1 : t;
}

/** Plural nouns of records and figures that "show" or "suggest" something ("polls show", "records show", "data suggest"). */
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(['polls', 'surveys', 'records', 'data', 'documents', 'results', 'numbers', 'figures', 'filings', 'studies', 'reports', 'emails', 'e-mails', 'statistics', 'estimates', 'projections', 'tallies', 'ratings', 'findings', 'returns', 'polling', 'memos', 'files', 'transcripts', 'photos', 'images', 'videos', 'receipts']);

/**
 * "polls show", "Polls there show", "records show": a verb of evidence the tagger read as a noun after a plural noun of
 * records or figures, whatever that noun's tag (the tagger reads "polls" as a verb or a name as often as a noun); "there"
 * or "also" may stand between.
 */
function evidenceVerb(doc: Doc, i: number, s0: number): boolean {
  if (!EVIDENCE_VERBS.has(doc.lower[i])) return false;
  let k = i - 1;
  if (k > s0 && (doc.lower[k] === 'there' || doc.lower[k] === 'also')) k--;
  return EVIDENCE_NOUNS.has(doc.lower[k]);
}

/**
 * "…, another says there are …", "Yet another said …", "…; some say …": a lone quantifier opening its clause, which the
 * tagger reads as a determiner, is the subject of the cue right after it; null otherwise, and before "called" ("one
 * called X and another called Y" names things).
 */
function quantifierSubject(doc: Doc, j: number, s0: number, quoted: Uint8Array): TokenRange | null {
  // ("one called X and another called Y": a named thing, not a speaker)
  if (quoted[j] || !QUANTIFIER_SUBJECTS.has(doc.lower[j]) || doc.lemmas[j + 1] === 'call') return null;
  const opens = j === s0 || /^[,;:]$/.test(doc.lower[j - 1]) || doc.pos[j - 1] === 'CCONJ' || doc.pos[j - 1] === 'SCONJ' || (j - 1 === s0 && doc.pos[j - 1] === 'ADV');
  return opens ? { start: j, end: j + 1, head: j } : null;
}

/**
 * The noun phrase of records or figures before a verb of evidence ("where polls show …", "Polls there show …",
 * "recent state polls show …"), its modifiers included: the tagger's reading of "polls" as a verb or a name leaves
 * subjectBefore without a subject; null when no such noun stands right before the verb (or before "there"/"also").
 */
function evidenceSubject(doc: Doc, i: number, s0: number, quoted: Uint8Array): TokenRange | null {
  if (!evidenceVerb(doc, i, s0)) return null;
  const k = doc.lower[i - 1] === 'there' || doc.lower[i - 1] === 'also' ? i - 2 : i - 1;
  let start = k;
  while (start > s0 && !quoted[start - 1] && EVIDENCE_MODIFIER.has(doc.pos[start - 1]) && !/^(where|which|that)$/.test(doc.lower[start - 1])) start--;
  return { start, end: k + 1, head: k };
}

/** Tags of the words that may open a noun phrase of records before its noun ("the latest state polls"). */
const EVIDENCE_MODIFIER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function matchCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges, prior: CueMatch | null): CueMatch | null {
  // a dateline opening the sentence ("PARIS, March 16 - Acme SA, a unit of …, said") is no phrase of its clause: the
  // speaker is looked for after it
  const dateline = datelineAtToken(doc, sentence.firstToken);
  const s0 = dateline && dateline.endToken < i ? dateline.endToken : sentence.firstToken;
  const s1 = sentence.endToken;
  const end = i + entry.length;
  if (entry.frames.has('source')) return sourceCue(doc, sentence, i, entry, quoted, edges);
  // aux and adverbs before the verb: "has also said", "was first reported"
  let j = i - 1;
  let passive = false;
  const ing = /ing$/.test(doc.lower[i]);
  // "a smear regarding her links", "concerns including …": participles used as prepositions are no cues
  if (ing && PREPOSITIONAL.has(doc.lower[i])) return null;
  for (;;) {
    while (j >= s0 && !quoted[j] && (SKIPPABLE_BEFORE.has(doc.pos[j]) || doc.lower[j] === 'not' || doc.lower[j] === "n't" || doc.lower[j] === 'n\u2019t' || doc.lower[j] === 'further' || POSTPOSED.has(doc.lower[j]))) {
      // "Jolly said", "…, Jolly said": a name opening the sentence or following a comma that the tagger reads as an adverb
      // is the speaker, not an adverb to step over
      if (j === i - 1 && clauseInitialName(doc, j, s0)) break;
      // "…; most said they were worried": a quantifier the tagger reads as an adverb, opening its clause, is the subject
      if (j === i - 1 && QUANTIFIER_SUBJECTS.has(doc.lower[j]) && (j === s0 || /^[,;:]$/.test(doc.lower[j - 1]) || doc.pos[j - 1] === 'CCONJ')) break;
      // "he's not saying": a contracted be before a participle is progressive too
      if (BE.has(doc.lower[j]) || (ing && /^['\u2019](s|re|m)$/.test(doc.lower[j]))) passive = true;
      j--;
    }
    // "Cruz himself said", "has since said", "have in the past said": an interrupter is stepped over, then the auxiliaries before it
    const k = interrupterBefore(doc, j, s0, quoted, entry.class === 'speech' || !entry.frames.has('raise'));
    if (k < 0) break;
    j = k;
  }
  const auxStart = j + 1;
  // "Acme Corp <ACME.L> said": a stock ticker after the company's name stands between the subject and its verb
  const ticker = tickerStartBefore(doc, j, s0);
  if (ticker >= 0 && !quoted[ticker]) j = ticker - 1;
  // "he was saying": progressive, not passive; a bare participle ("…, arguing that", "a news conference
  // announcing that") takes the subject of its main clause
  const progressive = ing && passive;
  if (ing) passive = false;
  // "Roe has been critical of the plan", "voters are eager to …": be + a stance adjective (phrase) is a copula, not a passive
  if (passive && doc.pos[i] === 'ADJ' && (entry.rest.length > 0 || entry.copula === true)) passive = false;
  // "Kyodo quoted a ministry source as saying …", "Erdogan was quoted as saying …"
  if (ing && i - 2 >= s0 && doc.lower[i - 1] === 'as') {
    const quotedAs = quotedAsCue(doc, sentence, i, entry, quoted, edges);
    if (quotedAs) return quotedAs;
  }
  // "… “expanded the party,” claiming that …": a closing mark after a comma inside the quotation leads like a comma
  // (a manner adverb may stand between: "…, falsely suggesting that …")
  const li = ing && i - 2 >= s0 && doc.pos[i - 1] === 'ADV' && /ly$/.test(doc.lower[i - 1]) && doc.lower[i - 2] === ',' ? i - 1 : i;
  // (a closing mark may be two tokens: the '' of wire copy)
  let m = li - 1;
  while (m > s0 && m >= li - 2 && quoted[m] && /^["'\u201D\u2019]$/.test(doc.lower[m])) m--;
  const lead = li > s0 ? (m < li - 1 && doc.lower[m] === ',' ? ',' : doc.lower[li - 1]) : '';
  // "Insisting that the plan was sound, the minister …": a participle opening the sentence takes the subject after its comma
  if (ing && !progressive && (i === s0 || PARTICIPLE_LEAD.has(lead) || doc.pos[i - 1] === 'NOUN' || doc.pos[i - 1] === 'PROPN' || shareWithPhrase(doc, i - 1, s0, quoted))) {
    return participleCue(doc, sentence, i, entry, quoted, edges, prior, li, lead);
  }
  if (ing && !progressive) return null;
  if (passive || entry.frames.has('raise')) {
    const passiveMatch = passiveCue(doc, sentence, i, entry, quoted, edges, passive, auxStart);
    if (passiveMatch) return passiveMatch;
  }
  if (passive) return null; // "was told", "is said to": not an attribution with a speaker here
  // "… said X and added …": the second cue shares the first one's speaker
  // a headline joins its predicates with a comma: "Mayor Says Budget Is Fair, Calls Critics ‘Wrong’"
  const headlineComma = j >= s0 && doc.lower[j] === ',' && /^\p{Lu}/u.test(doc.text[doc.starts[i]] ?? '') && isHeadline(doc, sentence);
  // "He suggested …, called her “third-rate” and skipped …": a past-tense predicate after a comma shares the subject of
  // the cue before it in the sentence (not a verb that inverts its speaker: "…, said Mr. Doe")
  const listComma =
    j >= s0 && doc.lower[j] === ',' && j === i - 1 && doc.pos[i] === 'VERB' && /ed$/.test(doc.lower[i]) && !entry.frames.has('invert') &&
    prior !== null && prior.speaker !== null && prior.side === 'left' && prior.sentence.firstToken === s0 && !prior.passive;
  const shared =
    j >= s0 && (doc.lower[j] === 'and' || doc.lower[j] === 'but' || headlineComma || listComma)
      ? prior && prior.speaker && prior.side === 'left' && prior.end <= j
        ? prior.speaker
        : sentenceSubject(doc, s0, j, quoted, edges)
      : null;
  if (shared) {
    let after = end;
    let addressee: TokenRange | null = null;
    if (entry.frames.has('object') && doc.lower[end] !== 'that') {
      addressee = addresseeAt(doc, end, s1, quoted, edges);
      if (addressee) after = addressee.end;
    }
    return cueMatch({
      start: i, end, entry, sentence, speaker: shared, side: 'left', passive: false, auxStart, addressee, after,
      chunkStart: j, coordinated: true,
    });
  }
  // "voters are more likely to say", "Clinton took to Twitter to say": an infinitive cue takes the subject of its clause
  if (j > s0 && doc.lower[j] === 'to' && !quoted[j]) {
    // (the object of an object-control verb right before "to" does it: "drove the senator to say", "allow him to call for")
    const subject = infinitiveController(doc, j, floorAtQuote(edges, j - 1, s0)) ?? sentenceSubject(doc, s0, j, quoted, edges) ?? beToSubject(doc, s0, j, entry, quoted, edges);
    if (!subject) return null;
    let after = end;
    let addressee: TokenRange | null = null;
    if (entry.frames.has('object') && doc.lower[end] !== 'that') {
      addressee = addresseeAt(doc, end, s1, quoted, edges);
      if (addressee) after = addressee.end;
    }
    return cueMatch({ start: i, end, entry, sentence, speaker: subject, side: 'left', passive: false, auxStart, addressee, after, chunkStart: j, coordinated: false });
  }
  // "Jo Doe — a teacher from Ohio — says": the phrase before a dash aside
  const aside = asideBefore(doc, i, j, s0, end, s1, quoted, edges);
  let speaker = subjectBefore(doc, i, j, s0, aside, quoted, edges);
  let chainStart = -1;
  // "…, said an Arabic observer.": a phrase closing the sentence after an inverted cue is the speaker
  const invertedHere =
    !speaker && j === i - 1 && doc.lower[j] === ',' && entry.frames.has('invert') && !ADDRESSEE_AFTER.has(entry.lemma) && invertedSpeakerCloses(doc, end, s1, quoted, edges);
  if (!speaker && j >= s0 && doc.lower[j] === ',') {
    speaker = apposedSubject(doc, j, s0, quoted, edges);
    // a name before the comma wins ("Jo Doe, a lawyer, said nothing"); otherwise the inverted speaker does
    // ("Two directors, Jo Doe and Al Roe, remain defendants, said the paper": a part opening with a finite verb after the
    // name is the name's predicate, no aside)
    if (speaker && invertedHere && (doc.pos[speaker.head] !== 'PROPN' || (speaker.end + 1 < j && doc.lower[speaker.end] === ',' && finiteVerb(doc, speaker.end + 1)))) speaker = null;
    // the attribution chunk starts at the leftmost phrase of the chain ("Scott Doe, the attorney general, …, said")
    if (speaker) chainStart = chainLeft(doc, speaker, s0, quoted, edges);
  }
  if (!speaker) speaker = strayCommaSubject(doc, j, s0, quoted, edges);
  if (!speaker && j === i - 1) speaker = evidenceSubject(doc, i, s0, quoted);
  if (speaker) speaker = refinedSpeaker(doc, speaker, s0, quoted, edges);
  // "… have new features said Jo Doe.", "… to gamers said Ana Lee, an analyst": with no comma before an inverted cue, the
  // noun phrase before it is the object of a verb or preposition, and the name closing the sentence after it speaks
  const objectBefore = speaker !== null && governedBeforeCue(doc, speaker, i, j, s0, entry) && nameAt(doc, end, s1, quoted) && invertedSpeakerCloses(doc, end, s1, quoted, edges);
  if (objectBefore) speaker = null;
  let side: CueMatch['side'] = speaker ? 'left' : null;
  let after = end;
  let addressee: TokenRange | null = null;
  if (entry.frames.has('object') && end < s1 && doc.lower[end] !== 'that') {
    addressee = addresseeAt(doc, end, s1, quoted, edges);
    if (addressee) after = addressee.end;
  }
  // "Asked whether …, Ryan said", "Asked a question about it, Doe said": the question is reported, the asker unnamed
  if (!speaker && (entry.lemma === 'ask' || entry.lemma === 'ask about') && (i === s0 || doc.lower[i - 1] === 'when') && doc.lower[i] === 'asked') {
    const asked = askedCue(doc, sentence, i, entry, auxStart);
    if (asked) return asked;
  }
  if (!speaker && entry.frames.has('invert') && !ADDRESSEE_AFTER.has(entry.lemma)) {
    const prev = i - 1 >= s0 ? doc.lower[i - 1] : '';
    // (after a comma, not when a cue with its speaker before it opened the sentence: "Roe said his band, AKA Doe, wrote a
    // host of songs" is no "…, said X" inversion)
    const priorHolds = prior !== null && prior.sentence.firstToken === s0 && prior.entry.class === 'speech' && prior.side === 'left' && prior.speaker !== null && !prior.passive;
    const prevOk = i === s0 || objectBefore || (prev === ',' && !priorHolds) || prev === ':' || quoted[i - 1] !== 0 || /^["\u201D\u2019']$/.test(prev);
    if (prevOk) {
      const np = nounPhraseStartingAt(doc, end, limitAtQuote(edges, end, s1));
      const follow = np && np.end < s1 ? doc.lower[np.end] : '.';
      const closes =
        /^[.,;:!?(\u2014\u2013-]$/.test(follow) ||
        follow === 'who' ||
        (np !== null && np.end < s1 && /^(when|as|while|because|although|though)$/.test(follow)) || // "said Dan Roe when asked about …"
        (np !== null && np.end < s1 && doc.pos[np.end] === 'ADP') ||
        (np !== null && np.end < s1 && doc.pos[np.end] === 'VERB' && /(ed|ing)$/.test(follow)) || // "said a statement released on Sunday", "wrote a man calling himself …"
        (np !== null && np.end + 1 < s1 && doc.pos[np.end] === 'ADJ' && doc.pos[np.end + 1] === 'ADP'); // "says a source involved in …", "said one Democrat familiar with …"
      if (np && closes && !isTimePhrase(doc, np) && (doc.pos[np.head] !== 'PRON' || /^(he|she|they|we|i)$/.test(doc.lower[np.head]))) {
        speaker = np;
        side = 'right';
        after = np.end;
      }
      // `"…," said the dock chief known as Sam`: after a quotation closing on a comma, the words up to the next mark
      if (!speaker) {
        const phrase = invertedSpeakerAfterQuote(doc, i, end, s1, quoted);
        if (phrase) {
          speaker = phrase.speaker;
          side = 'right';
          after = phrase.after;
        }
      }
    }
  }
  // "Sen. Jo Roe, R-Ohio, appearing on Fox News after the speech, said …": asides the chain finder cannot read (a
  // participle, a quotation, a parenthesis) between the sentence's opening phrase and its cue
  if (!speaker && !ing) {
    speaker = asideSubject(doc, s0, j, quoted, edges);
    if (speaker) side = 'left';
  }
  if (!speaker) return null;
  // "…, a charge Moscow denies", "an accusation the Kremlin rejects": a claim noun with a relative clause refers back to a
  // claim; the verb answers it and reports no content of its own
  if (side === 'left' && claimRelative(doc, speaker, s0)) return null;
  if (side === 'left' && (namingParticiple(doc, i, end, s0, s1) || claimParticiple(doc, speaker, i, end, s1))) return null;
  return cueMatch({
    start: i, end, entry, sentence, speaker, side, passive: false, auxStart, addressee, after,
    chunkStart: side === 'left' ? (chainStart >= 0 ? Math.min(chainStart, speaker.start) : speaker.start) : i, coordinated: false,
    commaless: objectBefore && side === 'right',
  });
}

/**
 * The subject phrase ending right before a cue (or before an aside at `aside`): the chunker's noun phrase, a name the
 * tagger read as an adverb, a percentage ("42% say"), a gerund-headed phrase ("Exit polling showed"), with a time phrase
 * stepped over ("Police last month said") and post-modifiers or a short relative clause kept ("people familiar with her
 * thinking say"); null when none. `j`: the token before the cue's aux/adverb run.
 */
function subjectBefore(doc: Doc, i: number, j: number, s0: number, aside: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  let speaker = aside > s0 ? nounPhraseEndingAt(doc, aside - 1, floorAtQuote(edges, aside - 1, s0)) : j >= s0 && !quoted[j] ? nounPhraseEndingAt(doc, j, floorAtQuote(edges, j, s0)) : null;
  if (!speaker && j === i - 1 && (doc.pos[j] === 'ADV' || doc.pos[j] === 'ADJ' || doc.pos[j] === 'VERB') && clauseInitialName(doc, j, s0)) {
    speaker = { start: j, end: j + 1, head: j };
  }
  if (!speaker && j === i - 1) speaker = quantifierSubject(doc, j, s0, quoted);
  // "Sultan Qaboos bin Said said": a name whose last word is a cue word the tagger reads as a verb
  if (!speaker && j === i - 1) speaker = namePartSubject(doc, j, floorAtQuote(edges, j, s0), quoted);
  // "42% say …": a percentage the chunker does not read as a phrase
  if (!speaker && j === i - 1 && j > s0 && doc.lower[j] === '%' && doc.pos[j - 1] === 'NUM' && !quoted[j - 1]) speaker = { start: j - 1, end: j + 1, head: j - 1 };
  // "Exit polling showed", "Recent polling shows": a gerund the tagger reads as a verb heads the subject phrase
  if (!speaker && j === i - 1 && j > s0 && doc.pos[j] === 'VERB' && /ing$/.test(doc.lower[j]) && !quoted[j]) {
    let k = j;
    while (k > s0 && !quoted[k - 1] && (doc.pos[k - 1] === 'ADJ' || doc.pos[k - 1] === 'PROPN' || doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'DET')) k--;
    if (k < j && (k === s0 || /^[,;:]$/.test(doc.lower[k - 1]) || doc.pos[k - 1] === 'CCONJ')) speaker = { start: k, end: j + 1, head: j };
  }
  // "Police last month said", "Ms Doe on Tuesday told": step over the time phrase
  if (speaker && isTimePhrase(doc, speaker)) {
    // "A state poll last month showed": the chunker joins the subject and the time phrase into one phrase
    let t = speaker.start - 1;
    for (let k = speaker.head - 1; k > speaker.start; k--) if (/^(last|this|next|earlier|early|late)$/.test(doc.lower[k])) t = k - 1;
    while (t >= s0 && /^(on|in|last|earlier|this|late|early)$/.test(doc.lower[t])) t--;
    // "A Quinnipiac poll released Monday found": step over the participle too
    if (t > s0 && doc.pos[t] === 'VERB' && /ed$/.test(doc.lower[t])) t--;
    speaker = t >= s0 && !quoted[t] ? nounPhraseEndingAt(doc, t, floorAtQuote(edges, t, s0)) : null;
    if (speaker && isTimePhrase(doc, speaker)) speaker = null;
  }
  // "Tom Hale, who in the past has criticized …": the phrase found is an adjunct's object; the relative pronoun is the subject
  const relative = speaker && aside < 0 ? relativeBeforeAdjunct(doc, speaker, s0, quoted) : null;
  if (relative) return relative;
  // "a person with knowledge of the talks said", "people familiar with her thinking say": a subject with post-modifiers
  // (the chunker alone ends the phrase at the modifier's noun, or finds none)
  if (aside < 0 && j >= s0 && !quoted[j] && doc.lower[j] !== ',' && (!speaker || (speaker.start > s0 && (doc.pos[speaker.start - 1] === 'ADP' || doc.pos[speaker.start - 1] === 'VERB')))) {
    const floor = floorAtQuote(edges, j, s0);
    const modified = modifiedSubjectEndingAt(doc, j, floor);
    // replacing a phrase the chunker found needs a clause opening before the subject, not a conjunction ("spending and an end to …")
    const opens = modified !== null && (modified.start === floor || /^[,;:]$/.test(doc.lower[modified.start - 1]));
    if (modified && !isTimePhrase(doc, modified) && (!speaker || opens)) speaker = modified;
    // "groups that have endorsed him say …", "voters who backed the plan said …": a subject with a short relative clause
    // (a phrase right after a verb is that verb's object, not the cue's subject)
    if (!speaker || (speaker.start > floor && doc.pos[speaker.start - 1] === 'VERB')) speaker = relativeSubjectEndingAt(doc, j, floor) ?? speaker;
  }
  return speaker;
}

/**
 * The subject before a cue the chunker reads no phrase for: the sentence's opening phrase before a stray comma ("Sen. Jo
 * Roe (D-Ohio), said …"), or a bare "which"/"that" standing for the phrase before it; null when neither.
 * `j`: the token before the cue's aux/adverb run.
 */
function strayCommaSubject(doc: Doc, j: number, s0: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  // "Sen. Jo Roe (D-Ohio), said …": a stray comma between the sentence's subject and its verb
  if (j > s0 && doc.lower[j] === ',' && !quoted[j - 1]) {
    const np = nounPhraseEndingAt(doc, j - 1, floorAtQuote(edges, j - 1, s0));
    if (np && np.start === s0) return np;
  }
  // "The firm, which said it would appeal, …": "which" (no subject pronoun for the chunker) stands for the phrase before it
  if (j > s0 && (doc.lower[j] === 'which' || (doc.lower[j] === 'that' && doc.pos[j] !== 'DET')) && !quoted[j]) return { start: j, end: j + 1, head: j };
  return null;
}

/**
 * The speaker phrase `found` before a cue, adjusted: a relative pronoun stands for the phrase before it ("Clinton, who
 * said …"), a phrase after a preposition yields its conjunct after "and" ("… under the program and Trump says …"), a
 * pronoun or name joined by "and" before it joins it ("…, she and another reporter said"); null when the pronoun has none.
 */
function refinedSpeaker(doc: Doc, found: TokenRange, s0: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  let speaker: TokenRange | null = found;
  if (/^(who|that|which)$/.test(doc.lower[speaker.head])) {
    // a relative pronoun stands for the phrase before it: "Clinton, who said …"
    let k = speaker.start - 1;
    if (k >= s0 && (doc.lower[k] === ',' || doc.lower[k] === '(' || asideDash(doc, k))) k--; // "Graham — who …", "Graham - who …", "Duke (who …)"
    speaker = k >= s0 && !quoted[k] ? nounPhraseEndingAt(doc, k, floorAtQuote(edges, k, s0)) : null;
  }
  // "… under the program and Trump says …": a phrase right after a preposition belongs to it; the subject of the cue is the
  // conjunct after "and" (a new clause starts there)
  if (speaker && speaker.start - 1 >= s0 && doc.pos[speaker.start - 1] === 'ADP' && !quoted[speaker.start - 1]) {
    for (let t = speaker.end - 2; t > speaker.start; t--) {
      if (doc.lower[t] === 'and' && t + 1 < speaker.end && (doc.pos[t + 1] === 'PROPN' || doc.pos[t + 1] === 'DET' || doc.pos[t + 1] === 'PRON')) {
        speaker = { start: t + 1, end: speaker.end, head: speaker.head > t ? speaker.head : speaker.end - 1 };
        break;
      }
    }
  }
  // "…, she and another reporter said": a pronoun or name joined to the subject by "and" is part of the speaker phrase
  if (speaker && speaker.start - 2 >= s0 && doc.lower[speaker.start - 1] === 'and' && !quoted[speaker.start - 2]) {
    const first = nounPhraseEndingAt(doc, speaker.start - 2, floorAtQuote(edges, speaker.start - 2, s0));
    const opens = first !== null && (first.start === s0 || /^[,;:]$/.test(doc.lower[first.start - 1]));
    if (first && opens && (/^(he|she|they|we|i)$/.test(doc.lower[first.head]) || doc.pos[first.head] === 'PROPN')) {
      speaker = { start: first.start, end: speaker.end, head: speaker.head };
    }
  }
  // "For instance the Bundesbank said", "Last week Mr Blair said": an opening adverbial is no part of the speaker (the
  // antecedent of a relative pronoun is left whole: "a challenge from Tory leader Jo Roe who said")
  if (speaker && !/^(who|that|which)$/.test(doc.lower[found.head])) speaker = speakerAfterAdverbial(doc, speaker, s0, quoted);
  return speaker;
}

/** "according to X", "in a … poll": the source phrase after the cue is the speaker; null when none. */
function sourceCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges): CueMatch | null {
  const s1 = sentence.endToken;
  const end = i + entry.length;
  const limit = limitAtQuote(edges, end, s1);
  let np = nounPhraseStartingAt(doc, end, limit);
  if (!np || (np.end < limit && doc.lower[np.end] !== ',' && !/^[.;:]$/.test(doc.lower[np.end]))) {
    // "according to a just-released poll from X broadcast on Y, …": the source runs to the comma
    let stop = end;
    while (stop < Math.min(limit, end + 20) && doc.lower[stop] !== ',') stop++;
    let head = -1;
    for (let t = end; t < stop; t++) if (NOUNISH.has(doc.pos[t])) head = t;
    if (head >= 0 && (!np || doc.lower[stop] === ',')) np = { start: end, end: stop, head: np ? np.head : head };
  }
  if (!np) return null;
  return cueMatch({
    start: i, end, entry, sentence, speaker: np, side: 'right', passive: false, auxStart: i,
    addressee: null, after: np.end, chunkStart: i, coordinated: false,
  });
}

/** "Kyodo quoted a ministry source as saying …", "Erdogan was quoted as saying …": the quoted source is the speaker; null when none. */
function quotedAsCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges): CueMatch | null {
  const s0 = sentence.firstToken;
  const s1 = sentence.endToken;
  const end = i + entry.length;
  const quotedAs = quotedAsSpeaker(doc, i - 1, s0, quoted, edges);
  if (quotedAs) {
    let addressee: TokenRange | null = null;
    let after = end;
    if (entry.frames.has('object') && doc.lower[end] !== 'that') {
      addressee = addresseeAt(doc, end, s1, quoted, edges);
      if (addressee) after = addressee.end;
    }
    return cueMatch({
      start: i, end, entry, sentence, speaker: quotedAs.speaker, side: 'left', passive: false, auxStart: i, addressee, after,
      chunkStart: quotedAs.chunkStart, coordinated: false,
    });
  }
  return null;
}

/**
 * A participle cue ("Insisting that the plan was sound, the minister …", "…, arguing that", "a super PAC backing Bush"):
 * the holder after "with", the subject after the opening participle, the noun it modifies, or the main clause's subject;
 * null when none. `li`: the participle or the manner adverb before it; `lead`: the word before that (a comma for a
 * quotation closing on one).
 */
function participleCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges, prior: CueMatch | null, li: number, lead: string): CueMatch | null {
  const s0 = sentence.firstToken;
  const s1 = sentence.endToken;
  const end = i + entry.length;
  // "a super PAC backing Bush": a stance participle right after a noun takes that noun as its holder
  const modifier = i > s0 && !PARTICIPLE_LEAD.has(lead) && !entry.frames.has('that') && entry.frames.has('np');
  // "with polls showing Diaz ahead", "with the new survey finding that …": the phrase after "with" holds the participle
  const absolute = i > s0 && (doc.pos[i - 1] === 'NOUN' || doc.pos[i - 1] === 'PROPN') ? withPhrase(doc, i - 1, s0, quoted, edges) : i > s0 ? shareWithPhrase(doc, i - 1, s0, quoted) : null;
  const speaker =
    absolute ??
    // ("After saying he was nervous, the man …", "In describing the plan, Cuban said …": a preposition opening the sentence)
    (i === s0 || (/^(after|before|while|when|in|by|without)$/.test(lead) && leadOpensSentence(doc, s0, li - 1, quoted))
      ? openingParticipleSubject(doc, i, s1, quoted, edges)
      : modifier
        ? nounPhraseEndingAt(doc, i - 1, floorAtQuote(edges, i - 1, s0))
        : prior?.speaker ?? clauseSubject(doc, s0, i, quoted, edges) ?? (lead === ',' || DASH.test(lead) ? firstPhrase(doc, s0, i, quoted, edges) : null));
  if (!speaker) return null;
  let addressee: TokenRange | null = null;
  let after = end;
  if (entry.frames.has('object') && doc.lower[end] !== 'that') {
    addressee = addresseeAt(doc, end, s1, quoted, edges);
    if (addressee) after = addressee.end;
  }
  return cueMatch({ start: i, end, entry, sentence, speaker, side: 'left', passive: false, auxStart: i, addressee, after, chunkStart: i, coordinated: true });
}

/**
 * Verbs whose passive takes a predicate that names or judges its subject ("was declared the winner", "is considered an
 * asset"), each with whether that predicate must open with "as" ("is seen as the favourite", "was hailed as a hero").
 * Chosen on PolNeAR train, where such contents (subject + predicate) were missed: declared, named, called, considered,
 * seen as, projected (about 50 golds).
 */
const PREDICATIVE_PASSIVES: ReadonlyMap<string, boolean> = new Map([
  ['declare', false], ['name', false], ['call', false], ['consider', false], ['deem', false], ['label', false], ['project', false],
  ['see', true], ['view', true], ['regard', true], ['describe', true], ['hail', true], ['tout', true], ['dismiss', true],
]);
/** True when the auxiliaries in `[auxStart, i)` make a past counterfactual: a modal, then "have" ("would have been"). */
function counterfactual(doc: Doc, auxStart: number, i: number): boolean {
  for (let t = auxStart; t + 1 < i; t++) if (/^(would|could|might|should|'d|\u2019d)$/.test(doc.lower[t]) && doc.lower[t + 1] === 'have') return true;
  return false;
}

/** Words before the auxiliaries of a passive that join it to the clause before, whose subject it shares. */
const PREDICATE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'or', ',']);

/** Tags that open a predicate noun phrase or adjective after a passive ("declared the winner", "deemed ineligible"). */
const PREDICATE_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * True when the passive cue `entry`, whose words end before `end`, is followed by a predicate about its subject: "as"
 * and a phrase, or (for the verbs that take one bare) a noun phrase, an adjective or a quotation; a time word after the
 * verb is an adjunct ("was announced Monday"), not a predicate.
 * @param doc the token layer; @param end the token after the cue; @param s1 the clause end; @param quoted quotation flags
 */
function predicativePassive(doc: Doc, entry: CueEntry, end: number, s1: number, quoted: Uint8Array): boolean {
  const needsAs = PREDICATIVE_PASSIVES.get(entry.lemma);
  if (needsAs === undefined || end + 1 >= s1) return false;
  if (doc.lower[end] === 'as') return PREDICATE_START.has(doc.pos[end + 1]) || quoted[end + 1] !== 0;
  if (needsAs || TIME_HEADS.test(doc.lower[end]) || (/^(last|this|next|earlier)$/.test(doc.lower[end]) && TIME_HEADS.test(doc.lower[end + 1]))) return false;
  return PREDICATE_START.has(doc.pos[end]) || (quoted[end] !== 0 && doc.pos[end] === 'PUNCT');
}

/**
 * A raised subject ("Trump is expected to speak"), a passive with its agent ("reported by X"), a passive request ("was
 * asked whether"), an impersonal passive ("It was announced that …") or a passive holder ("The government is worried
 * that …"); null when none of these. `auxStart`: first token of the aux/adverb run before the verb.
 */
function passiveCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges, passive: boolean, auxStart: number): CueMatch | null {
  const s0 = sentence.firstToken;
  const s1 = sentence.endToken;
  const end = i + entry.length;
  // "Trump is expected to speak", "the plan seems to work": the subject is raised out of the content, no speaker
  // "Trump's supporters seemed unperturbed", "the team appeared paralyzed": a predicate adjective after a raising verb
  const raisingVerb = entry.frames.has('raise') && !entry.frames.has('that') && !entry.frames.has('bare') && !entry.frames.has('np') && !entry.frames.has('to');
  // (or a predicate noun or participle: "the returns seemed a reminder that …", "the memo seemed aimed at …", "seemed like")
  const adjective =
    raisingVerb &&
    (doc.pos[end] === 'ADJ' ||
      (doc.pos[end] === 'ADV' && doc.pos[end + 1] === 'ADJ') ||
      /^(a|an|like)$/.test(doc.lower[end] ?? '') ||
      (doc.pos[end] === 'VERB' && /ed$/.test(doc.lower[end])));
  if (entry.frames.has('raise') && (doc.lower[end] === 'to' || adjective) && (passive || raisingVerb) && auxStart > s0) {
    return cueMatch({
      start: i, end, entry, sentence, speaker: null, side: null, passive: true, auxStart,
      addressee: null, after: end, chunkStart: auxStart, coordinated: false, raised: true,
    });
  }
  // "Sanders was declared the winner", "the stoppage is considered one of the longest", "she is seen as the favourite": a
  // predicate naming or judging the subject; PolNeAR joins subject and predicate as the content, like a raised subject
  // (not a gerund, "on being seen as …", nor a counterfactual, "It would have been viewed as a snub had it …")
  if (passive && auxStart > s0 && doc.lower[auxStart] !== 'being' && !counterfactual(doc, auxStart, i) && predicativePassive(doc, entry, end, s1, quoted)) {
    return cueMatch({
      start: i, end, entry, sentence, speaker: null, side: null, passive: true, auxStart,
      addressee: null, after: end, chunkStart: auxStart, coordinated: false, raised: true,
    });
  }
  if (passive && doc.lower[end] === 'by') {
    // (an agent opening with a quantifier or number: "by some of his rivals", "by most Democrats", "by nearly 6 in 10")
    const np = nounPhraseStartingAt(doc, end + 1, limitAtQuote(edges, end + 1, s1)) ?? quantifiedAgent(doc, end + 1, limitAtQuote(edges, end + 1, s1));
    if (!np) return null;
    return cueMatch({
      start: i, end, entry, sentence, speaker: np, side: 'right', passive: true, auxStart,
      addressee: null, after: np.end, chunkStart: auxStart, coordinated: false,
    });
  }
  // "Sanders was asked whether …", "he was asked what happened …": the question is the content, its asker unstated
  // ("Doe was asked about the loan": the phrase cue "ask about" already holds the preposition)
  if (passive && entry.class === 'request' && (/^(whether|if|about|to|what|why|how|who)$/.test(doc.lower[end] ?? '') || doc.lower[end - 1] === 'about')) {
    return cueMatch({
      start: i, end, entry, sentence, speaker: null, side: null, passive: true, auxStart,
      addressee: null, after: end, chunkStart: auxStart, coordinated: false,
    });
  }
  // "Ruiz was asked on Tuesday whether …", "was asked during the debate about …": the question after a short adjunct
  const question = passive && entry.class === 'request' ? questionAfterAdjunct(doc, end, s1, quoted) : -1;
  if (question > 0) {
    return cueMatch({
      start: i, end, entry, sentence, speaker: null, side: null, passive: true, auxStart,
      addressee: null, after: question, chunkStart: auxStart, coordinated: false,
    });
  }
  // "It was announced (on Monday) that …", "it has been reported that …": an impersonal passive, no speaker
  let that = end;
  if (doc.lower[that] === 'on' && TIME_HEADS.test(doc.lower[that + 1] ?? '')) that += 2;
  else if (/^(last|this|earlier)$/.test(doc.lower[that]) && TIME_HEADS.test(doc.lower[that + 1] ?? '')) that += 2;
  else if (TIME_HEADS.test(doc.lower[that])) that++;
  if (passive && doc.lower[that] === 'that' && auxStart > s0 && doc.lower[auxStart - 1] === 'it' && !quoted[auxStart - 1] && (entry.class === 'speech' || entry.class === 'writing' || entry.class === 'belief')) {
    return cueMatch({
      start: i, end, entry, sentence, speaker: null, side: null, passive: true, auxStart,
      addressee: null, after: that, chunkStart: auxStart - 1, coordinated: false, impersonal: true,
    });
  }
  if (passive && doc.lower[end] === 'that' && auxStart > s0 && !quoted[auxStart - 1]) {
    // "The government is worried that …": the subject holds the worry
    if (PASSIVE_HOLDERS.has(entry.lemma)) {
      const holder = nounPhraseEndingAt(doc, auxStart - 1, floorAtQuote(edges, auxStart - 1, s0));
      if (holder && !/^(it|who|which|that)$/.test(doc.lower[holder.head])) {
        return cueMatch({ start: i, end, entry, sentence, speaker: holder, side: 'left', passive: false, auxStart, addressee: null, after: end, chunkStart: holder.start, coordinated: false });
      }
    }
  }
  // "the senator was known for his love of sailing", "the clerk was criticized for losing …": an agentless passive and a prepositional
  // predicate about its subject, joined as the content like a raised subject (the preposition goes with the cue)
  // (not after a conjunction or comma, a predicate sharing the subject of the clause before: "…, and is now known as MCI";
  // nor for a holder's passive, "Farmers were worried about …", whose subject holds the worry)
  if (passive && auxStart > s0 && doc.lower[auxStart] !== 'being' && !quoted[auxStart - 1] && !PREDICATE_JOINS.has(doc.lower[auxStart - 1]) && !PASSIVE_HOLDERS.has(entry.lemma) && !counterfactual(doc, auxStart, i)) {
    const cueEnd = passivePredicateEnd(doc, end, s1, quoted);
    if (cueEnd > 0) {
      return cueMatch({
        start: i, end: cueEnd, entry: passivePredicateEntry(entry), sentence, speaker: null, side: null, passive: true, auxStart,
        addressee: null, after: cueEnd, chunkStart: auxStart, coordinated: false, raised: true,
      });
    }
  }
  return null;
}

/**
 * The token that opens an aside between the subject and the cue, or -1: a dash aside ("Jo Doe — a teacher from Ohio —
 * says") or an aside closing on a quotation that ends in a comma ("Jo Roe, a hacker known as “Guccifer,” stated …").
 * `j`: the token before the cue's aux/adverb run.
 */
function asideBefore(doc: Doc, i: number, j: number, s0: number, end: number, s1: number, quoted: Uint8Array, edges: QuoteEdges): number {
  let aside = -1;
  if (j > s0 && asideDash(doc, j) && !quoted[j]) {
    for (let t = j - 2; t > Math.max(s0, j - 30); t--) {
      if (quoted[t]) break;
      if (asideDash(doc, t)) {
        aside = t;
        break;
      }
    }
  }
  // "Jo Roe, a hacker known as “Guccifer,” stated that …", "Mr. Ortiz, citing ''the magic of it,'' said the …": the phrase
  // before an aside that ends in a quotation closing on a comma (not an inverted speaker after the cue: "“…,” said Roe.")
  if (aside < 0 && j > s0 && j === i - 1 && quoted[j] && /^[\u201D"'\u2019]$/.test(doc.lower[j]) && !invertedSpeakerCloses(doc, end, s1, quoted, edges) && !nameAt(doc, end, s1, quoted)) {
    let m = j;
    while (m > s0 && quoted[m] && /^[\u201D"'\u2019]$/.test(doc.lower[m])) m--;
    if (doc.lower[m] === ',' && quoted[m]) {
      for (let t = m - 1; t > Math.max(s0, m - 40); t--) {
        if (doc.lower[t] === ',' && !quoted[t]) {
          aside = t;
          break;
        }
        if (/^[.;:!?]$/.test(doc.lower[t]) && !quoted[t]) break;
      }
    }
  }
  return aside;
}

/** The addressee a cue that takes an object names at token `t` ("told reporters", "told her"): a noun phrase stopping at a quotation, else an object pronoun. */
function addresseeAt(doc: Doc, t: number, s1: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  const np = nounPhraseStartingAt(doc, t, limitAtQuote(edges, t, s1));
  // "told reporters major nations must act": the subject of a bare reported clause is no part of the addressee
  return np ? addresseeBeforeClause(doc, np) : objectPronoun(doc, t, s1);
}

/**
 * An object pronoun closing its clause after a cue that takes an addressee ("…, the president told her.", "told them,
 * “…”"), which the chunker reads as a possessive waiting for its noun; null otherwise.
 */
function objectPronoun(doc: Doc, t: number, s1: number): TokenRange | null {
  if (t >= s1 || !/^(her|him|them|us|me)$/.test(doc.lower[t])) return null;
  const next = t + 1 < s1 ? doc.pos[t + 1] : 'PUNCT';
  return next === 'PUNCT' || next === 'ADP' || next === 'SCONJ' ? { start: t, end: t + 1, head: t } : null;
}

/** True when token `t` is a dash setting off an aside: an em or en dash, "--", or a hyphen with a space on each side ("X - a teacher - says"). */
function asideDash(doc: Doc, t: number): boolean {
  const w = doc.lower[t];
  return DASH.test(w) || (w === '-' && spacedBothSides(doc, t));
}

/** "Asked whether …, Ryan said", "Asked a question about it, Doe said": the question is reported, the asker unnamed; null when no question follows. */
function askedCue(doc: Doc, sentence: Sentence, i: number, entry: CueEntry, auxStart: number): CueMatch | null {
  const s1 = sentence.endToken;
  const end = i + entry.length;
  let k = end;
  while (k < s1 && k < end + 12 && !WH_OPENERS.has(doc.lower[k]) && doc.lower[k] !== ',') k++;
  if (k < s1 && (WH_OPENERS.has(doc.lower[k]) || (doc.lower[k] === ',' && k > end))) {
    return cueMatch({ start: i, end, entry, sentence, speaker: null, side: null, passive: false, auxStart, addressee: null, after: end, chunkStart: i, coordinated: false });
  }
  return null;
}

/**
 * The subject noun phrase that opens a clause ("But Ms Doe, who …, told …" → "Ms Doe"), when a verb follows it;
 * a dateline and a time adjunct before the verb are stepped over.
 * @param doc the token layer
 * @param s0 first token of the clause
 * @param limit token the subject and its verb must end before
 * @param quoted per-token flag, non-zero inside a direct quote
 * @returns the subject's token range, or null
 */
export function sentenceSubject(doc: Doc, s0: number, limit: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  let k = s0;
  // a dateline (doc.datelines): "ORLANDO, Fla. (Reuters) - President Obama met …"
  const d = datelineAtToken(doc, s0);
  if (d && d.endToken <= limit - 2) k = d.endToken;
  while (k < limit && (doc.pos[k] === 'CCONJ' || doc.pos[k] === 'ADV' || doc.lower[k] === ',')) k++;
  if (quoted[k]) return null;
  let np = nounPhraseStartingAt(doc, k, limitAtQuote(edges, k, limit));
  if (!np && doc.pos[k] !== 'PRON') {
    // "Walking to the next address, Ebeling …": an opening phrase that is no noun phrase, up to a comma
    let comma = k + 1;
    while (comma < Math.min(limit - 2, k + 12) && doc.lower[comma] !== ',' && !quoted[comma] && doc.pos[comma] !== 'AUX') comma++;
    if (doc.lower[comma] === ',' && comma < limit - 2 && !quoted[comma + 1]) np = nounPhraseStartingAt(doc, comma + 1, limitAtQuote(edges, comma + 1, limit));
    // "Speaking at a town hall in Salem, New Hampshire, Trump went …": the opening phrase holds a comma of its own; the
    // subject is the phrase after a later comma that a verb follows
    if (np && doc.lower[np.end] === ',' && VERBAL_OPENER.has(doc.pos[k])) {
      for (let c2 = np.end; c2 < Math.min(limit - 2, k + 25); c2++) {
        if (quoted[c2]) break;
        if (doc.lower[c2] !== ',') continue;
        const np2 = nounPhraseStartingAt(doc, c2 + 1, limitAtQuote(edges, c2 + 1, limit));
        let v2 = np2 ? np2.end : c2 + 1;
        while (v2 < limit && (doc.pos[v2] === 'ADV' || doc.pos[v2] === 'AUX')) v2++;
        if (np2 && v2 < limit && doc.pos[v2] === 'VERB') {
          np = np2;
          break;
        }
      }
    }
  }
  // "A few minutes later they …", "Two days ago, the mayor …": a time phrase opening the clause is no subject
  if (np && (TIME_HEADS.test(doc.lower[np.head]) || /^(minutes|hours|days|weeks|months|years)$/.test(doc.lower[np.head])) && /^(later|ago|earlier|before|after)$/.test(doc.lower[np.end] ?? '')) {
    let k2 = np.end + 1;
    if (doc.lower[k2] === ',') k2++;
    np = k2 < limit && !quoted[k2] ? nounPhraseStartingAt(doc, k2, limitAtQuote(edges, k2, limit)) : null;
  }
  // "This year, he rose …", "On Monday, the mayor …": a time phrase and its comma open the clause
  if (np && isTimePhrase(doc, np) && doc.lower[np.end] === ',' && np.end + 1 < limit && !quoted[np.end + 1]) {
    np = nounPhraseStartingAt(doc, np.end + 1, limitAtQuote(edges, np.end + 1, limit));
  }
  if (!np) return null;
  let v = np.end;
  // "the other candidate on the stage drew …": one prepositional post-modifier of the subject before its verb
  if (doc.pos[v] === 'ADP' && v + 1 < limit && !quoted[v + 1] && doc.lower[v] !== 'to') {
    const pp = nounPhraseStartingAt(doc, v + 1, limitAtQuote(edges, v + 1, limit));
    if (pp && doc.pos[pp.head] !== 'PRON' && (doc.lower[pp.end] === ',' || doc.pos[pp.end] === 'VERB' || doc.pos[pp.end] === 'AUX')) v = pp.end;
  }
  // "O'Malley, who signed the law, interjected …", "Jo Doe, a nurse, says …": an aside between commas
  // "Sen. Jo Doe, R-Iowa, who …, rescinded …": two asides
  let hops = 0;
  while (hops < 2 && doc.lower[v] === ',' && !(hops && (doc.pos[v + 1] === 'VERB' || doc.pos[v + 1] === 'AUX' || doc.pos[v + 1] === 'ADV'))) {
    let close = v + 1;
    while (close < Math.min(limit, v + 20) && doc.lower[close] !== ',' && !quoted[close]) close++;
    if (close >= limit || doc.lower[close] !== ',') break;
    v = close;
    hops++;
  }
  if (hops) v++;
  // "Sen. Jo Doe (R-Iowa) on Wednesday downplayed …": a time adjunct between the subject and its verb
  for (;;) {
    if (v < limit && TIME_HEADS.test(doc.lower[v])) v++;
    else if (v + 1 < limit && /^(on|last|this|earlier|late)$/.test(doc.lower[v]) && TIME_HEADS.test(doc.lower[v + 1])) v += 2;
    else break;
  }
  let aux = false;
  for (; v < limit && (doc.pos[v] === 'ADV' || doc.pos[v] === 'AUX'); v++) if (doc.pos[v] === 'AUX') aux = true;
  return v < limit && (doc.pos[v] === 'VERB' || aux) ? np : null;
}

/** Heads of a subject that "be to" makes a plan, not a speaker ("The aim is to say …", "Our hope was to tell …"). */
const PURPOSE_HEADS: ReadonlySet<string> = new Set([
  'aim', 'plan', 'idea', 'goal', 'task', 'job', 'hope', 'intention', 'purpose', 'strategy', 'point', 'challenge', 'priority',
  'move', 'step', 'answer', 'solution', 'option', 'role', 'mission', 'policy', 'tactic', 'object', 'objective', 'trick', 'way',
]);

/**
 * The subject of "be to" + an infinitive cue, British news's future of a scheduled act ("Mr Kennedy is to tell the
 * audience: …", "Ministers are to announce that …"): the clause's subject when only "be" stands between it and "to",
 * not a purpose noun ("The aim is to say …"); else null.
 * @param doc the token layer; `s0` the sentence start; `to` the token "to" before the cue; `entry` the cue's lexicon
 * entry; `quoted` per-token flags
 */
function beToSubject(doc: Doc, s0: number, to: number, entry: CueEntry, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  // (cues of speaking and writing only: "MTV is to show the advert" is a plan, not a quote)
  if ((entry.class !== 'speech' && entry.class !== 'writing') || to - 1 <= s0 || doc.lemmas[to - 1] !== 'be' || doc.pos[to - 1] !== 'AUX') return null;
  // the limit after "to": the subject finder then reads "be" as the subject's auxiliary
  const np = sentenceSubject(doc, s0, to + 1, quoted, edges);
  return np && !PURPOSE_HEADS.has(doc.lemmas[np.head]) ? np : null;
}

/**
 * The first noun phrase of the sentence when the subject finder cannot confirm it by a verb after it ("The campaign of
 * the senator from Ohio, which …, drew a contrast, saying …"): the best guess at the holder of a closing participle cue.
 * @param doc the token layer; `s0` the sentence start; `i` the participle; `quoted` per-token quotation flags
 * @returns the phrase, or null when the sentence opens with no noun phrase (or a pronoun-less time phrase)
 */
function firstPhrase(doc: Doc, s0: number, i: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  let k = s0;
  while (k < i && (doc.pos[k] === 'CCONJ' || doc.pos[k] === 'ADV' || doc.lower[k] === ',')) k++;
  if (k >= i || quoted[k]) return null;
  const np = nounPhraseStartingAt(doc, k, limitAtQuote(edges, k, i));
  return np && !isTimePhrase(doc, np) ? np : null;
}

/** Tags of a sentence-opening phrase that is no noun phrase and may hold commas ("Speaking in Salem, N.H., …"). */
const VERBAL_OPENER: ReadonlySet<string> = new Set(['VERB', 'ADP', 'SCONJ']);

/**
 * True when the preposition at `lead` opens the sentence, alone or after a conjunction, adverb or short time phrase
 * with no verb ("After saying …", "But in describing …", "One month after announcing …, Rubio …"): the participle clause
 * is then fronted, and its subject stands after the comma that closes it.
 */
function leadOpensSentence(doc: Doc, s0: number, lead: number, quoted: Uint8Array): boolean {
  if (lead === s0) return true;
  if (lead - s0 > 4) return false;
  for (let t = s0; t < lead; t++) {
    if (quoted[t] || !OPENING_WORD.has(doc.pos[t]) || doc.lower[t] === ',') return false;
  }
  return true;
}

/** Tags of the words that may stand before a fronted participle's preposition ("But", "Then", "One month", "Last week"). */
const OPENING_WORD: ReadonlySet<string> = new Set(['CCONJ', 'ADV', 'NUM', 'NOUN', 'ADJ', 'DET']);

/** The subject of the main clause after the comma that closes a participle opening the sentence ("Citing costs, the mayor …"). */
function openingParticipleSubject(doc: Doc, i: number, s1: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  for (let t = i + 2; t < Math.min(s1 - 2, i + 25); t++) {
    if (quoted[t]) return null;
    if (doc.lower[t] === ',') return sentenceSubject(doc, t + 1, s1, quoted, edges);
  }
  return null;
}

/**
 * The subject of the clause a participle cue closes: the clause after the last ", and" / ", but" / ";" before it when one
 * opens with a subject ("The camera was rolling, and she grew upset, shouting …" → she), else the sentence's subject.
 */
function clauseSubject(doc: Doc, s0: number, i: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  for (let t = i - 2; t > s0; t--) {
    if (quoted[t]) break;
    const w = doc.lower[t];
    if (w === ';' || ((w === 'and' || w === 'but') && doc.lower[t - 1] === ',')) {
      const np = sentenceSubject(doc, t + 1, i, quoted, edges);
      if (np) return np;
      break;
    }
  }
  return sentenceSubject(doc, s0, i, quoted, edges);
}

/** The noun phrase ending at `end` when "with" opens it ("with polls", "with the new survey"), else null. */
function withPhrase(doc: Doc, end: number, s0: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  if (quoted[end]) return null;
  const np = nounPhraseEndingAt(doc, end, floorAtQuote(edges, end, s0));
  return np && np.start - 1 >= s0 && doc.lower[np.start - 1] === 'with' ? np : null;
}

/**
 * A poll share opened by "with" and ending at `end` ("with three in 10", "with about 42%", "with 30 percent"), which the
 * chunker reads as no noun phrase: numbers, "in", "%", "percent" and an approximator after "with"; null otherwise.
 */
function shareWithPhrase(doc: Doc, end: number, s0: number, quoted: Uint8Array): TokenRange | null {
  if (quoted[end] || !(doc.pos[end] === 'NUM' || doc.lower[end] === '%' || doc.lower[end] === 'percent')) return null;
  let k = end;
  while (k > s0 && end - k < 6 && !quoted[k - 1] && (doc.pos[k - 1] === 'NUM' || /^(in|%|percent|about|nearly|roughly|almost|just|only|some)$/.test(doc.lower[k - 1]))) k--;
  return k > s0 && k <= end && doc.lower[k - 1] === 'with' && doc.pos[k] !== 'ADP' ? { start: k, end: end + 1, head: end } : null;
}

/** "Mr Blinken, 61, said" / "Ms Doe, a spokeswoman for the ministry, said": the phrase before the apposition. */
function apposedSubject(doc: Doc, comma: number, s0: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  // the comma-separated phrases before the cue: "Scott Doe, the attorney general of Ohio, one of the states suing, said"
  const chain: TokenRange[] = [];
  let end = comma;
  for (let hop = 0; hop < 4 && end > s0; hop++) {
    let a = end - 1;
    while (a > s0 && end - a < 30 && doc.lower[a - 1] !== ',' && !quoted[a - 1]) a--;
    if (a === end || quoted[a]) break;
    let np = nounPhraseEndingAt(doc, end - 1, a);
    // "a Belgian man visiting Lyon with his family": a description with post-modifiers
    if (!np || np.start !== a) np = modifiedSubjectEndingAt(doc, end - 1, a) ?? np;
    let lead = a; // "But Mr Blinken, 61, said": a leading conjunction or adverb is not part of the phrase
    while (np && lead < np.start && (doc.pos[lead] === 'CCONJ' || doc.pos[lead] === 'ADV' || doc.pos[lead] === 'SCONJ')) lead++;
    // "Jo Doe, 30, of Raleigh, N.C., said": a home town in the chain ("of"/"from" and a name) is stepped over like an age
    if (np && hop > 0 && np.start === lead + 1 && /^(of|from)$/.test(doc.lower[lead]) && doc.pos[np.head] === 'PROPN') lead++;
    // "<Brelvo Foods Ltd>, a unit of …, said": a name in Reuters' angle brackets starts after its bracket
    if (np && np.start === lead + 1 && doc.lower[lead] === '<') lead++;
    if (!np || np.start !== lead || isTimePhrase(doc, np)) break;
    chain.push(np);
    if (a - 1 < s0 || doc.lower[a - 1] !== ',') break;
    end = a - 1;
  }
  if (chain.length < 2) return skippedApposition(doc, comma, s0, quoted, edges);
  // the leftmost name of the chain; else the nearest phrase that is not an age
  for (let n = chain.length - 1; n >= 0; n--) if (doc.pos[chain[n].head] === 'PROPN' && chain[n].end - chain[n].start <= 10) return chain[n];
  return chain.find((np) => doc.pos[np.head] !== 'NUM') ?? null;
}

/**
 * The speaker of "X quoted Y as saying" (Y; the chunk starts at X) or "Y was quoted as saying" (Y), given the
 * index of "as"; null when no "quoted" precedes it.
 */
function quotedAsSpeaker(doc: Doc, as: number, s0: number, quoted: Uint8Array, edges: QuoteEdges): { speaker: TokenRange; chunkStart: number } | null {
  for (let q = as - 1; q >= Math.max(s0, as - 12); q--) {
    if (quoted[q]) return null;
    if (doc.lemmas[q] !== 'quote' && doc.lower[q] !== 'quoted') continue;
    if (q === as - 1) {
      // passive: "Erdogan was quoted as saying"
      let k = q - 1;
      while (k >= s0 && (doc.pos[k] === 'AUX' || doc.pos[k] === 'ADV')) k--;
      const np = k >= s0 && !quoted[k] ? nounPhraseEndingAt(doc, k, floorAtQuote(edges, k, s0)) : null;
      return np ? { speaker: np, chunkStart: np.start } : null;
    }
    const np = nounPhraseStartingAt(doc, q + 1, as);
    if (!np || np.end !== as) return null;
    let k = q - 1;
    while (k >= s0 && (doc.pos[k] === 'AUX' || doc.pos[k] === 'ADV')) k--;
    const subject = k >= s0 && !quoted[k] ? nounPhraseEndingAt(doc, k, floorAtQuote(edges, k, s0)) : null;
    return { speaker: np, chunkStart: subject ? subject.start : q };
  }
  return null;
}

const CLAIM_NOUN = /^(charge|charges|claim|claims|allegation|allegations|accusation|accusations|assertion|suggestion)$/;

/**
 * True when the speaker phrase is, or follows, a claim noun opening a relative clause ("a charge Moscow denies",
 * "a claim that the ministry rejects"): the chunker glues "a charge Moscow" into one phrase.
 */
function claimRelative(doc: Doc, speaker: TokenRange, s0: number): boolean {
  for (let t = speaker.start; t < speaker.head; t++) if (CLAIM_NOUN.test(doc.lower[t]) && t > speaker.start && /^(a|an|the)$/.test(doc.lower[t - 1])) return true;
  let p = speaker.start - 1;
  if (p >= s0 && /^(that|which)$/.test(doc.lower[p])) p--;
  return p > s0 && CLAIM_NOUN.test(doc.lower[p]) && /^(a|an|the)$/.test(doc.lower[p - 1]);
}

/** Participles that name what the noun before them is called ("a sting called Operation Flagship"). */
const NAMING_PARTICIPLE = /^(called|named|dubbed)$/;

/**
 * True when the cue is a naming participle right after an indefinite noun phrase and before a name or a quotation
 * ("a Texan named Kevin", "an extraordinary sting called Operation Flagship", "a hearing called “Victims of …”"): a
 * reduced relative that names a thing, not a speaker calling something (found on news feeds; "A senator called Doe a
 * liar" keeps its cue only when no name follows, which the indefinite subject makes rare).
 */
function namingParticiple(doc: Doc, i: number, end: number, s0: number, s1: number): boolean {
  if (!NAMING_PARTICIPLE.test(doc.lower[i]) || i <= s0 || end >= s1) return false;
  const np = nounPhraseEndingAt(doc, i - 1, s0);
  if (!np || doc.pos[np.head] === 'PRON') return false;
  let indefinite = false;
  for (let t = np.start; t < np.end; t++) if (/^(a|an)$/.test(doc.lower[t])) indefinite = true;
  if (!indefinite) return false;
  const next = doc.lower[end] === 'the' && end + 1 < s1 ? end + 1 : end;
  return /^[\p{Lu}"'\u201C\u2018]/u.test(doc.text[doc.starts[next]] ?? '');
}

/**
 * True when the speaker phrase is a claim noun and the cue a participle agreeing with it from behind ("…, claims denied
 * by Labour", "charges rejected by the firm"): the noun is what is denied, never who speaks.
 */
function claimParticiple(doc: Doc, speaker: TokenRange, i: number, end: number, s1: number): boolean {
  return CLAIM_NOUN.test(doc.lower[speaker.head]) && speaker.end === i && /ed$/.test(doc.lower[i]) && end < s1 && doc.lower[end] === 'by';
}

/** A capitalised word opening the sentence or following a comma that is no sentence adverb ("Later", "Also"): a name the tagger mistook. */
function clauseInitialName(doc: Doc, j: number, s0: number): boolean {
  return (
    (j === s0 || doc.lower[j - 1] === ',') &&
    doc.pos[j] !== 'AUX' &&
    !SENTENCE_ADVERBS.has(doc.lower[j]) &&
    /^\p{Lu}/u.test(doc.text[doc.starts[j]] ?? '')
  );
}

/** A party-and-state tag set off by commas after a name: "D-Maine", "R-Ill." */
function partyTag(doc: Doc, np: TokenRange): boolean {
  return np.end - np.start >= 3 && /^[dri]$/.test(doc.lower[np.start]) && /^[-\u2010\u2011]$/.test(doc.lower[np.start + 1]);
}

/** A time phrase ("Tuesday", "last month"), not a name that ends in a month ("Theresa May"). */
function isTimePhrase(doc: Doc, np: TokenRange): boolean {
  return TIME_HEADS.test(doc.lower[np.head]) && !(np.head > np.start && doc.pos[np.head - 1] === 'PROPN');
}

/** True when a name opens at `from` ("said Mr. Burman (a view …)"): the speaker of an inverted cue. */
function nameAt(doc: Doc, from: number, s1: number, quoted: Uint8Array): boolean {
  return from < s1 && !quoted[from] && doc.pos[from] === 'PROPN' && /^\p{Lu}/u.test(doc.text[doc.starts[from]] ?? '');
}

/**
 * True when the phrase `np` read as the subject of cue `i` stands right before it as the object or complement of a verb or a
 * preposition ("… have new features said", "… hold on to gamers said"), and the cue is a verb of saying that may invert
 * (frame `invert`, no addressee after it): news copy that leaves out the comma of "…, said Jo Doe".
 */
function governedBeforeCue(doc: Doc, np: TokenRange, i: number, j: number, s0: number, entry: CueEntry): boolean {
  if (j !== i - 1 || np.end !== i || np.start <= s0 || !entry.frames.has('invert') || ADDRESSEE_AFTER.has(entry.lemma)) return false;
  const p = doc.pos[np.start - 1];
  return p === 'VERB' || p === 'AUX' || (p === 'ADP' && !SUBORDINATORS.has(doc.lower[np.start - 1])) || (p === 'PART' && doc.lower[np.start - 1] === 'to');
}

/** True when a noun phrase starts at `from` and runs to the sentence end or a comma ("said an aide."). */
function invertedSpeakerCloses(doc: Doc, from: number, s1: number, quoted: Uint8Array, edges: QuoteEdges): boolean {
  const np = nounPhraseStartingAt(doc, from, limitAtQuote(edges, from, s1));
  if (!np || doc.pos[np.head] === 'PRON' || isTimePhrase(doc, np)) return false;
  return np.end >= s1 || /^[.,;!?]$/.test(doc.lower[np.end]);
}

/** Start of the leftmost comma-separated noun phrase that ends right before `np` (the head of an apposition chain). */
function chainLeft(doc: Doc, np: TokenRange, s0: number, quoted: Uint8Array, edges: QuoteEdges): number {
  let start = np.start;
  for (let hop = 0; hop < 3; hop++) {
    const before = start - 1;
    if (before - 1 < s0 || doc.lower[before] !== ',' || quoted[before - 1]) break;
    const prev = nounPhraseEndingAt(doc, before - 1, floorAtQuote(edges, before - 1, s0));
    // "…, a spokesman, Tom Baker, said": a description set off by commas before the name belongs to the chain too
    // (or after a quotation closing on a comma: "“…,” the White House spokesman, Josh Earnest, said")
    const description =
      prev !== null && hop === 0 && doc.pos[prev.head] === 'NOUN' && /^(a|an|the)$/.test(doc.lower[prev.start]) && prev.start - 1 > s0 &&
      (doc.lower[prev.start - 1] === ',' || quoted[prev.start - 1] !== 0);
    if (!prev || (doc.pos[prev.head] !== 'PROPN' && !description)) break;
    start = prev.start;
    if (description) break;
  }
  return start;
}

/** Words the tagger may read as prepositions that open a clause, whose subject follows them ("after the agency asked …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'because', 'while', 'when', 'if', 'though', 'although', 'unless', 'whereas', 'once', 'that']);

/** True when token `t` is an auxiliary or a verb not ending as a participle ("remain", "has", "is"; not "appointed", "running"). */
function finiteVerb(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !/(?:ing|ed|en|wn)$/.test(doc.lower[t]));
}

/**
 * The phrase before an apposition that is not itself a plain noun phrase ("Jo Doe, who runs the firm, said";
 * "Al Roe, a senior adviser to the mayor and past president of the union, said"), stepping over an age.
 */
function skippedApposition(doc: Doc, comma: number, s0: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  let end = comma;
  for (let hop = 0; hop < 2; hop++) {
    let k = end - 1;
    while (k >= Math.max(s0, end - 30) && !quoted[k] && doc.lower[k] !== ',') k--;
    if (k < Math.max(s0, end - 30) || quoted[k] || k === end - 1 || k - 1 < s0 || quoted[k - 1]) return null;
    // "Lopez, meanwhile, who has …, said": an adverb set off by commas is stepped over
    if (k - 2 > s0 && doc.pos[k - 1] === 'ADV' && doc.lower[k - 2] === ',' && !quoted[k - 3]) k -= 2;
    const np = nounPhraseEndingAt(doc, k - 1, floorAtQuote(edges, k - 1, s0));
    if (!np || isTimePhrase(doc, np)) return null;
    if (doc.pos[np.head] !== 'NUM') {
      // a description after a name: "Scott Doe, the attorney general of Ohio, one of the states suing, said" → the name
      const before = np.start - 1;
      const name = before - 1 >= s0 && doc.lower[before] === ',' && !quoted[before - 1] ? nounPhraseEndingAt(doc, before - 1, floorAtQuote(edges, before - 1, s0)) : null;
      return name && doc.pos[name.head] === 'PROPN' && (doc.pos[np.head] !== 'PROPN' || partyTag(doc, np)) ? name : np;
    }
    end = np.start - 1;
    if (doc.lower[end] !== ',') return null;
  }
  return null;
}

/**
 * The phrase opening the sentence as the subject of a cue right after a comma or a closing parenthesis, when asides
 * the chain finder cannot read stand between ("Sen. Jo Roe, R-Ohio, appearing on Fox News after the speech, said",
 * "Jo Doe, a guest on “Talk,” who later worked for him, said", "Sen. Al Roe (a Democrat elected in 2012) says"): the
 * sentence's first noun phrase, itself closed by a comma, a dash or a parenthesis, with no semicolon or colon before the
 * cue and at most 40 tokens between; null otherwise.
 * @param doc the token layer; `s0` the sentence start; `j` the token before the cue's aux/adverb run; `quoted` quotation flags
 */
function asideSubject(doc: Doc, s0: number, j: number, quoted: Uint8Array, edges: QuoteEdges): TokenRange | null {
  if (j <= s0 || quoted[j] || !(doc.lower[j] === ',' || doc.lower[j] === ')')) return null;
  let k = s0;
  while (k < j && (doc.pos[k] === 'CCONJ' || doc.pos[k] === 'ADV')) k++;
  if (k >= j || quoted[k]) return null;
  const np = nounPhraseStartingAt(doc, k, limitAtQuote(edges, k, j));
  if (!np || np.end >= j || j - np.end > 40 || isTimePhrase(doc, np)) return null;
  if (doc.pos[np.head] === 'PRON' && !/^(he|she|they|we|i)$/.test(doc.lower[np.head])) return null;
  const next = doc.lower[np.end];
  if (!(next === ',' || next === '(' || DASH.test(next))) return null;
  for (let t = np.end; t < j; t++) if (doc.lower[t] === ';' || doc.lower[t] === ':') return null;
  return np;
}
