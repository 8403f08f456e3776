import { WEEKDAY_NAMES } from '../../nlp/calendar-words.js';
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';
import { COMPASS, POSSESSIVE_MARKS } from './actor-chunks.js';
import { actNounOfPhrase } from './act-victim.js';
import { placePhraseOpener } from './place-phrase.js';
import { isTimeNoun } from './joint-subject.js';
import type { Slot } from './verb-lexicon.js';
import { INVERTED_REPORTING } from './statement-actors.js';

/** Where a slot search found an actor phrase: the phrase and the slot that found it. */
export interface SlotHit {
  readonly chunk: ActorChunk;
  readonly slot: Slot;
}

// "the leaders of China and Japan met"; "noted that Gondor and Rohan have delayed…": the subject of a that-clause
const SUBJECT_PREPS = new Set(['of', 'that']);
// conjunctions tagged as prepositions that open a clause with its own subject ("after X broke", "before Y voted")
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'once']);
const CLAUSE_WORDS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'because', 'which', 'who', 'whom']);

/** Phrases introduced by these are agents, sources or places, not what a statement is about. */
export const ANY_SKIP_PREPS: ReadonlySet<string> = new Set(['by', 'from', 'in', 'at', 'near', 'inside', 'outside']);

/** True when `from`…`prepAt` is one noun phrase followed by the preposition of the phrase at `first`. */
function singleNounPhrase(doc: Doc, from: number, first: number): boolean {
  let k = first - 1;
  while (k >= from && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) k--;
  if (k < from || (doc.lower[k] !== 'by' && doc.lower[k] !== 'of')) return false;
  let sawNoun = false;
  for (let j = from; j < k; j++) {
    const pos = doc.pos[j];
    if (pos === 'NOUN') sawNoun = true;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PROPN' && doc.lower[j] !== '-') return false;
  }
  return sawNoun;
}

/**
 * Participles of the statement verbs (data/events/verbs.yaml, say.statement) that open a statement of their own after
 * the trigger's clause ("will plead for tolerance between faiths, arguing that Jains and Parsis …"): that statement is coded
 * with what it is about as its target, which is not the trigger's target. Other participles ("he said, claiming Mr
 * Howard …") go on with the trigger's own content.
 */
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'stating', 'declaring', 'announcing', 'remarking', 'asserting', 'stressing', 'insisting', 'reiterating', 'concluding', 'adding', 'telling', 'arguing',
]);

/** True when a reporting participle ({@link REPORTING_PARTICIPLES}) lies between `from` and `to`. */
function reportingParticipleBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.pos[k] === 'VERB' && REPORTING_PARTICIPLES.has(doc.lower[k])) return true;
  return false;
}

/** Verbs whose phrase right after them is whom something is said to ("told Washington that …"). */
const ADDRESSING_LEMMAS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'notify']);

/** A word of a title or description before a name: a determiner, an adjective, a number or a capitalised word. */
const titleWord = (doc: Doc, k: number): boolean =>
  doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.pos[k] === 'PROPN' || /^\p{Lu}/u.test(doc.text[doc.starts[k]] ?? '');

/**
 * True when the phrase at `first` is the addressee of the verb at `t`: an addressing verb ({@link ADDRESSING_LEMMAS})
 * with only a title or description between ("told the German parliament", "told President Clinton").
 */
function addresseeOf(doc: Doc, t: number, first: number): boolean {
  if (!ADDRESSING_LEMMAS.has(doc.lemmas[t])) return false;
  let k = t + 1;
  while (k < first && titleWord(doc, k)) k++;
  return k === first;
}

/**
 * True when the actor phrase `ch` is opened by a preposition other than "that", also one standing before the title
 * or description of a name ("with Mr. Netanyahu", "to visiting French Defence Minister X", where the phrase holds only
 * the name); `from` is the first token the search may look back to.
 */
function openedByPreposition(doc: Doc, from: number, ch: ActorChunk): boolean {
  if (ch.prep !== null) return ch.prep !== 'that';
  // ("to" before an -ing word is tagged as an infinitive's particle: "to visiting …")
  const prep = (k: number) => (doc.pos[k] === 'ADP' && doc.lower[k] !== 'that') || doc.lower[k] === 'to';
  let k = ch.first - 1;
  while (k >= from && (titleWord(doc, k) || (doc.pos[k] === 'VERB' && doc.lower[k].endsWith('ing') && k > from && prep(k - 1)))) k--;
  return k >= from && k < ch.first - 1 && prep(k);
}

/** Tags of the words of a noun phrase before its "of" ("an informal meeting", "a joint session", "the 40 leaders"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'NUM', 'ADJ', 'DET', 'PROPN']);

/**
 * True when the phrase `ch` is opened by "of" right after a noun or number ("hundreds of Palestinians", "members of the
 * Front"; determiners and adjectives may stand between "of" and the phrase) whose own noun phrase is part of what was
 * said: not opened by a preposition ("in an address to a session of X", "during talks with the leaders of X") and not
 * the addressee of the verb at `t` ("told supporters of X").
 * @param doc the parsed article
 * @param t the trigger
 * @param from the first token the search may look at
 * @param ch the actor phrase
 */
