import { isCalendarName, isMonthWord } from '../../nlp/calendar-words.js';
import type { Doc } from '../../nlp/doc.js';
import type { ActorRef } from './actor-chunks.js';
import { isStateActor } from './actor-roles.js';

/** Words that join actors as alternatives or comparisons, not as partners acting together. */
const NOT_JOINT = new Set(['or', 'nor', 'than', 'versus', 'vs', 'vs.']);

/**
 * True when the subject of a verb names two state actors of different countries joined by "and" ("Germany and France
 * pledged to deepen defence cooperation", "the Kenyan and Ugandan presidents agreed …"): parties acting together, so an
 * agreement or a pledge that names no other target binds each to the other. A list of three or more binds no one: a
 * summit's six or seven countries "agreed to …" gave 30 or 42 events of 030 (change review 19). PETRARCH2 codes every compound subject with no target that way; detente does so only
 * for the lexicon rules marked `reciprocal: marker` (agree, pledge, reach a consensus), where this subject is the marker
 * as "each other" or "their relationship" are (fresh-eyes review 19: 10 of 13 such newswire sentences, many of them
 * lead sentences, gave no event).
 * Not joint: actors joined by or/nor/than, actors with a verb or a preposition between them ("Canada agreed with
 * Mexico", "Canada, which met Mexico, …"), firms, people of no state agency and actors with no code (firms agreeing
 * to a merger are no diplomacy; a joint act of one country's agencies is no dyad).
 * @param doc the parsed article
 * @param sources the subject's actors in text order (the heads of one actor phrase)
 * @param after the tokens after the trigger to the sentence's end `[from, end)`: when they name another party (a
 *   capitalised word that is no day, month or venue after in/at: "agreed to the American proposal", "pledged support
 *   for Iran", "agreed to raise their payments to NATO"), the agreement is with or about that party, which the roles
 *   missed, not between the subjects (change review 19: 4 of 6 changed made-up sentences were such)
 * @returns true for such a joint subject
 */
export function jointStateSubject(doc: Doc, sources: readonly ActorRef[], after: { readonly from: number; readonly end: number }): boolean {
  if (sources.length !== 2) return false;
  const countries = new Set<string>();
  for (const s of sources) {
    if (s.actor === null || !isStateActor(s, doc)) return false;
    countries.add(s.entity.country ?? s.actor.slice(0, 3));
  }
  if (countries.size !== 2) return false;
  let joined = false;
  for (let k = sources[0].endToken; k < sources[sources.length - 1].firstToken; k++) {
    const w = doc.lower[k];
    if (NOT_JOINT.has(w)) return false;
    if (w === 'and' || w === '&') joined = true;
    else if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || doc.pos[k] === 'ADP' || doc.pos[k] === 'SCONJ' || doc.pos[k] === 'PRON') return false;
  }
  // the scan to the sentence's end last, once the subject qualifies
  return joined && !namesAnotherParty(doc, after.from, after.end);
}

/** Whether tokens `[from, end)` hold a capitalised word other than a day or month name or a venue after "in"/"at". */
function namesAnotherParty(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (!/\p{Lu}/u.test(doc.text.charAt(doc.starts[k]))) continue;
    if (isCalendarName(doc.lower[k]) || isMonthWord(doc.lower[k])) continue;
    if (k > from && (doc.lower[k - 1] === 'in' || doc.lower[k - 1] === 'at')) continue;
    return true;
  }
  return false;
}

/** Words that open a noun phrase as the object of a verb ("met the leaders", "met their counterparts", "met a delegation"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'several', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'many']);

/** Nouns and adverbs of time or place that follow an intransitive verb ("met today", "met here", "met Sunday"). */
const NOT_OBJECTS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'here', 'there', 'again', 'later', 'earlier', 'privately', 'separately', 'briefly']);

/**
 * True when a noun phrase stands right after the verb (adverbs skipped, tokens `[from, end)`): a determiner or a number
 * word ("met the rulers of four provinces", "met their counterparts"), or a common noun that is no time or place
 * word. A compound subject of a reciprocal verb that has such an object met that party, not each other: "the envoys of A
 * and B met the rulers of four provinces" coded A and B meeting
 * each other (040 both ways). Not "met each other", "met in Geneva", "met on Monday", "met Sunday", "met today".
 * @param doc the parsed article
 * @param from the first token after the verb (and its particle)
 * @param end the end token of the sentence
 */
export function objectAfter(doc: Doc, from: number, end: number): boolean {
  let k = from;
  while (k < end && doc.pos[k] === 'ADV' && !NOT_OBJECTS.has(doc.lower[k])) k++;
  if (k >= end) return false;
  const w = doc.lower[k];
  if (OBJECT_OPENERS.has(w)) return !(w === 'the' && (doc.lower[k + 1] === 'same' || doc.lower[k + 1] === 'next')) && !isMonthWord(doc.lower[k + 1] ?? '');
  return doc.pos[k] === 'NOUN' && !NOT_OBJECTS.has(w) && !isCalendarName(w) && !isTimeNoun(w);
}

/** True for a noun of a stretch of time ("week", "months", "weekend", "night"): a time phrase, no party to an act. */
export function isTimeNoun(lower: string): boolean {
  return /^(?:day|week|month|year|weekend|morning|afternoon|evening|night|decade|quarter)s?$/.test(lower);
}
