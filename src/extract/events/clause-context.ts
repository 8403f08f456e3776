import type { Doc, Sentence } from '../../nlp/doc.js';
import { isCalendarName } from '../../nlp/calendar-words.js';
import { datelineAtToken } from '../../nlp/dateline.js';
import type { Entity } from '../../model/entity.js';
import type { ActorChunk } from './actor-chunks.js';
import type { CompiledRule } from './verb-lexicon.js';
import { inUnrealClause } from './unreal-clause.js';
import { negatedIntent } from './negated-intent.js';
import { passiveRelativeVerb } from './passive-relative.js';

/*
 * Clause-level reading of a sentence for the event coder: negation, modality and voice around a verb,
 * quotations, attributive participles and gerunds, main vs subordinate clauses, wire datelines, and verb
 * forms the tagger lemmatises wrongly. Pure functions over the Doc's token arrays.
 */

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);

// (and the adverbs of a mere possibility right before the verb: "possibly attacked", "perhaps met"; sixth hand check's open list)
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must', 'if', 'whether', 'unless', 'possibly', 'perhaps', 'maybe']);

// "will meet", "would meet" (reported future): coded as the intent code of the pattern (CAMEO 03x)
const FUTURE = new Set(['will', "'ll", 'shall', 'going', 'would', "'d"]);

const RECIPROCAL_MARKERS = new Set(['relationship', 'relation', 'relations', 'tie', 'ties', 'bilateral', 'mutual', 'together', 'other', 'another', 'both']);

const OPEN_QUOTES = new Set(['“', '«', '„']);

const CLOSE_QUOTES = new Set(['”', '»']);

/** Marks tokens inside quotation marks, paragraph by paragraph with a fresh state (one stray mark cannot swallow the article). */
export function quotedTokens(doc: Doc): Uint8Array {
  const inQuote = new Uint8Array(doc.tokenCount);
  for (const p of doc.paragraphs) {
    const first = doc.sentences[p.firstSentence].firstToken;
    const end = doc.sentences[p.endSentence - 1].endToken;
    let open = false;
    for (let i = first; i < end; i++) {
      const w = doc.lower[i];
      // every quotation mark is one character: longer tokens skip the two set lookups
      if (w.length !== 1) {
        if (open) inQuote[i] = 1;
        continue;
      }
      if (w === '"') {
        open = !open;
        continue;
      }
      if (OPEN_QUOTES.has(w)) {
        open = true;
        continue;
      }
      if (CLOSE_QUOTES.has(w)) {
        open = false;
        continue;
      }
      if (open) inQuote[i] = 1;
    }
  }
  return inQuote;
}

/** True for a form of "be" or "get" (wink-nlp lemmatises "being" as "being"): the passive auxiliaries. */
function beOrGet(doc: Doc, k: number): boolean {
  const lemma = doc.lemmas[k];
  return lemma === 'be' || lemma === 'get' || doc.lower[k] === 'being' || doc.lower[k] === 'getting';
}

/**
 * Verbs whose past participle is their base form, so wink-nlp's lemma cannot tell "was hit" from "was to hit": after
 * "be" or "get" with no "to" between they are passive ("Lufthansa was hit by weak demand": the firm is hit, it
 * attacks no one; a BBC business story of 2005 was coded DEUBUS -> IRQ 180).
 */
const INVARIANT_PARTICIPLES: ReadonlySet<string> = new Set(['hit', 'cut', 'put', 'set', 'hurt', 'shut', 'spread', 'cast', 'burst', 'let', 'quit', 'upset', 'split', 'shed', 'bid']);