function nounOfPhrase(doc: Doc, t: number, from: number, ch: ActorChunk): boolean {
  if (ch.prep !== 'of') return false;
  let k = ch.first - 1;
  while (k > from && doc.lower[k] !== 'of' && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
  if (!(k > from && doc.lower[k] === 'of' && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'NUM'))) return false;
  let n = k - 1;
  while (n >= from && NOUN_PHRASE_POS.has(doc.pos[n])) n--;
  if (n >= from && doc.pos[n] === 'ADP' && doc.lower[n] !== 'of' && doc.lower[n] !== 'that') return false;
  return !addresseeOf(doc, t, n + 1);
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/** Words of a time phrase between a reporting verb and its clause ("said earlier this week he …"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['this', 'last', 'earlier', 'later', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'afternoon', 'weekend']);

/**
 * True when the words from `from` to the phrase at `first` are a subject pronoun and one verb of its ("said it
 * respected …", "said on Friday that they view …"; a day or time, "that", auxiliaries, adverbs, determiners and adjectives may stand
 * between): the phrase is the object of what the speakers say they themselves do or think, so their statement is
 * about it. A noun subject ("said the treaty did not allow …") makes it part of a report of something else.
 */
function objectOfPronounVerb(doc: Doc, from: number, first: number): boolean {
  let k = from;
  while (k < first && (TIME_WORDS.has(doc.lower[k]) || WEEKDAY_NAMES.has(doc.lower[k]) || doc.pos[k] === 'ADV' || (doc.lower[k] === 'on' && WEEKDAY_NAMES.has(doc.lower[k + 1])))) k++;
  if (k < first && doc.lower[k] === 'that') k++;
  if (k >= first || !SUBJECT_PRONOUNS.has(doc.lower[k])) return false;
  let verbs = 0;
  for (k++; k < first; k++) {
    const pos = doc.pos[k];
    // (a participle after an auxiliary may be tagged as an adjective: "had informed")
    if (pos === 'VERB' || (pos === 'ADJ' && doc.lower[k].endsWith('ed') && doc.pos[k - 1] === 'AUX')) verbs++;
    else if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART' && pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return verbs === 1;
}

/** True when a clause word ("while", "but", ";") lies between `from` and `to`. */
function clauseWordBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_WORDS.has(doc.lower[k])) return true;
  return false;
}

/**
 * True when a forward search from `from` to `to` crosses a clause boundary (a verb or a clause word). A participle
 * hyphened to the word before it is a modifier, not a verb: "fighting the Cuban-backed Angolan government".
 */
function crossesClause(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = doc.pos[k];
    if (((pos === 'VERB' || pos === 'AUX') && !hyphened(doc, k)) || CLAUSE_WORDS.has(doc.lower[k]) || (doc.lower[k] === ',' && !listComma(doc, k))) return true;
  }
  return false;
}

/** True when token `k` follows a hyphen written close on both sides ("Cuban-backed", "state-owned"). */
function hyphened(doc: Doc, k: number): boolean {
  return k > 1 && doc.lower[k - 1] === '-' && doc.starts[k] === doc.ends[k - 1] && doc.starts[k - 1] === doc.ends[k - 2];
}

const LIST_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A comma between two items of a noun list that goes on to "and"/"or" ("artillery, mortar, and rocket fire against…"). */
function listComma(doc: Doc, k: number): boolean {
  if (k === 0 || !LIST_POS.has(doc.pos[k - 1])) return false;
  for (let j = k + 1; j < doc.tokenCount && j < k + 8; j++) {
    const w = doc.lower[j];
    if (w === 'and' || w === 'or') return j > k + 1 || LIST_POS.has(doc.pos[j + 1] ?? '');
    if (w !== ',' && !LIST_POS.has(doc.pos[j]) && doc.pos[j] !== 'DET') return false;
  }
  return false;
}

/** Demonstrative determiners: "this level", "that decision", "such moves". */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);

/**
 * True when a demonstrative phrase of a common noun stands right before the verb at `t` (adverbs and auxiliaries
 * between) and no actor phrase covers it: "and this rate endangers the accord", "that decision angered Peru".
 * The subject is that thing, which the text named before (an output level, a decision), not an actor of the
 * sentence: an earlier actor phrase was taken instead (a cartel coded as threatening for a production figure).
 * @param doc the parsed article
 * @param chunks the sentence's actor phrases
 * @param t the verb
 */
