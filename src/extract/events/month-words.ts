import type { Doc } from '../../nlp/doc.js';
import { isMonthWord, MONTH_NAMES } from '../../nlp/month-words.js';
import { capitalised, titleCase } from './name-words.js';

/** Month words are one concept of the NLP layer (nlp/month-words.ts), which the dateline reads too. */
export { isMonthWord };

// words that put a month name in a date: "in March", "since March", "early March", "last March 27"
const TIME_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'throughout', 'before', 'after', 'of', 'to', 'between',
  'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'end', 'beginning', 'middle', '/', '-',
]);

/**
 * True when token `i` is a month name used as a date, not a trigger ("in March", "March 20", "the March survey",
 * "GENERAL MOTORS EARLY MARCH CAR SALES"): a month is no protest march (CAMEO 141) and no verb. A month name is a
 * date when it is capitalised (a protest "march" in prose is written in lower case) and a number follows it ("March
 * 20", "March 1987"), a time word or preposition stands right before it ("in March", "early March", "January/March"),
 * or it stands inside ordinary prose after the first word ("the March survey"); in a headline-style sentence
 * ("Thousands March On Parliament", "GM EARLY MARCH CAR SALES") when a noun follows it. Found in a review of Reuters-21578: 18 of 33
 * events coded 141 were the month "March".
 * @param doc the parsed article
 * @param i the candidate trigger token
 * @param first the sentence's first token
 * @param end the sentence's end token (exclusive)
 */
export function isMonthName(doc: Doc, i: number, first: number, end: number): boolean {
  // a protest "march" in prose is written in lower case ("plans to march on the capital")
  if (!MONTH_NAMES.has(doc.lower[i]) || !capitalised(doc, i)) return false;
  const next = i + 1 < end ? i + 1 : -1;
  if (next >= 0 && (doc.pos[next] === 'NUM' || /^\d/.test(doc.lower[next]))) return true;
  if (i > first && TIME_WORDS.has(doc.lower[i - 1])) return true;
  // a headline ("GM EARLY MARCH CAR SALES", "PROTEST MARCH IN SEOUL"): a month when a noun follows it
  if (titleCase(doc, first, end)) return next >= 0 && (doc.pos[next] === 'NOUN' || doc.pos[next] === 'PROPN');
  // in prose a capitalised month after the first word is the month ("the March survey", "spot March")
  return i > first;
}