/** Auxiliaries and adverbs right before a verb: negation, modality, passive voice. */
export function verbContext(doc: Doc, t: number, sentenceFirst: number) {
  let negated = false;
  let hypothetical = false;
  let future = false;
  let passive = false;
  let k = t - 1;
  let steps = 0;
  // a participle form: not the lemma, or a verb whose participle is its base form with no "to" before it
  let toSeen = false;
  const participle = doc.lower[t] !== doc.lemmas[t] || INVARIANT_PARTICIPLES.has(doc.lower[t]);
  while (k >= sentenceFirst && steps < 4) {
    const w = doc.lower[k];
    const pos = doc.pos[k];
    if (NEGATORS.has(w)) negated = true;
    else if (HYPOTHETICAL.has(w)) hypothetical = true;
    else if (FUTURE.has(w)) future = true;
    else if (pos === 'AUX' || (pos === 'VERB' && beOrGet(doc, k))) {
      const form = doc.lower[t] !== doc.lemmas[t] || (participle && !toSeen);
      if (beOrGet(doc, k) && form && !doc.lower[t].endsWith('ing') && !stative(doc, t)) passive = true;
    } else if (pos !== 'ADV' && pos !== 'PART') break;
    if (w === 'to') toSeen = true;
    k--;
    steps++;
  }
  // "had no plans to give in to U.S. demands": an intent denied (negated-intent.ts)
  if (!negated && negatedIntent(doc, t, sentenceFirst)) negated = true;
  // "in case they need to help evacuate…", "don't want people thinking that soldiers beat up…": not done (unreal-clause.ts)
  if (!hypothetical && inUnrealClause(doc, t, sentenceFirst)) hypothetical = true;
  // reduced passive relative: "remarks released by the ministry"
  const w = doc.lower[t];
  if (!passive && byAgent(doc, t) && w !== doc.lemmas[t] && (w.endsWith('ed') || w.endsWith('en'))) passive = true;
  // and without an agent, right after the noun it describes: "six marines accused of raping a woman"
  if (!passive && t > sentenceFirst && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && REDUCED_PASSIVE_PREP.get(w) === doc.lower[t + 1]) passive = true;
  // and a participle of a verb that needs an object, with none before its place ("British troops killed in Iraq",
  // "Tim Spicer, freed in Papua New Guinea", "a militant arrested recently in Pakistan")
  if (!passive && placedParticiple(doc, t, sentenceFirst)) passive = true;
  // and in an apposition, "X, the opposition leader killed in Iran last week": X was killed, X killed no one
  if (!passive && appositionParticiple(doc, t, sentenceFirst)) passive = true;
  // and a participle coordinated with a passive one: "was shot and killed by X"
  if (!passive && coordinatedPassive(doc, t, sentenceFirst)) passive = true;
  // and a participle whose "be" was left out after a passive clause: "one guard was killed and 30 people wounded"
  if (!passive && gappedPassive(doc, t, sentenceFirst)) passive = true;
  return { negated, hypothetical, future, passive };
}

/**
 * Participles that, right after a noun and before this preposition, can only be a passive describing the noun
 * ("marines accused of rape", "a man suspected of spying", "officials charged with fraud"): the noun is who
 * is accused, not who accuses. Kept to verbs with no active reading before the preposition ("warned of" is
 * active: "officials warned of a crisis").
 */
const REDUCED_PASSIVE_PREP: ReadonlyMap<string, string> = new Map([
  ['accused', 'of'], ['suspected', 'of'], ['convicted', 'of'], ['acquitted', 'of'], ['cleared', 'of'], ['stripped', 'of'],
  ['charged', 'with'], ['indicted', 'on'], ['sentenced', 'to'],
  // "six Roma Czechs refused entry to Britain" were refused it (a hand check of BBC politics coded CZE -> GBR 120)
  ['refused', 'entry'], ['denied', 'entry'],
  // "the four Britons freed from US custody" were freed by the US (BBC politics 2005 coded GBR -> USA 0841, reversed)
  ['freed', 'from'], ['released', 'from'],
]);

/**
 * Past participles of verbs that take an object whenever they are active (no "X killed in Iraq" with X the killer):
 * right before a place or time preposition, with no object between, they can only be passive.
 */
const OBJECT_NEEDING_PARTICIPLES: ReadonlySet<string> = new Set([
  'killed', 'slain', 'murdered', 'assassinated', 'executed', 'wounded', 'injured', 'arrested', 'detained', 'jailed', 'imprisoned',
  'captured', 'abducted', 'kidnapped', 'freed', 'released', 'exiled', 'deported', 'expelled', 'destroyed', 'abandoned', 'seized',
]);

// prepositions of place and time that may follow such a participle ("killed in Iraq", "arrested at the border")
const PLACE_TIME_PREPS: ReadonlySet<string> = new Set(['in', 'inside', 'at', 'near', 'on', 'during', 'outside']);

/**
 * True for a past participle of {@link OBJECT_NEEDING_PARTICIPLES} describing the noun or name right before it (or
 * after that noun's comma), with only adverbs between it and a place or time preposition ("the number of British
 * troops killed in Iraq", "Tim Spicer, freed in Papua New Guinea on the eve of his trial", "a militant arrested
 * recently in Pakistan", "Meshaal, now exiled in Damascus"): a reduced passive relative whose noun is the one acted on.
 * A hand check of place targets (TempEval-3, re3d) found 8 of 47 place targets on such participles, all with the
 * victim coded as the actor ("troops killed in Iraq" as GBRMIL -> IRQ 190). Not after an auxiliary ("has killed in
 * …"), nor in a relative clause whose pronoun is the object ("the weapons that Israel destroyed in Lebanon").
 * @param doc the parsed article
 * @param t the trigger token
 * @param first the sentence's first token
 */
