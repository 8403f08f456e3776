import type { Doc } from '../../nlp/doc.js';
import { WEEKDAY_NAMES } from '../../nlp/calendar-words.js';

/** Words opening the question a passive request reports ("was asked whether …", "was asked about the loan"). */
const QUESTION_OPENERS = /^(whether|if|about|what|why|how|who)$/;

/** Prepositions opening a short adjunct of time or occasion after a passive request ("was asked during the debate whether"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'during', 'at', 'in', 'after', 'before', 'later', 'again']);

/** Heads of a bare time adjunct ("was asked Tuesday whether", "was asked last week if"), besides the weekdays. */
const TIME_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'again', 'later', 'repeatedly', 'recently', 'once', 'twice']);
const isTimeWord = (w: string): boolean => WEEKDAY_NAMES.has(w) || TIME_WORDS.has(w);

/** Tags a short adjunct's words may carry after its preposition ("during a radio interview", "at the hearing on Monday"). */
const ADJUNCT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);

/**
 * The token opening the question of a passive request when a short adjunct of time or occasion stands between the cue
 * and the question ("Ruiz was asked on Tuesday whether she would run", "was asked during a radio interview about the
 * levy", "was asked last week if …"): the question word after the adjunct (and an optional comma), or -1 when the words
 * after the cue are no such adjunct. At most six words are stepped over, none inside quotation marks, none a verb.
 * Source: issue 5's leftovers ("passive questions with an adjunct"); PolNeAR train has such a gold question once in 31
 * passive "asked" cues, which the rule for a question right after the cue missed.
 * @param doc the token layer; `end` the token after the cue; `s1` the sentence end (exclusive)
 * @param quoted per-token flags: 1 inside a quotation
 * @returns the index of the question word, or -1
 */
export function questionAfterAdjunct(doc: Doc, end: number, s1: number, quoted: Uint8Array): number {
  if (end >= s1 || quoted[end]) return -1;
  const first = doc.lower[end];
  if (!OCCASION_PREPOSITIONS.has(first) && !isTimeWord(first) && !/^(last|this|earlier)$/.test(first)) return -1;
  for (let t = end + 1; t < Math.min(s1, end + 7); t++) {
    if (quoted[t]) return -1;
    const w = doc.lower[t];
    if (QUESTION_OPENERS.test(w) && t > end) return t;
    if (w === ',' && t + 1 < s1 && QUESTION_OPENERS.test(doc.lower[t + 1])) return t + 1;
    if (!ADJUNCT_TAGS.has(doc.pos[t]) && !isTimeWord(w)) return -1;
  }
  return -1;
}
