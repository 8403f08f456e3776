import * as chrono from 'chrono-node/en';

/** A year named relative to the report: "last year", "this year", "next year", "the previous year". */
const RELATIVE_YEAR = /^(?:last|this|next|the\s+previous|previous|the\s+following)\s+year$/i;

/** What may stand between a month and the year phrase that places it: "March last year", "January of last year". */
const JOINER = /^\s*(?:of\s+)?$/i;

/**
 * Joins a month that names no year to a relative year phrase right after it: "in March last year", "in January of
 * last year", "in June next year". chrono-node reads them as two expressions, the month in the reference's year
 * ("March" → March 2024 in a story of 12 March 2024) and the year alone, so the month was dated a year off (a review
 * of 2026-12-02: "in March last year" in a 2024 story gave 2024-03). The pair becomes one expression of that month in
 * the year the phrase names, spanning both (`index`, `text`), with the year certain.
 * @param sentenceText the sentence chrono-node parsed
 * @param results chrono-node's results for it, in text order
 * @param ref the reference instant chrono-node used (the publication noon), or null: without one a relative year
 *   names no year, and nothing is joined
 * @returns the results, each joined pair replaced by one expression (a new array; the input is not modified)
 */
export function joinMonthYearPhrases(sentenceText: string, results: readonly chrono.ParsedResult[], ref: Date | null): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const month = results[i];
    const year = results[i + 1];
    const joined =
      ref && year && month.start.isCertain('month') && !month.start.isCertain('year') && RELATIVE_YEAR.test(year.text) && year.start.isCertain('year')
        ? joinPair(sentenceText, month, year, ref)
        : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(month);
  }
  return out;
}

/** The month of `month` in the year of `year` as one expression over both, or null when they are not adjacent. */
function joinPair(sentenceText: string, month: chrono.ParsedResult, year: chrono.ParsedResult, ref: Date): chrono.ParsedResult | null {
  const monthEnd = month.index + month.text.length;
  if (year.index < monthEnd || !JOINER.test(sentenceText.slice(monthEnd, year.index))) return null;
  // chrono-node's month text may end in "of" ("January of"): the month and its day, if any, without it
  const phrase = `${month.text.replace(/\s+of\s*$/i, '')} ${year.start.get('year')}`;
  const [r] = chrono.parse(phrase, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!r || r.index !== 0 || !r.start.isCertain('year') || !r.start.isCertain('month')) return null;
  // the parse of the phrase, placed over both expressions of the sentence (its own fields shadow the phrase's)
  return Object.assign(Object.create(r) as chrono.ParsedResult, { index: month.index, text: sentenceText.slice(month.index, year.index + year.text.length) });
}