function placedParticiple(doc: Doc, t: number, first: number): boolean {
  if (!OBJECT_NEEDING_PARTICIPLES.has(doc.lower[t])) return false;
  let j = t + 1;
  while (j < doc.tokenCount && doc.pos[j] === 'ADV') j++;
  if (j >= doc.tokenCount || !PLACE_TIME_PREPS.has(doc.lower[j])) return false;
  // "police arrested in Jakarta two journalists": an object after the place phrase makes the verb active
  let o = j + 1;
  while (o < doc.tokenCount && (doc.pos[o] === 'DET' || doc.pos[o] === 'ADJ')) o++;
  while (o < doc.tokenCount && (doc.pos[o] === 'PROPN' || doc.pos[o] === 'NOUN')) o++;
  if (o < doc.tokenCount && (doc.pos[o] === 'NUM' || doc.pos[o] === 'DET' || doc.pos[o] === 'PRON')) return false;
  let k = t - 1;
  while (k > first && doc.pos[k] === 'ADV') k--;
  // "Tim Spicer, freed in …", "Meshaal, now exiled in …": the name before the comma
  if (doc.lower[k] === ',' && k > first) k--;
  // (a noun the tagger reads as an adjective after a determiner or a name: "an Islamic militant arrested …")
  const nounish = doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || (doc.pos[k] === 'ADJ' && k > first && (doc.pos[k - 1] === 'DET' || doc.pos[k - 1] === 'PROPN'));
  if (k < first || !nounish) return false;
  // "the weapons that Israel destroyed in Lebanon": a relative clause's subject before its active verb
  let n = k;
  while (n > first && (doc.pos[n - 1] === 'NOUN' || doc.pos[n - 1] === 'PROPN' || doc.pos[n - 1] === 'ADJ' || doc.pos[n - 1] === 'DET' || doc.pos[n - 1] === 'NUM')) n--;
  return !(n > first && RELATIVE_WORDS.has(doc.lower[n - 1]));
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'whom', 'who', 'where']);

// words that may follow a participle describing the noun before it: a preposition, an adverb or a time word ("killed
// in Iran", "shot dead", "killed last week"), not a comma or an object ("X, the army said, …", "X, the rebels attacked
// the town")
const AFTER_DESCRIBING_PARTICIPLE: ReadonlySet<string> = new Set(['ADP', 'ADV', 'ADJ']);

/**
 * True for a past participle closing an apposition opened by a comma and a determiner after a name, right after its noun, with a comma closing it ("Ali
 * Karimi, the opposition leader killed in Iran last week, …", "…, a reporter detained in Minsk"): a reduced passive
 * relative, whose noun is the one acted on. Hand checks coded the named person's side attacking the place (FRAOPP ->
 * IRN 180). Not "X, the army said, …" (a comma after the verb), a verb with an object after it, nor the comma of a
 * fronted phrase ("Meanwhile, a mission arrived …", "On Monday, the army struck in …, killing", "In Tehran, …").
 * @param doc the parsed article
 * @param t the trigger token
 * @param first the sentence's first token
 */
function appositionParticiple(doc: Doc, t: number, first: number): boolean {
  return appositionComma(doc, t, first) >= 0;
}

/**
 * The comma opening the apposition whose closing past participle is at `t` (see {@link appositionParticiple}): the
 * phrase before that comma is the one the participle describes ("Ali Karimi" in "Ali Karimi, the opposition leader
 * killed by …"); −1 when `t` is no such participle.
 * @param doc the parsed article
 * @param t the trigger token
 * @param first the sentence's first token
 * @returns the comma's token index, or −1
 */
export function appositionComma(doc: Doc, t: number, first: number): number {
  const w = doc.lower[t];
  if (w === doc.lemmas[t] || w.endsWith('ing') || t + 1 >= doc.tokenCount || !AFTER_DESCRIBING_PARTICIPLE.has(doc.pos[t + 1])) return -1;
  let k = t - 1;
  if (k <= first || doc.pos[k] !== 'NOUN') return -1;
  while (k > first && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) k--;
  // a name before the comma ("Meanwhile, a mission arrived", "Last week, a delegation met": a fronted adverbial's comma)
  if (doc.pos[k] !== 'DET' || k - 2 < first || doc.lower[k - 1] !== ',' || doc.pos[k - 2] !== 'PROPN' || isCalendarName(doc.lower[k - 2])) return -1;
  // (not a place of a fronted phrase: "In Tehran, the army attacked in …")
  let n = k - 2;
  while (n > first && doc.pos[n - 1] === 'PROPN') n--;
  if (n > first && doc.pos[n - 1] === 'ADP' && doc.lower[n - 1] !== 'of') return -1;
  // and a comma closing the apposition before any other verb ("…, the leader killed in Iran last week, had warned")
  for (let j = t + 1; j < doc.tokenCount; j++) {
    if (doc.lower[j] === ',') return k - 1;
    if (doc.pos[j] === 'VERB' || doc.pos[j] === 'AUX' || doc.lower[j] === '.' || doc.lower[j] === ';') return -1;
  }
  return -1;
}

// tags that open an object right after a verb
const OBJECT_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NUM', 'PRON', 'NOUN']);

/**
 * True for a participle coordinated right after a passive one ("was shot and killed by militiamen", "were beaten and
 * detained"): it shares the passive voice and the subject. Found in the last hand checks, where such a killing had no
 * event at all (the agent after the second participle went unread).
 * @param doc the parsed article
 * @param t the trigger token (the second participle)
 * @param first the sentence's first token
 */