function demonstrativeThingSubject(doc: Doc, chunks: readonly ActorChunk[], t: number): boolean {
  let k = t - 1;
  // (not past a wh-word: "said this when meeting X", where "this" is what was said)
  while (k > 0 && (doc.pos[k] === 'AUX' || (doc.pos[k] === 'ADV' && !WH_ADVERBS.has(doc.lower[k])))) k--;
  // "and this threatens …": the demonstrative alone, not the object of a verb before it ("that" is left out: it opens
  // relative and that-clauses)
  if (doc.lower[k] === 'this' || doc.lower[k] === 'these') return k > 0 && doc.pos[k - 1] !== 'VERB' && !chunks.some((ch) => ch.first <= k && ch.end > k);
  // (a time phrase is no subject: "deals reached this past month would allow …")
  if (k <= 0 || doc.pos[k] !== 'NOUN' || isTimeNoun(doc.lower[k])) return false;
  const noun = k;
  k--;
  while (k > 0 && k > noun - 3 && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN')) k--;
  if (!DEMONSTRATIVES.has(doc.lower[k])) return false;
  return !chunks.some((ch) => ch.first <= noun && ch.end > noun);
}

/** Adverbs that open a clause of their own: a word before them is no subject of the verb after them. */
const WH_ADVERBS: ReadonlySet<string> = new Set(['when', 'where', 'why', 'how', 'while', 'whenever', 'wherever']);

/**
 * The subject phrase of a trigger: the nearest actor phrase before it that is not the object of a
 * preposition (except "of": "the leaders of China and Japan met"); none when a demonstrative phrase of a thing is the
 * subject ("this rate endangers …").
 * @param chunks the sentence's actor phrases, in order
 * @param t trigger token
 */
export function subjectOf(chunks: readonly ActorChunk[], t: number, doc?: Doc): ActorChunk | null {
  if (doc && demonstrativeThingSubject(doc, chunks, t)) return null;
  // "a fire that destroyed…", "Mr X, who visited…": a relative pronoun's subject is the phrase right before it
  const rel = doc ? relativeAntecedent(doc, chunks, t) : undefined;
  if (rel !== undefined) return rel;
  let located: ActorChunk | null = null;
  let barrier = doc ? clauseBarrier(doc, t) : -1;
  // after an aside, an actor of the phrase it describes must end right before it ("Milan, April 13 - State bank Banca
  // Commerciale Italiana (BCI) said": the bank has no code, and the dateline's Milan does not become the speaker)
  let describedEnd = -1;
  for (let c = chunks.length - 1; c >= 0; c--) {
    const ch = chunks[c];
    if (ch.end > t) continue;
    if (describedEnd >= 0 && !ch.heads.some((h) => h.endToken === describedEnd) && !(doc && asideOpener(doc, ch, t) >= 0)) return null;
    // "…, the officials said": the reporting clause has its own (non-actor) subject
    if (barrier >= 0 && ch.end <= barrier) break;
    // "after President X broke a truce": a conjunction the tagger reads as a preposition opens a clause whose
    // subject is the phrase right before its verb (a review of BBC politics: the killing of French soldiers in such a
    // clause had the main clause's France as subject)
    if (ch.prep !== null && CLAUSE_OPENERS.has(ch.prep) && ch.end === t) return ch;
    if (ch.prep !== null && !SUBJECT_PREPS.has(ch.prep)) {
      // "students throughout Indonesia staged…", "demonstrators in Baghdad blocked…": people located by a place
      if (doc && !located && LOCATIVE_PREPS.has(ch.prep) && peopleBefore(doc, ch.first)) located = ch;
      continue;
    }
    // "Ruritanian police in the hill town of Ostrov detained…": a name completing a place noun is where the subject
    // is, as "in Ostrov" would be (place-phrase.ts), not the subject
    const opener = doc && ch.prep === 'of' ? placePhraseOpener(doc, ch, 0) : -1;
    if (opener >= 0) {
      if (!located && peopleBefore(doc!, opener + 1)) located = ch;
      continue;
    }
    // "Kyiv's European allies, including France's Macron…, condemned": X's allies are not X; the members named
    // after "including" act, else no coded actor does
    if (doc && ch.possessive && partiesOf(doc, ch.end)) return includedMembers(doc, chunks, c, t);
    // "the attacks, which Israeli officials say killed…": the reporter inside a relative clause is not its subject;
    // the relative pronoun's antecedent is
    if (doc && ch.prep === null && ch.first > 0 && RELATIVE_PRONOUNS.has(doc.lower[ch.first - 1]) && reporterVerb(doc, ch.end, t)) {
      return antecedentOf(doc, chunks, ch.first - 1);
    }
    // "The G-7 -- grouping Canada, the U.S., … -- said": a phrase inside a dash or bracket aside is not the subject,
    // and the aside's commas are no clause boundary for the phrases before it
    const aside = doc ? asideOpener(doc, ch, t) : -1;
    if (aside >= 0) {
      barrier = clauseBarrier(doc!, aside);
      describedEnd = aside;
      continue;
    }
    describedEnd = -1;
    // the object of an earlier verb is not the subject of a coordinated one ("killed one U.S. soldier and wounded…")
    if (doc && ch.prep === null && objectOfVerb(doc, ch.first)) continue;
    // "Mr Abbasi, from Croydon, south London, …": a place after a comma continues the prepositional phrase before it
    if (doc && ch.prep === null && c > 0 && continuesPlacePhrase(doc, chunks, c)) continue;
    // "Mr Howard, whose parents fled to the UK, …": a verb inside an open whose-clause has the whose-phrase as subject
    if (doc && insideWhoseClause(doc, ch.end, t)) return null;
    // "Nordex, which combines the Oslo and Tallinn exchanges, began talks": a phrase inside a relative clause closed
    // before the verb is no subject of it; the relative pronoun's antecedent is (none coded: no subject)
    const rel = doc ? closedRelativeAround(doc, ch, t) : -1;
    if (rel >= 0) return antecedentOf(doc!, chunks, rel);
    // "thousands of college students across Velmora held…": uncoded people known by their place
    if (located && ch.heads.every((h) => h.actor === null)) return located;
    // "Velmora, a close U.S. partner in the conflict, has declined…": an apposition describes the subject before it
    if (doc && c > 0) {
      const head = appositionHead(doc, chunks, c, t);
      if (head) return head;
    }
    return ch;
  }
  return located;
}

// Nouns naming other parties by their relation to the possessor: "Kyiv's allies" are not Kyiv (found in a review)
const RELATION_NOUNS = new Set(['ally', 'allies', 'partner', 'partners', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'rival', 'rivals', 'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'backers', 'creditors', 'donors', 'counterpart', 'counterparts']);

/** True when the words after a possessive 's (adjectives aside) are a relation noun: "Kyiv's European allies". */
function partiesOf(doc: Doc, end: number): boolean {
  let k = end + 1;
  // adjectives, and a tagged-as-name adjective or two ("European", "Western")
  while (k < doc.tokenCount && (doc.pos[k] === 'ADJ' || (doc.pos[k] === 'PROPN' && k <= end + 2 && !RELATION_NOUNS.has(doc.lower[k])))) k++;
  return RELATION_NOUNS.has(doc.lower[k] ?? '');
}

/** The phrase after ", including" that follows chunk `c` and ends before the trigger `t`, or null. */
function includedMembers(doc: Doc, chunks: readonly ActorChunk[], c: number, t: number): ActorChunk | null {
  for (let j = c + 1; j < chunks.length && chunks[j].end <= t; j++) {
    const ch = chunks[j];
    if (doc.lower[ch.first - 1] === 'including' || (ch.prep === 'including')) return ch.prep === null ? ch : withoutPrep(ch);
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * For a verb right after a relative pronoun (adverbs and auxiliaries aside: "that destroyed", "who has visited"),
 * the actor phrase that ends right before the pronoun (or before its comma), or null when the antecedent is no
 * actor ("a fire that destroyed…"); undefined when the verb does not open a relative clause.
 */
function relativeAntecedent(doc: Doc, chunks: readonly ActorChunk[], t: number): ActorChunk | null | undefined {
  let k = t - 1;
  while (k >= 0 && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX' || (doc.pos[k] === 'PART' && doc.lower[k] !== 'to'))) k--;
  if (k <= 0 || !RELATIVE_PRONOUNS.has(doc.lower[k])) return undefined;
  // "said that … ": a complementiser after a verb is no relative pronoun
  const before = doc.lower[k - 1] === ',' ? k - 1 : k;
  if (doc.pos[before - 1] === 'VERB' || doc.pos[before - 1] === 'AUX') return undefined;
  return antecedentOf(doc, chunks, k);
}

// prepositions of a place phrase that modifies a noun ("attacks on southern Israel", "the embassy in Paris")
const PLACE_PREPS = new Set(['on', 'in', 'at', 'near', 'inside', 'across', 'outside']);

/** True when a reporting verb ("say", "believe") follows at `end`, after the phrase's common nouns ("Israeli figures say"), before `t`. */
function reporterVerb(doc: Doc, end: number, t: number): boolean {
  let k = end;
  while (k < t && doc.pos[k] === 'NOUN') k++;
  return k < t && REPORTING.has(doc.lemmas[k]);
}

const REPORTING = new Set(['say', 'believe', 'claim', 'estimate', 'think', 'allege', 'report', 'suspect']);

/**
 * The actor phrase a relative pronoun at `k` refers to: the phrase ending right before it (or before its comma),
 * whatever its preposition ("led by Olaf Scholz, who visited…"), except a place after a noun for "which": in "the
 * attacks on southern Israel, which … killed" the attacks are the antecedent (found in a review: coded as Israel's
 * hostage-taking). Null when the antecedent is no actor.
 */
function antecedentOf(doc: Doc, chunks: readonly ActorChunk[], k: number): ActorChunk | null {
  const before = doc.lower[k - 1] === ',' ? k - 1 : k;
  for (const ch of chunks) {
    if (ch.end !== before || ch.prep === 'that') continue;
    if (ch.prep === null) return ch;
    if (doc.lower[k] === 'which' && PLACE_PREPS.has(ch.prep) && nounBeforePrep(doc, ch.first)) return null;
    return withoutPrep(ch);
  }
  return null;
}

/** True when a common noun stands right before the preposition (adjectives and determiners of the phrase aside) of a phrase. */
function nounBeforePrep(doc: Doc, first: number): boolean {
  let k = first - 1;
  while (k > 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) k--;
  return k > 0 && doc.pos[k] === 'ADP' && doc.pos[k - 1] === 'NOUN';
}

/**
 * True when the phrase `chunks[c]` is a place right after a comma that ends another place phrase introduced by a
 * preposition ("from Croydon, south London", "in Lyon, France"): the same prepositional phrase, not a subject.
 */
function continuesPlacePhrase(doc: Doc, chunks: readonly ActorChunk[], c: number): boolean {
  const ch = chunks[c];
  const place = (x: ActorChunk) => x.heads.every((h) => h.entity.type === 'GPE' || h.entity.type === 'LOC');
  if (!place(ch)) return false;
  let k = ch.first - 1;
  while (k >= 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || COMPASS.has(doc.lower[k]))) k--;
  if (k < 0 || doc.lower[k] !== ',') return false;
  const prev = chunks[c - 1];
  return prev.end === k && prev.prep !== null && prev.prep !== 'that' && prev.prep !== 'of' && place(prev);
}

// "Putin, whose troops attacked…": the whose-phrase acts for the actor it belongs to
const ACTING_FOR_OWNER = new Set(['troops', 'forces', 'army', 'soldiers', 'military', 'navy', 'government', 'administration', 'ministry', 'party', 'militia', 'fighters', 'police', 'officials', 'diplomats', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'country', 'regime']);

/**
 * True when a "whose" between `from` and the verb at `t` opens a relative clause not yet closed by a comma, and
 * its noun is someone else than the owner ("whose parents fled", not "whose troops attacked").
 */
function insideWhoseClause(doc: Doc, from: number, t: number): boolean {
  let open = false;
  for (let k = from; k < t; k++) {
    const w = doc.lower[k];
    if (w === 'whose') {
      let n = k + 1;
      while (n < t && (doc.pos[n] === 'ADJ' || doc.pos[n] === 'DET' || doc.pos[n] === 'NUM')) n++;
      open = !ACTING_FOR_OWNER.has(doc.lower[n]);
    } else if (w === ',' && open) open = false;
  }
  return open;
}

/**
 * The relative pronoun opening a relative clause between commas that holds the phrase `ch` and closes before the
 * verb at `t` (", which combines the Oslo and Tallinn exchanges," before "began talks"), or −1. The tagger may read
 * the clause's verb as a noun ("combines"), so the clause is found by its pronoun after a comma, at most six words
 * before the phrase with no punctuation between, and a comma after the phrase before the verb. From the tenth events
 * hand check (BBC business: an exchange operator's talks given to the cities of the exchanges it runs; that sentence
 * lists three cities with commas and is not reached yet).
 */
function closedRelativeAround(doc: Doc, ch: ActorChunk, t: number): number {
  for (let k = ch.first - 1; k > 0 && ch.first - k <= 6; k--) {
    const w = doc.lower[k];
    if (w === 'which' || w === 'who') {
      if (doc.lower[k - 1] !== ',') return -1;
      for (let j = ch.end; j < t; j++) if (doc.lower[j] === ',') return k;
      return -1;
    }
    if (doc.pos[k] === 'PUNCT') return -1;
  }
  return -1;
}

/** Most nouns before "of" that an apposition's closing phrase may follow ("a close ally of Moscow", "the trade partner of"). */
const MAX_OF_APPOSITION = 4;

/**
 * The phrase an apposition describes: when the phrase `chunks[c]` sits in ", a|an|the … ," (or ", a|an|the … NOUN of …,")
 * right after an actor
 * phrase with no preposition and an actor code, and the closing comma comes before the verb at `t`, that earlier
 * phrase; else null.
 */
function appositionHead(doc: Doc, chunks: readonly ActorChunk[], c: number, t: number): ActorChunk | null {
  const ch = chunks[c];
  let k = ch.first - 1;
  let det = false;
  // "Belarus, a close ally of Moscow, accused…": the phrase may close the apposition after its noun and "of"
  if (k >= 1 && doc.lower[k] === 'of' && doc.pos[k - 1] === 'NOUN') {
    const limit = k - MAX_OF_APPOSITION;
    k--;
    while (k > limit && k >= 0 && doc.pos[k] === 'NOUN') k--;
  }
  while (k >= 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) {
    if (doc.pos[k] === 'DET') det = true;
    k--;
  }
  if (!det || k < 0 || doc.lower[k] !== ',') return null;
  const prev = chunks[c - 1];
  // an uncoded name takes its description's code instead: "Kenzo Oshima, the UN relief coordinator, demanded…"
  if (prev.end !== k || (prev.prep !== null && prev.prep !== 'that') || prev.heads.every((h) => h.actor === null)) return null;
  for (let j = ch.end; j < t; j++) if (doc.lower[j] === ',') return prev;
  return null;
}

/** Dashes that open and close an aside; a bracket aside opens with "(" and closes with ")". */
const ASIDE_DASHES = new Set(['--', '—', '–']);

/**
 * The token that opens an aside between dashes or brackets around the phrase, when the aside closes before the
 * trigger `t` and is not opened by "and"/"or" (an added conjunct, "Japan — and Britain — agreed", is a subject);
 * −1 otherwise. "The G-7 -- grouping Canada, the U.S., Japan, … -- said" is said by the G-7, not by the
 * countries it lists (found in a hand check of Reuters-21578, reut2-015: seven statements of the G-7's members, twice).
 */
function asideOpener(doc: Doc, ch: ActorChunk, t: number): number {
  const reporting = reportingAsideOpener(doc, ch, t);
  if (reporting >= 0) return reporting;
  let close = -1;
  for (let k = ch.end; k < t; k++) {
    if (doc.lower[k] === ')' || ASIDE_DASHES.has(doc.lower[k])) {
      close = k;
      break;
    }
  }
  if (close < 0) return -1;
  const opener = doc.lower[close] === ')' ? '(' : doc.lower[close];
  for (let k = ch.first - 1; k > 0 && k >= ch.first - 40; k--) {
    const w = doc.lower[k];
    if (w === opener) return doc.lower[k + 1] !== 'and' && doc.lower[k + 1] !== 'or' ? k : -1;
    if (w === '.' || w === ';' || w === ')' || (opener !== '(' && ASIDE_DASHES.has(w))) return -1;
  }
  return -1;
}

/**
 * The comma that opens a reporting aside around the phrase — ", the French army said," between a subject and its verb —
 * when the phrase is the aside's speaker (a reporting verb right after it, then a comma before the trigger `t`), and
 * only determiners or adjectives stand between that comma and the phrase; −1 otherwise. "The rebels, the French army
 * said, attacked the town" is the rebels' attack, reported by the army (fresh-eyes review 22: coded as the army's).
 */
function reportingAsideOpener(doc: Doc, ch: ActorChunk, t: number): number {
  let v = ch.end;
  // the phrase's own head nouns ("Chilean officials", "an army spokesman")
  while (v < t && v < ch.end + 3 && (doc.pos[v] === 'NOUN' || doc.pos[v] === 'PROPN')) v++;
  if (v + 1 >= t || !INVERTED_REPORTING.has(doc.lower[v]) || doc.lower[v + 1] !== ',') return -1;
  let k = ch.first - 1;
  while (k > 0 && k >= ch.first - 3 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
  return k > 0 && doc.lower[k] === ',' ? k : -1;
}

/** True when a dash aside opens between `from` and `first` and has not closed before `first` (an odd number of dashes). */
function openDashAside(doc: Doc, from: number, first: number): boolean {
  let dashes = 0;
  for (let k = from; k < first; k++) if (ASIDE_DASHES.has(doc.lower[k])) dashes++;
  return dashes % 2 === 1;
}

const SUBORDINATORS = new Set(['that', 'after', 'before', 'when', 'because', 'if', 'unless', 'while', 'since', 'whether', 'although', 'though']);

/**
 * Start of the clause of a verb at `t` when a comma or a subordinator ("that", "after", "because"…) separates it
 * from the rest of the sentence and a noun or pronoun (after a subordinator: a noun) stands between that word and
 * the verb (its own subject), or when a reporting verb ({@link ZERO_THAT_REPORTERS}) opens it without "that" and a
 * noun stands between ("said the credit deal would help…");
 * −1 otherwise.
 */
function clauseBarrier(doc: Doc, t: number): number {
  let sawSubject = false;
  let sawNoun = false;
  let sawClauseNoun = false;
  for (let k = t - 1; k >= 0 && k >= t - 8; k--) {
    const pos = doc.pos[k];
    if (doc.lower[k] === ',') return sawSubject ? k + 1 : -1;
    // "agree that territorial disputes should be resolved", "after a hafling was reported": a subordinate
    // clause with a noun subject of its own (a pronoun, "announced that it will…", usually refers back)
    // "was responding to Syria's announcement that it had launched…": a pronoun opening the content clause of a noun
    // refers to that noun's author, not to the main clause's subject (tenth events hand check, reut2-015)
    // ("newspaper stories that it had reopened negotiations" name no author: the pronoun may be the main subject)
    if (doc.lower[k] === 'that' && sawSubject && k > 0 && doc.pos[k - 1] === 'NOUN' && CONTENT_NOUNS.has(doc.lower[k - 1]) && possessedNoun(doc, k - 1)) return k + 1;
    if (SUBORDINATORS.has(doc.lower[k]) && (pos === 'SCONJ' || pos === 'ADP' || pos === 'PRON' || pos === 'DET' || (pos === 'ADV' && doc.lower[k] === 'when'))) return sawNoun ? k + 1 : -1;
    // a word after a determiner is a noun whatever the tagger says ("a hafling was reported"), and so is a
    // gerund right after a subordinator ("when flooding damaged…")
    const nounish = pos === 'NOUN' || pos === 'PROPN' || (pos === 'VERB' && k > 0 && (doc.pos[k - 1] === 'DET' || (doc.lower[k].endsWith('ing') && k + 1 < t + 1 && SUBORDINATORS.has(doc.lower[k - 1]))));
    if (nounish) sawNoun = true;
    if (nounish && !sawClauseNoun) sawClauseNoun = subjectNoun(doc, k);
    if (nounish || pos === 'PRON') sawSubject = true;
    // "the fund's head said the credit deal would help to lift…": a reported clause without "that" whose subject is
    // a noun of its own does not borrow the reporter (hand check 9: coded IMF -> TUR 033)
    // ("announced plans to travel": an infinitive is no clause of its own)
    else if (pos === 'VERB') return sawClauseNoun && ZERO_THAT_REPORTERS.has(doc.lemmas[k]) && doc.lower[k + 1] !== 'to' && doc.lower[t - 1] !== 'to' ? k + 1 : -1;
  }
  return -1;
}

/** True when the noun at `n` has a possessor right before it, adjectives aside ("Syria's surprise announcement"). */
function possessedNoun(doc: Doc, n: number): boolean {
  let k = n - 1;
  while (k > 0 && doc.pos[k] === 'ADJ') k--;
  return k > 0 && (doc.lower[k] === "'s" || doc.lower[k] === '\u2019s' || doc.lower[k] === "'" || doc.pos[k] === 'PRON');
}

/** Nouns whose that-clause tells what someone announced, reported, claimed or ruled ("the announcement that it had…"). */
const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  'announcement', 'report', 'reports', 'claim', 'claims', 'statement', 'news', 'ruling', 'assertion', 'allegation', 'allegations',
  'confirmation', 'denial', 'warning', 'word', 'admission', 'disclosure', 'revelation', 'reminder', 'threat', 'pledge', 'promise',
]);

const TEMPORAL_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'month', 'year', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Whether the noun at `k` may be a clause's subject of its own: not a day or month ("announced Wednesday it would…"),
 * not the object of a preposition ("said on Tuesday it had halted…", "said in Geneva…"), and not after a possessive
 * pronoun ("said its forces had captured…" refers back to the reporter).
 */
function subjectNoun(doc: Doc, k: number): boolean {
  if (TEMPORAL_NOUNS.has(doc.lower[k])) return false;
  let j = k - 1;
  while (j >= 0 && (doc.pos[j] === 'DET' || doc.pos[j] === 'ADJ' || doc.pos[j] === 'NUM' || doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN') && !BACK_POSSESSIVES.has(doc.lower[j])) j--;
  return j < 0 || (doc.pos[j] !== 'ADP' && !BACK_POSSESSIVES.has(doc.lower[j]));
}

/** "said its forces had captured…": a possessive pronoun's phrase refers back to the reporter, like a pronoun. */
const BACK_POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my']);

/** Reporting verbs whose clause may go without "that" ("said the plan would fail"); not tell/urge/ask, which take an object. */
const ZERO_THAT_REPORTERS = new Set(['say', 'argue', 'insist', 'claim', 'believe', 'think', 'add', 'note', 'state', 'suggest', 'acknowledge', 'predict', 'announce', 'admit', 'stress']);

/** True when the phrase starting at `first` follows a verb directly (determiners and adjectives aside). */
function objectOfVerb(doc: Doc, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) k--;
  // (a participle hyphened to the word before modifies the phrase: "Velmora's U.S.-backed northern rebel front has proposed")
  return k >= 0 && doc.pos[k] === 'VERB' && doc.lemmas[k] !== 'say' && !hyphened(doc, k);
}

const LOCATIVE_PREPS = new Set(['in', 'throughout', 'across', 'from']);

/** True when the preposition before `first` follows a plural common noun ("students in", "officials from"). */
function peopleBefore(doc: Doc, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || COMPASS.has(doc.lower[k]))) k--;
  const n = k - 1;
  return n >= 0 && (doc.pos[n] === 'NOUN' || doc.pos[n] === 'PROPN') && doc.lower[n].endsWith('s') && (doc.lower[n] !== doc.lemmas[n] || doc.pos[n] === 'PROPN');
}

/**
 * The possessor of a nominal trigger: an actor phrase ending in 's, followed only by modifiers
 * ("Blinken's two-day visit", "Beijing's assertive claims").
 */
export function possessorOf(doc: Doc, chunks: readonly ActorChunk[], t: number): ActorChunk | null {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const ch = chunks[c];
    if (ch.end > t) continue;
    if (!ch.possessive) return null;
    for (let k = ch.end; k < t; k++) {
      const pos = doc.pos[k];
      if (POSSESSIVE_MARKS.has(doc.lower[k]) || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || doc.lower[k] === '-') continue;
      return null;
    }
    return ch;
  }
  return null;
}

/**
 * The actor modifying a nominal trigger: a phrase right before it, with only adjectives, nouns or hyphens
 * between and no preposition before it ("Palestinian riots", "Israeli air raids", "a US-led invasion").
 */
export function modifierOf(doc: Doc, chunks: readonly ActorChunk[], t: number): ActorChunk | null {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const ch = chunks[c];
    if (ch.end > t) continue;
    if (ch.possessive || ch.prep !== null) return null;
    for (let k = ch.end; k < t; k++) {
      const pos = doc.pos[k];
      if (pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || doc.lower[k] === '-' || (pos === 'VERB' && doc.lower[k].endsWith('ed'))) continue;
      return null;
    }
    return ch;
  }
  return null;
}

/**
 * True when `ch` opens a coordinated clause: "and"/"but"/"or" (after a comma or not) right before it, and a verb
 * (after auxiliaries, adverbs and negation) right after it, not before `from`.
 * @param doc the Doc
 * @param ch an actor phrase
 * @param from first token the conjunction may be at
 */
export function coordinatedClauseSubject(doc: Doc, ch: ActorChunk, from: number): boolean {
  let k = ch.first - 1;
  while (k >= from && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM')) k--;
  if (k < from || doc.pos[k] !== 'CCONJ') return false;
  let j = ch.end;
  while (j < doc.tokenCount && (doc.pos[j] === 'ADV' || doc.pos[j] === 'PART') && !POSSESSIVE_MARKS.has(doc.lower[j])) j++;
  return j < doc.tokenCount && (doc.pos[j] === 'AUX' || (doc.pos[j] === 'VERB' && !doc.lower[j].endsWith('ing')));
}

/**
 * Finds the actor phrase for one slot, searching after the pattern (`from` = token after the pattern end).
 * - `object`: the first phrase with no preposition, in the same clause;
 * - a preposition: the first phrase it introduces, in the same clause;
 * - `any`: the first phrase after the trigger anywhere in the sentence, skipping pronoun-only phrases
 *   and the entities in `exclude`, not past a clause word or a reporting participle ("…, arguing that");
 * - `subject`, `possessor`: see {@link subjectOf}, {@link possessorOf}.
 * @param doc the Doc
 * @param chunks the sentence's actor phrases
 * @param slot the slot
 * @param t trigger token
 * @param from first token after the matched pattern
 * @param exclude entity ids not to return (the source, for targets)
 */
export function findSlot(
  doc: Doc,
  chunks: readonly ActorChunk[],
  slot: Slot,
  t: number,
  from: number,
  exclude: ReadonlySet<string>,
): ActorChunk | null {
  const usable = (ch: ActorChunk) => ch.heads.some((h) => !exclude.has(h.entity.id));
  if (slot === 'subject') {
    const ch = subjectOf(chunks, t, doc);
    return ch && usable(ch) ? ch : null;
  }
  if (slot === 'modifier') {
    const ch = modifierOf(doc, chunks, t);
    return ch && usable(ch) ? ch : null;
  }
  if (slot === 'possessor') {
    const ch = possessorOf(doc, chunks, t);
    return ch && usable(ch) ? ch : null;
  }
  for (const ch of chunks) {
    if (ch.first < from) continue;
    // "its jets struck two targets at sea -- the ministry's word for oil tankers --": a phrase inside a dash aside
    // describes the object, it is no target (reut2-017: IRQ -> IRQGOV 190)
    if (openDashAside(doc, from, ch.first)) continue;
    // "proposed a freeze and Canada has begun …": a phrase after "and" followed by its own verb starts a clause
    if (coordinatedClauseSubject(doc, ch, from)) return null;
    if (slot === 'any' || slot === 'prepositional') {
      // BBC politics 371 (2005 review): a call for tolerance followed by "arguing that" religious groups … was 020 to HIN and SIK
      if (clauseWordBetween(doc, from, ch.first) || reportingParticipleBetween(doc, from, ch.first)) return null;
      // "said hundreds of Palestinians were held and most are members of X": a noun's of-phrase is in that noun's
      // phrase, what was said, as the noun is; nothing after it is the statement's addressee or topic
      if (slot === 'prepositional' && nounOfPhrase(doc, t, from, ch)) return null;
      if (!usable(ch) || (ch.prep !== null && ANY_SKIP_PREPS.has(ch.prep))) continue;
      if (ch.heads.every((h) => h.mention.kind === 'pronoun')) continue;
      // a statement's phrase with no preposition is the subject or object of what was said ("said that China …"), unless
      // it is the addressee of "told"; what follows it belongs to that clause too (fresh-eyes review 19)
      // (or the object of a pronoun's verb, the speaker's own stance: "said they see the Freedonians as rivals")
      if (slot === 'prepositional' && !openedByPreposition(doc, from, ch) && !addresseeOf(doc, t, ch.first) && !objectOfPronounVerb(doc, from, ch.first)) return null;
      return ch;
    }
    if (crossesClause(doc, from, ch.first) || answeredActBetween(doc, from, ch.first)) return null;
    if (slot === 'object') {
      if (ch.prep === null && !glossOfPhrase(doc, chunks, ch)) return usable(ch) ? ch : null;
      // "condemned an attack by X", "demanded the withdrawal of X": the actor of the object noun
      if ((ch.prep === 'by' || ch.prep === 'of') && usable(ch) && singleNounPhrase(doc, from, ch.first)) return ch;
      // "condemned the killing of protesters by X": past the act's victims, X did it (act-victim.ts)
      if (ch.prep === 'by' && usable(ch) && actNounOfPhrase(doc, from, ch.first)) return ch;
      continue;
    }
    if (ch.prep === slot && usable(ch)) return ch;
    // "in protest against the human rights violations by Algerian security forces": a stand against an act is against
    // whoever does it (the CAMEO 1.1b3 codebook's 1423 example, coded against the security forces)
    if (slot === 'against' && ch.prep === 'by' && usable(ch) && againstActBy(doc, from, ch.first)) return ch;
  }
  return null;
}

/** True when an "against" after `from` opens one noun phrase that runs to the "by" right before `first`. */
function againstActBy(doc: Doc, from: number, first: number): boolean {
  for (let k = first - 2; k >= from; k--) {
    if (doc.lower[k] === 'against') return singleNounPhrase(doc, k + 1, first);
    if (doc.pos[k] !== 'DET' && doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'NUM' && doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN' && doc.lower[k] !== '-') return false;
  }
  return false;
}

/**
 * True when `ch` is a name in parentheses right after a prepositional actor phrase of another actor, which it glosses
 * and so stands under that phrase's preposition: "agreed to extend the mandate of the peacekeeping force in Lebanon
 * (UNIFIL)" has no object actor, UNIFIL being where as "in Lebanon" is (fresh-eyes review 27: once UNIFIL had a code,
 * the Security Council's agreement had become IGOUNO → IGOUNOPKO, where the CAMEO manual's example and PLOVER code → LBN).
 * @param doc the Doc
 * @param chunks the sentence's actor phrases, in text order
 * @param ch one of them, with no preposition
 */
function glossOfPhrase(doc: Doc, chunks: readonly ActorChunk[], ch: ActorChunk): boolean {
  if (ch.first === 0 || doc.lower[ch.first - 1] !== '(') return false;
  const i = chunks.indexOf(ch);
  const before = i > 0 ? chunks[i - 1] : null;
  if (before === null || before.prep === null || before.end !== ch.first - 1) return false;
  // an acronym of the phrase's own actor ("between X and the Palestine Liberation Organization (PLO)") is that phrase
  // again, read as before
  return !ch.heads.some((h) => before.heads.some((b) => b.entity.id === h.entity.id));
}

/**
 * Chunk `ch` with no preposition, one object literal with the keys in the order actor-chunks.ts builds them: V8 (Node
 * 20) gives a spread copy (`{ ...ch, prep: null }`) a hidden class of its own, which makes the chunk reads megamorphic.
 */
function withoutPrep(ch: ActorChunk): ActorChunk {
  return { first: ch.first, end: ch.end, heads: ch.heads, prep: null, possessive: ch.possessive };
}

/** Nouns that, after "in", name an earlier act the trigger answers: "in response to", "in retaliation for". */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'retaliation', 'reprisal', 'revenge', 'reply', 'answer']);

/**
 * True when an earlier act the trigger answers is named from `k` on: "in response to a rocket attack on the X
 * freighter", "in retaliation for an attack on Y", "following the raid on Z". The parties of that act (the victim, its
 * author) are not the trigger's target: a navy that sank a barge "in reply to a raid on a Ruritanian ship" attacked
 * no Ruritanians (a review found the victim's country coded as the target, 1712). The search for an object or a fallback target stops there.
 * @param doc the parsed article
 * @param k a token of the trigger's clause
 */
export function answeredAct(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  // "following the raid", not "the following day"
  if (w === 'following') return k > 0 && doc.pos[k - 1] !== 'DET' && doc.pos[k - 1] !== 'ADJ' && (doc.pos[k + 1] === 'DET' || doc.pos[k + 1] === 'PROPN');
  return w === 'in' && ANSWER_NOUNS.has(doc.lower[k + 1] ?? '') && (doc.lower[k + 2] === 'to' || doc.lower[k + 2] === 'for' || doc.lower[k + 2] === 'of');
}

/** True when an earlier act the trigger answers ({@link answeredAct}) is named in tokens `[from, to)`. */
function answeredActBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (answeredAct(doc, k)) return true;
  return false;
}
