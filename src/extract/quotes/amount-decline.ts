import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Words that lead into an amount after "declined" ("declined by 4 pct", "declined to 40 mln", "declined from 52 mln"). */
const AMOUNT_LEADS: ReadonlySet<string> = new Set(['by', 'to', 'from', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'more', 'less', 'than', 'roughly', 'just']);

/** A token that opens an amount: a number, or a currency sign before one ("12", "3.2", "$5", "£40m", "one-third"). */
const AMOUNT_START = /^([$£€¥]?\d|[$£€¥]$)/;

/**
 * True for the cue "decline" in its sense "fall, decrease" ("Net profit declined 12 pct to 40 mln crowns", "Revenue
 * declined to 40 mln dlrs from 52 mln"): an amount follows the verb, after adverbs and at most two of the words that
 * lead into one (`by`, `to`, `from`, `nearly` …). The subject is a measure, not someone refusing, so the cue makes no
 * quote. A refusal ("declined to comment", "declined an invitation", "declined comment") keeps its quote.
 * Source: real-news hand check (Reuters-21578 business stories: "declined 3.2 pct to …" listed as a quote of the sales
 * figure); PolNeAR train holds one such prediction ("Trade … declined 40 percent …", spurious) and no gold one.
 * @param doc the token layer; `c` a cue found by findCues
 * @returns true when the cue is "decline" followed by an amount
 */
export function isAmountDecline(doc: Doc, c: CueMatch): boolean {
  if (c.entry.lemma !== 'decline' || c.passive) return false;
  const end = c.sentence.endToken;
  let t = c.end;
  while (t < end && doc.pos[t] === 'ADV') t++;
  for (let leads = 0; t < end && leads < 2 && AMOUNT_LEADS.has(doc.lower[t]); leads++) t++;
  if (!(t < end && (doc.pos[t] === 'NUM' || AMOUNT_START.test(doc.lower[t])))) return false;
  // the amount's own words, then what follows: a unit, or no noun at all ("declined 12 pct", "declined to 40 mln
  // dlrs", "declined 3.2 to 18.5"); a count of things is what was refused ("declined more than 20 requests")
  while (t < end && (doc.pos[t] === 'NUM' || AMOUNT_START.test(doc.lower[t]))) t++;
  return t >= end || UNITS.has(doc.lower[t]) || (doc.pos[t] !== 'NOUN' && doc.pos[t] !== 'PROPN');
}

/** Words that name what an amount counts in a fall: percentages, money, points, and the wire's abbreviations of them. */
const UNITS: ReadonlySet<string> = new Set([
  'pct', 'percent', '%', 'per', 'points', 'point', 'basis', 'mln', 'million', 'bln', 'billion', 'trillion', 'dlrs', 'dollars',
  'dlr', 'cts', 'cents', 'pence', 'yen', 'marks', 'francs', 'pounds', 'euros', 'stg', 'crowns', 'lire', 'pesos', 'rupees',
  'tonnes', 'tons', 'barrels', 'bpd', 'ounces', 'bushels', 'units', 'shares', 'times', 'fold', 'm', 'bn', 'k',
]);