function coordinatedPassive(doc: Doc, t: number, first: number): boolean {
  const w = doc.lower[t];
  if (w === doc.lemmas[t] || w.endsWith('ing') || t - 3 < first || (doc.lower[t - 1] !== 'and' && doc.lower[t - 1] !== 'or')) return false;
  const j = t - 2;
  if (doc.pos[j] !== 'VERB' || doc.lower[j].endsWith('ing') || !(doc.lower[j] !== doc.lemmas[j] || INVARIANT_PARTICIPLES.has(doc.lower[j]))) return false;
  // an object after it makes it active ("was arrested and accused the police …"), and a passive relative clause lends
  // its voice to no verb after it ("a bombing in which four Iraqis were killed and called on …", passive-relative.ts)
  if (t + 1 < doc.tokenCount && OBJECT_OPENING_POS.has(doc.pos[t + 1]) && !isCalendarName(doc.lower[t + 1])) return false;
  if (passiveRelativeVerb(doc, j, first)) return false;
  let k = j - 1;
  while (k > first && doc.pos[k] === 'ADV') k--;
  return beOrGet(doc, k) && !stative(doc, j);
}

// tags that may follow a participle whose "be" was left out: the clause ends or a phrase of place, time or agent opens
const GAPPED_END_POS: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ']);

// tags of a noun phrase between "and" and a participle whose "be" was left out ("and 30 other people wounded")
const GAPPED_SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * True for a past participle that shares the "be" of a passive clause before it, with a subject of its own between
 * ("a guard was killed and 30 other people wounded", "two soldiers were killed and four soldiers injured in a clash"):
 * the phrase before it is acted on, no agent. A hand check had such phrases as the source of a killing (TURMIL ->
 * the other side of the clash). Only where the clause ends or a preposition follows (not with an object after it, "were
 * killed and troops shelled several towns", "arrested about 30 suspects"), nor after a
 * clause that is not passive ("troops killed two and police wounded four" reads as active).
 * @param doc the parsed article
 * @param t the trigger token
 * @param first the sentence's first token
 */
function gappedPassive(doc: Doc, t: number, first: number): boolean {
  const w = doc.lower[t];
  if (w === doc.lemmas[t] || w.endsWith('ing') || t - 4 < first) return false;
  // only a participle the clause ends at or a preposition follows: an object may open with an adjective or adverb
  // ("and troops shelled several towns", "arrested about 30 suspects"), which makes the verb active
  if (t + 1 < doc.tokenCount && !GAPPED_END_POS.has(doc.pos[t + 1]) && !isCalendarName(doc.lower[t + 1])) return false;
  let k = t - 1;
  if (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN') return false;
  while (k > first && GAPPED_SUBJECT_POS.has(doc.pos[k])) k--;
  if (doc.lower[k] !== 'and' || k - 2 < first) return false;
  const j = k - 1;
  if (doc.pos[j] !== 'VERB' || doc.lower[j].endsWith('ing') || !(doc.lower[j] !== doc.lemmas[j] || INVARIANT_PARTICIPLES.has(doc.lower[j]))) return false;
  let b = j - 1;
  while (b > first && doc.pos[b] === 'ADV') b--;
  return beOrGet(doc, b) && !stative(doc, j);
}

// participles that describe a state with "to", not a passive act: "is opposed to", "is committed to"
const STATIVE_TO = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'determined', 'resolved', 'prepared', 'inclined', 'entitled', 'accustomed', 'used']);

/** True for "be opposed to", "be committed to": an adjectival participle whose subject holds the stance. */
function stative(doc: Doc, t: number): boolean {
  return STATIVE_TO.has(doc.lower[t]) && doc.lower[t + 1] === 'to';
}

/** True when "by" after the verb introduces an agent, not a measure ("cut by 10 percent", "shortened by one hour"). */
function byAgent(doc: Doc, t: number): boolean {
  return doc.lower[t + 1] === 'by' && doc.pos[t + 2] !== 'NUM' && !/^(?:one|two|three|half|a|an|about|some|nearly|almost|more|less|up)$/.test(doc.lower[t + 2] ?? '');
}

const ATTRIBUTIVE_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', "'s", '’s']);

const AUXILIARY_LEMMAS = new Set(['be', 'get', 'have', 'do', 'become', 'seem', 'remain', 'say']);

const GERUND_PREPS = new Set(['of', 'for', 'by', 'after', 'before', 'without', 'with', 'from', 'in', 'about', 'against', 'on']);

/**
 * True for verb forms that are not predicates: attributive participles ("the occupied West Bank",
 * "Jordan's visiting King", "from frozen facilities") and gerunds after a preposition ("suspected of
 * blowing up a plane", "charged with supporting dissidents").
 */
