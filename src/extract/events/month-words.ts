import type { Doc } from '../../nlp/doc.js';
import { capitalised, titleCase } from './name-words.js';

const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

// the abbreviations a wire dateline writes ("Jan 5", "Sept. 3"), lower case, with or without the point
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * True for a lower-cased month name or its abbreviation ("march", "sept.", "dec"), and nothing longer: "market"
 * and "mayor" are no months.
 * @param lower a lower-cased token
 */
export function isMonthWord(lower: string): boolean {
  return MONTHS.has(lower) || MONTH_ABBREVIATIONS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

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
  if (!MONTHS.has(doc.lower[i]) || !capitalised(doc, i)) return false;
  const next = i + 1 < end ? i + 1 : -1;
  if (next >= 0 && (doc.pos[next] === 'NUM' || /^\d/.test(doc.lower[next]))) return true;
  if (i > first && TIME_WORDS.has(doc.lower[i - 1])) return true;
  // a headline ("GM EARLY MARCH CAR SALES", "PROTEST MARCH IN SEOUL"): a month when a noun follows it
  if (titleCase(doc, first, end)) return next >= 0 && (doc.pos[next] === 'NOUN' || doc.pos[next] === 'PROPN');
  // in prose a capitalised month after the first word is the month ("the March survey", "spot March")
  return i > first;
}
