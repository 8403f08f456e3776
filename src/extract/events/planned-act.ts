import type { Doc } from '../../nlp/doc.js';
import { WEEKDAY_NAMES } from '../../nlp/calendar-words.js';
import { sharedSubjectVerb } from './clause-context.js';
import { infinitiveGovernor } from './controlled-complement.js';

/**
 * A present-tense act that the news means as one to come. English writes a scheduled trip or meeting, and the act of
 * a when- or after-clause about the future, in the present ("flies to Washington this weekend", "when they meet later
 * this week"); such an act is a plan, not one that took place. The event coder (verb-candidate.ts) asks these predicates
 * of a verb trigger and codes what they find as an intent (cooperation) or drops it (conflict).
 */

const TEMPORAL_OPENERS: ReadonlySet<string> = new Set(['when', 'once', 'after', 'before', 'until', 'till']);

// time words that, after "next", name a time to come ("next week", "next Tuesday")
const NEXT_TIMES: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', ...WEEKDAY_NAMES, 'spring', 'summer', 'autumn', 'winter', 'session', 'round']);

/**
 * True when the verb at `t` is in the simple present: its base form ("meet") or the third person singular in -s,
 * -es or -ies ("meets", "pushes", "flies"), as its lower-case form and lemma show.
 * @param doc the parsed article
 * @param t the verb token
 */
export function presentTense(doc: Doc, t: number): boolean {
  const w = doc.lower[t];
  const lemma = doc.lemmas[t];
  return w === lemma || w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/**
 * True when the verb at `t` is in the present tense or an -ing form and a phrase of a time to come follows it in its
 * clause ("flies to Washington this weekend", "a team going to Tokyo next week", "meets the premier tomorrow"):
 * news writes a scheduled trip or meeting in the present, so the act is a plan, not one that took place. Asked of
 * consultations (CAMEO 04x) only: a present-tense accusation, praise or warning about something to come ("accuses X of
 * planning drills next week") was made now. The past ("flew … last week") and a bare "on Monday" (the latest Monday)
 * are not read so.
 * @param doc the parsed article
 * @param t the verb token
 * @param end the end token (exclusive) of its sentence; the search stops ten tokens after the verb
 */
export function scheduledByTime(doc: Doc, t: number, end: number): boolean {
  const w = doc.lower[t];
  if (!presentTense(doc, t) && !(w.endsWith('ing') && w !== doc.lemmas[t])) return false;
  for (let k = t + 1; k < Math.min(end, t + 10); k++) {
    const x = doc.lower[k];
    if (x === ',' || x === ';' || x === ':' || x === 'and' || x === 'but') return false;
    if (x === 'tomorrow') return true;
    if (x === 'next' && NEXT_TIMES.has(doc.lower[k + 1] ?? '')) return true;
    if ((x === 'this' || x === 'later') && (doc.lower[k + 1] === 'weekend' || (x === 'later' && doc.lower[k + 1] === 'this'))) return true;
  }
  return false;
}

/**
 * True when the verb at `t` is in the present tense ({@link presentTense}) and opens, after its subject, a clause
 * introduced by when/once/after/before/until ("when they meet later this week"). Found in a hand check of
 * Reuters-21578 (reut2-017): a summit planned for later that week was coded as a meeting held (040 both ways).
 * @param doc the parsed article
 * @param t the verb token
 * @param first the first token of its sentence; the search looks back six tokens at most
 */
export function presentInTemporalClause(doc: Doc, t: number, first: number): boolean {
  if (!presentTense(doc, t)) return false;
  for (let k = t - 1; k >= first && k >= t - 6; k--) {
    const x = doc.lower[k];
    if (TEMPORAL_OPENERS.has(x)) return k < t - 1;
    const pos = doc.pos[k];
    if (pos !== 'PRON' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && x !== 'and') return false;
  }
  return false;
}

/**
 * The verb whose auxiliaries a bare verb trigger shares, or −1 when none: the aspectual verb before its "to" ("will
 * continue to assist", controlled-complement.ts) or, after and/but/or/then, the verb it is coordinated with ("will
 * visit Lima and hold talks", clause-context.ts sharedSubjectVerb). English writes the auxiliary once: the act after
 * "and" or under "continue to" is as much to come as the first ("hold talks" there was coded 040, a meeting held).
 * Inflected triggers share nothing ("will visit Lima, and held talks …" is not the same tense).
 * @param doc the parsed article
 * @param t the verb trigger
 * @param first the first token of its sentence
 */
export function auxiliaryHost(doc: Doc, t: number, first: number): number {
  if (doc.lower[t] !== doc.lemmas[t]) return -1;
  let to = t - 1;
  while (to > first && doc.pos[to] === 'ADV') to--;
  if (to > first && doc.lower[to] === 'to' && doc.pos[to] === 'PART') {
    return doc.pos[to - 1] === 'VERB' && infinitiveGovernor(doc, to - 1) === 'aspectual' ? to - 1 : -1;
  }
  const v = sharedSubjectVerb(doc, t, first);
  return v === t ? -1 : v;
}