export function attributive(doc: Doc, i: number, first: number, end: number): boolean {
  const w = doc.lower[i];
  const participle = w !== doc.lemmas[i] && (w.endsWith('ed') || w.endsWith('en') || w.endsWith('ing'));
  if (!participle || i === first) return false;
  const prev = doc.lower[i - 1];
  const next = i + 1 < end ? doc.pos[i + 1] : '';
  // ("Chrysler's proposed 1.5 billion dlr takeover": a number may open the noun phrase)
  const nounNext = next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || (next === 'NUM' && ATTRIBUTIVE_BEFORE.has(prev));
  if (ATTRIBUTIVE_BEFORE.has(prev) && nounNext) return true;
  // "most of the arrested were members of …", "the wounded are in hospital": a past participle after "the" with no noun
  // after it names the people acted on; it is no verb and has no subject (its own clause's subject is not its agent)
  if (prev === 'the' && !w.endsWith('ing') && !nounNext && next !== 'DET' && next !== 'PRON') return true;
  // "has shelved threatened legal action": a participle right after another full verb modifies the noun after it
  // (found in a hand check of Reuters-21578, reut2-015: coded as a threat of force, 138)
  if (w.endsWith('ed') && doc.pos[i - 1] === 'VERB' && !AUXILIARY_LEMMAS.has(doc.lemmas[i - 1]) && (next === 'NOUN' || next === 'ADJ')) return true;
  if (doc.pos[i - 1] === 'ADP' && !w.endsWith('ing') && nounNext) return true;
  if (w.endsWith('ing') && GERUND_PREPS.has(prev) && doc.pos[i - 1] === 'ADP') return true;
  // "Tang Jiaxuan and visiting Romanian Foreign Minister …", "met with visiting Chinese Premier …": the news idiom
  if (w === 'visiting' && (next === 'PROPN' || next === 'ADJ') && (prev === 'and' || prev === 'or' || prev === ',' || prev === 'with')) return true;
  return false;
}

/** Main clause, or a participle/relative clause ("…, killing 20", "demonstrators demanding…", "which aims to…"). */
export function clauseKind(doc: Doc, t: number, first: number): 'main' | 'participle' | 'relative' {
  const w = doc.lower[t];
  if (byAgent(doc, t) && w !== doc.lemmas[t] && (w.endsWith('ed') || w.endsWith('en')) && !coordinatedPassive(doc, t, first)) {
    let k = t - 1;
    while (k >= first && doc.pos[k] === 'ADV') k--;
    if (k >= first && doc.pos[k] !== 'AUX' && !(doc.lemmas[k] === 'be' || doc.lemmas[k] === 'get')) return 'relative';
  }
  if (w.endsWith('ing') && w !== doc.lemmas[t]) {
    let k = t - 1;
    while (k >= first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'PART')) k--;
    if (k < first || !(doc.lemmas[k] === 'be' && (doc.pos[k] === 'AUX' || doc.pos[k] === 'VERB'))) return 'participle';
  }
  // "will return weapons and equipment seized last year from peacekeepers": a participle modifying an object
  if (reducedRelative(doc, t, first, true)) return 'relative';
  for (let k = t - 1; k >= Math.max(first, t - 3); k--) {
    const x = doc.lower[k];
    if (x === 'which' || x === 'who' || (x === 'that' && doc.pos[k] === 'PRON')) return 'relative';
    if (doc.pos[k] !== 'ADV' && doc.pos[k] !== 'AUX' && doc.pos[k] !== 'PART') break;
  }
  // an adverbial clause: "after two of their vehicles were hit", "because rebels attacked…"
  for (let k = t - 1; k >= first; k--) {
    const x = doc.lower[k];
    if (SUBORDINATORS.has(x) && k + 1 < t && doc.pos[k + 1] !== 'VERB') return 'relative';
    if (doc.pos[k] === 'VERB' || x === ',' || x === ';') break;
  }
  return 'main';
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'since', 'because', 'while', 'although', 'though', 'unless', 'if', 'until', 'whereas', 'once']);

/**
 * Drops the actor phrases of a wire dateline at the start of a sentence ("BELFAST, Northern Ireland (AP)_",
 * "WASHINGTON (Reuters) --"): place and agency are not actors of the story's first event.
 */
export function withoutDateline(doc: Doc, sentence: Sentence, chunks: ActorChunk[]): ActorChunk[] {
  const end = datelineEnd(doc, sentence);
  if (end < 0) return chunks;
  const out: ActorChunk[] = [];
  for (const c of chunks) {
    if (c.first >= end) out.push(c);
    else if (c.end > end) {
      // "GENEVA, March 4 - The United States…": one phrase across the dash keeps the heads after it
      const heads = c.heads.filter((h) => h.firstToken >= end);
      // one literal with the keys of actor-chunks.ts, not a spread (V8 gives a spread copy a hidden class of its own)
      if (heads.length > 0) out.push({ first: Math.max(end, heads[0].firstToken), end: c.end, heads, prep: null, possessive: c.possessive });
    }
  }
  return out;
}

/**
 * The first token after the wire dateline that opens a sentence ("WASHINGTON (Reuters) --", "BELFAST, Northern
 * Ireland (AP)_", "LONDON, March 1 -"), or −1 when there is none: the dateline the NLP layer found for the
 * sentence's paragraph (`doc.datelines`, nlp/dateline.ts). Its place and agency are no actors: found in a review
 * of Reuters-21578 stories, where the dateline city became the source of the story's first event.
 * @param doc the parsed article
 * @param sentence the sentence to look at
 * @returns the token index right after the dateline's dash (it may lie past the sentence, when the tagger split
 *   the dateline: "LA CROSSE, Wis. | (AP) —"), or −1
 */
