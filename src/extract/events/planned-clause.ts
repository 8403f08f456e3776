import type { Doc } from '../../nlp/doc.js';
import type { LightVerbMood } from './planned-noun.js';

/*
 * An event noun no light verb carries, standing in a clause told as to come or as a condition: "the dispute will
 * dominate talks on Friday between X and Y", "X will sign a pact during Y's visit to Z", "X's visit to Y will
 * open a new era", "if the truce holds, officials would schedule a meeting between X and Y". The noun names the act, but
 * its clause places it after the report or makes it hang on a condition; planned-noun.ts reads the same moods when a
 * light verb ("will pay a visit") carries the noun.
 *
 * Source of the rule: CAMEO 1.1b3, ch. 03 (EXPRESS INTENT TO COOPERATE): a meeting, visit or talks only planned is
 * coded as the intent (036), the act (040, 042, 046) only when it takes place; PETRARCH2 codes "will" forms of its
 * verbs the same way. A possibility or a condition is no event (CAMEO codes what actors did or said).
 */

/** Auxiliaries that put a clause after the report. */
const FUTURE = new Set(['will', "'ll", 'shall', 'would', "'d"]);

/** Auxiliaries and conjunctions that make a clause a possibility or a condition. */
const CONDITIONAL = new Set(['could', 'might', 'may', 'if', 'unless']);

/** Words that end a clause, looking left from the noun. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(', 'that', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'since', 'as', 'where', 'but', 'and', 'said', 'says']);

/** Words near the noun that tell of an act already held ("his recent visit", "talks held last week"). */
const DONE_MARKS = new Set(['recent', 'recently', 'last', 'earlier', 'previous', 'past', 'held', 'yesterday', 'ago', 'former', 'first-ever', 'historic']);

/** Content and reporting verbs whose object names a topic, not a taking part ("will discuss the talks", "would report on the visit"). */
const TOPIC_VERBS = new Set(['discuss', 'review', 'report', 'brief', 'assess', 'evaluate', 'study', 'welcome', 'praise', 'criticise', 'criticize', 'condemn', 'comment', 'recall', 'mark', 'remember', 'follow', 'describe', 'explain', 'say', 'tell', 'inform', 'announce', 'confirm', 'deny']);

/** Sentence-final marks: the scans stop there when `end` is the document's end. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** How far the clause's verb group may stand from the noun (tokens). */
const WINDOW = 12;

/**
 * The mood the clause of the event noun at `t` gives its act when no light verb carries it:
 * - 'none' when "if" or "unless" opens a clause before it in the sentence, or its clause's verb group has could, might
 *   or may ("could lead to a meeting between X and Y");
 * - 'intent' when its clause's verb group, the nearest before the noun ("will dominate talks"), or the
 *   verb group the noun's own phrase is the subject of ("X's visit to Y will open a new era"), has will, would, shall or
 *   'll;
 * - 'done' otherwise, and whenever the words around the noun tell of an act already held ("last", "recent", "held",
 *   "earlier"…) or the clause's verb only talks about it ("will discuss the talks").
 * @param doc the parsed article
 * @param t the event noun (token index)
 * @param first the first token of its sentence
 * @param end the token after its sentence
 */
export function clauseMood(doc: Doc, t: number, first: number, end: number): LightVerbMood {
  for (let k = Math.max(first, t - 3); k < Math.min(end, t + 6) && !SENTENCE_ENDS.has(doc.lower[k]); k++) if (DONE_MARKS.has(doc.lower[k])) return 'done';
  for (let k = first; k < t; k++) if (doc.lower[k] === 'if' || doc.lower[k] === 'unless') return 'none';
  // the clause's verb group before the noun
  for (let k = t - 1; k >= Math.max(first, t - WINDOW); k--) {
    const pos = doc.pos[k];
    if (pos === 'VERB' || pos === 'AUX') {
      if (TOPIC_VERBS.has(doc.lemmas[k])) return 'done';
      return groupMood(doc, k, first);
    }
    if (CLAUSE_OPENERS.has(doc.lower[k])) break;
  }
  // no verb before it in its clause: the noun's phrase may be the subject of a verb group after it
  for (let k = t + 1; k < Math.min(end, t + WINDOW); k++) {
    const pos = doc.pos[k];
    if (pos === 'AUX' || pos === 'VERB') return FUTURE.has(doc.lower[k]) ? 'intent' : 'done';
    if (pos === 'PUNCT' || pos === 'PRON' || pos === 'SCONJ' || SENTENCE_ENDS.has(doc.lower[k])) return 'done';
  }
  return 'done';
}

/** The mood of the verb group whose last verb is at `v`: its auxiliaries and adverbs, right to left. */
function groupMood(doc: Doc, v: number, first: number): LightVerbMood {
  for (let k = v; k >= first && k >= v - 4; k--) {
    const w = doc.lower[k];
    if (CONDITIONAL.has(w)) return 'none';
    if (FUTURE.has(w)) return 'intent';
    if (doc.pos[k] !== 'AUX' && doc.pos[k] !== 'ADV' && doc.pos[k] !== 'PART' && k !== v) break;
  }
  return 'done';
}