export function datelineEnd(doc: Doc, sentence: Sentence): number {
  return datelineAtToken(doc, sentence.firstToken)?.endToken ?? -1;
}

/** True when "would" or "will" stands among the few words before the trigger. */
export function wouldBefore(doc: Doc, t: number, first: number): boolean {
  for (let k = t - 1; k >= Math.max(first, t - 4); k--) if (doc.lower[k] === 'would' || doc.lower[k] === 'will' || doc.lower[k] === 'wo') return true;
  return false;
}

/** True for an -ing verb right after a comma ("…, killing one person"). */
export function participleAfterComma(doc: Doc, t: number, first: number): boolean {
  const w = doc.lower[t];
  if (!w.endsWith('ing') || w === doc.lemmas[t]) return false;
  let k = t - 1;
  while (k >= first && doc.pos[k] === 'ADV') k--;
  return k >= first && doc.lower[k] === ',';
}

/** True when the clause after the trigger sets a condition ("unless", "if"). */
export function conditional(doc: Doc, t: number, end: number): boolean {
  for (let k = t + 1; k < end; k++) {
    const x = doc.lower[k];
    if (x === 'unless' || x === 'if') return true;
    if (x === ';') return false;
  }
  return false;
}

/**
 * Base-form candidates of an inflected verb, for words the tagger lemmatises wrongly ("staged" → "stag"):
 * staged → stage, stag; voted → vote, vot; staging → stage, stag; stages → stage, stag.
 */
export function baseForms(w: string): string[] {
  if (w.endsWith('ing') && w.length > 5) return [w.slice(0, -3) + 'e', w.slice(0, -3)];
  if (w.endsWith('ied') && w.length > 4) return [w.slice(0, -3) + 'y'];
  if (w.endsWith('ed') && w.length > 4) return [w.slice(0, -1), w.slice(0, -2)];
  if (w.endsWith('es') && w.length > 4) return [w.slice(0, -1), w.slice(0, -2)];
  if (w.endsWith('s') && w.length > 3) return [w.slice(0, -1)];
  return [];
}

/** Rules for a surface form: the form itself, then its base-form candidates. */
export function lookupInflected(index: ReadonlyMap<string, readonly CompiledRule[]>, w: string): readonly CompiledRule[] | undefined {
  const direct = index.get(w);
  if (direct) return direct;
  for (const b of baseForms(w)) {
    const r = index.get(b);
    if (r) return r;
  }
  return undefined;
}

/** The verb governing a noun phrase that ends at `t` ("staged mass demonstrations" → staged), or −1. */
export function governingVerb(doc: Doc, t: number): number {
  for (let k = t - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const pos = doc.pos[k];
    if (pos === 'VERB' && !(k > 0 && doc.lower[k - 1] === '-')) return k;
    if (pos === 'VERB' || pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || doc.lower[k] === '-') continue;
    return -1;
  }
  return -1;
}

/** Adverbs saying that the subjects act as one ("fight the rebels together", "jointly attacked"). */
const JOINT_ADVERBS: ReadonlySet<string> = new Set(['together', 'jointly']);

/** Words that end the trigger's clause for {@link MarkersAfter}`.jointly`. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', 'but', 'while', 'whereas', 'although', 'which', 'who']);

/** The marker words after a trigger, found by {@link markersAfter}. */
export interface MarkersAfter {
  /** A joint adverb ("together", "jointly") in the trigger's clause: before the first comma, semicolon, colon, "but", "while", "whereas", "although", "which" or "who". */
  readonly jointly: boolean;
  /** A reciprocal marker anywhere after the trigger ("each other", "their relationship", "bilateral ties"). */
  readonly reciprocal: boolean;
}

/**
 * The marker words among the tokens `[from, end)` (the rest of the trigger's sentence), in one scan that stops once
 * both answers are known.
 * @param doc the Doc; `from` the token after the trigger, `end` the sentence's end token (exclusive)
 * @returns {@link MarkersAfter}
 */
export function markersAfter(doc: Doc, from: number, end: number): MarkersAfter {
  let jointly = false;
  let reciprocal = false;
  let inClause = true;
  for (let k = from; k < end; k++) {
    const w = doc.lower[k];
    if (inClause) {
      if (CLAUSE_ENDS.has(w)) inClause = false;
      else if (JOINT_ADVERBS.has(w)) jointly = true;
    }
    if (!reciprocal) reciprocal = RECIPROCAL_MARKERS.has(w);
    if (reciprocal && (jointly || !inClause)) break;
  }
  return { jointly, reciprocal };
}

const COORDINATORS = new Set(['and', 'but', 'or', 'then']);

/**
 * The verb whose subject a coordinated verb shares: in "The ministry condemned the raid and promised aid to the
 * villages" the subject of "promised" is the subject of "condemned". When the trigger follows "and"/"but"/"or"/
 * "then" directly (adverbs and auxiliaries aside: "and later withdrew", "and has promised"), this is the nearest
 * earlier predicate verb of the sentence (attributive participles such as "the affected villages" are skipped, and
 * for an active trigger the participle of a passive relative clause: "a bombing in which four people were killed and
 * called on …", see passive-relative.ts), itself followed back through further coordinations; otherwise the trigger.
 * @param doc the Doc
 * @param t trigger token
 * @param first the sentence's first token
 * @returns a token index ≤ t
 */
export function sharedSubjectVerb(doc: Doc, t: number, first: number): number {
  let v = t;
  for (let hops = 0; hops < 3; hops++) {
    let k = v - 1;
    let active = true;
    while (k > first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX' || (doc.pos[k] === 'PART' && doc.lower[k] !== 'to'))) {
      if (doc.pos[k] === 'AUX' && beOrGet(doc, k)) active = false;
      k--;
    }
    if (k <= first || !COORDINATORS.has(doc.lower[k])) return v;
    let prev = -1;
    for (let j = k - 1; j >= first && prev < 0; j--) {
      const w = doc.lower[j];
      if (w === ';' || w === ':') break;
      if (doc.pos[j] !== 'VERB' || doc.lemmas[j] === 'be') continue;
      if (attributive(doc, j, first, t) || (j > first && ATTRIBUTIVE_BEFORE.has(doc.lower[j - 1]))) continue;
      if (reducedRelative(doc, j, first) || clauseKind(doc, j, first) === 'participle') continue;
      // "condemned a bombing in which four Iraqis were killed and called on …": an active verb does not share the
      // subject of a passive relative clause before it (passive-relative.ts)
      if (active && hops === 0 && passiveRelativeVerb(doc, j, first)) continue;
      // "doubted whether any plan X could adopt would work, and said …": an inflected verb is not coordinated with a
      // bare verb after a modal or "to" (English coordinates like forms), so it shares the subject of the verb before
      if (hops === 0 && inflected(doc, t) && bareAfterModal(doc, j, first)) continue;
      prev = j;
    }
    if (prev < 0) return v;
    v = prev;
  }
  return v;
}

const MODAL_WORDS = new Set(['will', 'would', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', 'to']);

/** True for a verb in an inflected form, past or third person ("said", "says"), not bare and not an -ing form. */
function inflected(doc: Doc, t: number): boolean {
  const w = doc.lower[t];
  return w !== doc.lemmas[t] && !w.endsWith('ing');
}

/** True for a bare verb right after a modal or "to" (adverbs between): "could adopt", "to reduce", "will soon meet". */
function bareAfterModal(doc: Doc, j: number, first: number): boolean {
  if (doc.lower[j] !== doc.lemmas[j]) return false;
  let k = j - 1;
  while (k > first && doc.pos[k] === 'ADV') k--;
  return k >= first && MODAL_WORDS.has(doc.lower[k]);
}

/**
 * True for a past participle that modifies the noun phrase before it ("refugees ordered out of Nigeria",
 * "weapons seized last year"): no auxiliary before it, and that phrase is itself introduced by a preposition
 * or follows a verb (an object, not a subject); with `objectOnly`, only a phrase (or a list of phrases) right
 * after a verb counts ("will return weapons and equipment seized last year").
 */
function reducedRelative(doc: Doc, j: number, first: number, objectOnly = false): boolean {
  const w = doc.lower[j];
  if (w === doc.lemmas[j] || w.endsWith('ing')) return false;
  let k = j - 1;
  if (k < first || (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN')) return false;
  while (k >= first && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'DET' || doc.pos[k] === 'NUM' || (objectOnly && doc.lower[k] === 'and') || (doc.pos[k] === 'ADV' && doc.pos[k + 1] !== 'VERB'))) k--;
  // (a capitalised "verb" inside a name is a tagging error: "President Prosper Avril declared")
  if (objectOnly) return k >= first && doc.pos[k] === 'VERB' && !/^\p{Lu}/u.test(doc.text.slice(doc.starts[k], doc.ends[k]));
  // "after President Gbagbo broke an 18-month ceasefire": a verb with a direct object is a clause's predicate, not a
  // participle describing the phrase ("talks held in Geneva"); found in a review of BBC politics (2005): the subject of
  // "…and killing nine French soldiers" was taken from the main clause ("France has played…"), FRA -> FRAMIL 190
  if (takesDirectObject(doc, j)) return false;
  return k >= first && (doc.pos[k] === 'ADP' || doc.pos[k] === 'VERB' || doc.pos[k] === 'PART');
}

// conjunctions the tagger reads as prepositions: the phrase after them is a clause's subject ("after X broke …")
const CONJUNCTION_PREPS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'as', 'because', 'while', 'when', 'if', 'that', 'than']);

/**
 * True for a past participle describing a noun phrase that a preposition introduces ("a package of measures agreed
 * with the US", "the tally of migrants let into Spain"): the participle is passive in meaning, so the subject of
 * the sentence's main verb is not its agent (only a "by" phrase is, see passiveRoles). The chain of phrases must hang
 * off a predicate that takes no clause ("is part of a package of …"): after a sentence start, a comma or a verb of
 * saying ("ministers of the member states agreed", "said officials of the bank agreed") it may end a subject, and
 * after a conjunction tagged as a preposition it opens a clause ("after the army seized …"). Only -ed/-en forms count
 * (irregular pasts such as "took" are finite).
 * @param doc the Doc
 * @param t the participle's token
 * @param first the sentence's first token
 */
export function participleOfPrepObject(doc: Doc, t: number, first: number): boolean {
  const w = doc.lower[t];
  if (w === doc.lemmas[t] || !(w.endsWith('ed') || w.endsWith('en')) || doc.lower[t + 1] === 'by') return false;
  let k = t - 1;
  if (k < first || (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN')) return false;
  while (k >= first && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'DET' || doc.pos[k] === 'NUM')) k--;
  if (k < first || doc.pos[k] !== 'ADP' || CONJUNCTION_PREPS.has(doc.lower[k])) return false;
  // "foreign ministers of the member states agreed", "said officials of the bank agreed": the prepositional phrase
  // may end the subject; the chain of phrases must hang off a predicate ("is part of a package of measures agreed")
  while (k >= first && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'DET' || doc.pos[k] === 'NUM' || (doc.pos[k] === 'ADP' && !CONJUNCTION_PREPS.has(doc.lower[k])))) k--;
  if (k < first || (doc.pos[k] !== 'VERB' && doc.pos[k] !== 'AUX') || CLAUSE_TAKING.has(doc.lemmas[k])) return false;
  // "Under a contract signed in May the Saudis agreed …": a predicate that is itself a participle after a noun belongs
  // to a fronted phrase, and the phrase after it may be the main clause's subject
  if (doc.pos[k] === 'VERB' && k > first && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN')) return false;
  return !takesDirectObject(doc, t);
}

// verbs whose object may be a clause with its own subject ("said officials of the bank agreed …")
const CLAUSE_TAKING = new Set(['say', 'tell', 'think', 'believe', 'fear', 'expect', 'hope', 'report', 'announce', 'claim', 'argue', 'insist', 'suggest', 'know', 'show', 'note', 'warn', 'add', 'confirm', 'deny', 'feel', 'hear', 'learn', 'mean', 'reveal', 'find', 'see', 'assume', 'suspect', 'predict', 'estimate', 'state', 'acknowledge', 'admit', 'agree', 'understand', 'indicate', 'ensure']);

// verbs whose passive keeps an object ("officials given the task", "Britons denied entry", "a man sent a letter")
const DITRANSITIVE = new Set(['give', 'hand', 'grant', 'offer', 'award', 'deny', 'send', 'show', 'tell', 'ask', 'promise', 'allow', 'refuse', 'pay', 'lend', 'owe', 'assign', 'charge', 'teach', 'leave', 'name', 'elect', 'appoint', 'call', 'make', 'consider']);

// nouns of time that follow a participle without being its object ("seized the day before", "held this week")
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'hour', 'hours', 'decade', 'century', 'summer', 'winter', 'spring', 'autumn']);

/** True when a determiner, number or possessive right after the verb at `j` opens a noun phrase that is not a time. */
function takesDirectObject(doc: Doc, j: number): boolean {
  if (DITRANSITIVE.has(doc.lemmas[j])) return false;
  const next = j + 1;
  if (next >= doc.tokenCount || !(doc.pos[next] === 'DET' || doc.pos[next] === 'NUM' || (doc.pos[next] === 'PRON' && /^(?:its|their|his|her|our)$/.test(doc.lower[next])))) return false;
  const nounish = (k: number) => k < doc.tokenCount && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN');
  for (let k = next + 1; k < Math.min(doc.tokenCount, next + 6); k++) {
    if (nounish(k)) {
      // the head is the phrase's last noun ("a two-year truce": truce, not year)
      let head = k;
      while (nounish(head + 1) || (doc.lower[head + 1] === '-' && nounish(head + 2))) head += doc.lower[head + 1] === '-' ? 2 : 1;
      return !TIME_NOUNS.has(doc.lower[head]);
    }
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'ADP' || (doc.pos[k] === 'PUNCT' && doc.lower[k] !== '-')) return false;
  }
  return false;
}

/**
 * Entities named only in wire datelines ("LONDON, March 1 -"): the place a story was filed from. A pronoun the
 * coreference layer resolved to one of them ("Iran said its forces…" → London) names no actor of the story.
 * @param doc the parsed article
 * @param entities the entities layer (mentions with character offsets and kinds)
 * @returns the ids of entities whose every name mention lies inside a dateline
 */
export function datelineOnlyEntities(doc: Doc, entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  if (doc.datelines.length === 0) return out;
  const inDateline = (start: number) => doc.datelines.some((d) => start >= d.start && start < d.end);
  for (const ent of entities) {
    let named = 0;
    let inside = 0;
    for (const m of ent.mentions) {
      if (m.kind === 'pronoun') continue;
      named++;
      if (inDateline(m.start)) inside++;
    }
    if (named > 0 && inside === named) out.add(ent.id);
  }
  return out;
}
