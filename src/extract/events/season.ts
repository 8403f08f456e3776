/**
 * Seasons as date expressions ("last summer", "this spring", "in the autumn of 1986", "winter 1987"), which
 * chrono-node does not read: Reuters-21578 alone writes "last/this summer/spring/autumn/winter/fall" 193 times.
 *
 * Seasons are the meteorological ones of the northern hemisphere, as the World Meteorological Organization and
 * national weather services count them: spring March–May, summer June–August, autumn (fall) September–November,
 * winter December–February. A winter named by a year is the one that ends in it ("the winter of 1987" runs from
 * December 1986 to February 1987: the WMO's and NOAA's DJF convention, under which a winter is counted with the year
 * of its January).
 */

/** A season's name → the month (1–12) it starts in. */
const SEASON_START: Readonly<Record<string, number>> = Object.freeze({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });

/**
 * The season that starts in a month (3, 6, 9, 12: spring, summer, autumn, winter; the first name of
 * {@link SEASON_START} for it), or undefined for another month.
 */
export function seasonStartingIn(month: number): string | undefined {
  return Object.keys(SEASON_START).find((name) => SEASON_START[name] === month);
}

/** How many months a season lasts. */
const SEASON_MONTHS = 3;

/**
 * A season with what dates it: a qualifier ("last", "this", "past") or a written year after it ("summer 1987",
 * "the summer of 1987"), optionally "early"/"late"/"mid-" before it. A bare "summer" or "in the fall" names no
 * particular season, and "fall" without either is the verb. Groups: 1 qualifier, 2 season, 3 year.
 */
const SEASON_EXPRESSION =
  /\b(?:(last|this|past)\s+)?(?:(?:early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:1[6-9]|20)\d\d)\b(?!\s*(?:-|–)\s*\d))?/gi;

/** A season expression of a sentence: offsets `[start, end)` in the sentence, its text, and what it names. */
export interface SeasonExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** the season's name, lower case: spring, summer, autumn, fall, winter */
  readonly season: string;
  /** the qualifier, lower case ("last", "this", "past"), or null */
  readonly qualifier: string | null;
  /** the written year, or null */
  readonly year: number | null;
}

/**
 * The season expressions of a sentence that name a particular season ({@link SEASON_EXPRESSION}): with a qualifier or a
 * written year; "fall" only with one of them.
 * @param sentenceText the sentence
 * @returns the expressions in text order, offsets relative to the sentence
 */
export function seasonExpressions(sentenceText: string): SeasonExpression[] {
  const out: SeasonExpression[] = [];
  for (const m of sentenceText.matchAll(SEASON_EXPRESSION)) {
    const qualifier = m[1]?.toLowerCase() ?? null;
    const year = m[3] ? Number(m[3]) : null;
    if (qualifier === null && year === null) continue;
    // "this fall in prices", "last fall's": a qualifier before "fall" that is a noun of falling, not the season
    const season = m[2].toLowerCase();
    if (season === 'fall' && year === null && /^\s*(?:in|of|on|to|from|by)\b/i.test(sentenceText.slice(m.index + m[0].length))) continue;
    const text = m[0].replace(/\s+$/, '');
    out.push({ start: m.index, end: m.index + text.length, text, season, qualifier, year });
  }
  return out;
}

/**
 * The first day of the season an expression names, against the publication instant (UTC noon):
 * - with a written year, that year's season (a winter: the one that ends in that year, so it starts in December of
 *   the year before);
 * - "last"/"past" season: the latest such season that ended before publication ("last summer" in a March 1987 story is
 *   summer 1986; in an October 1987 story, summer 1987);
 * - "this" season: the one of the publication's year (a winter: the one under way, or in March the one just over);
 *   the caller treats a start after publication as a plan.
 * @param expr the expression ({@link seasonExpressions})
 * @param ref the publication instant (UTC noon), or null: then only a written year resolves
 * @returns the UTC-noon instant of the season's first day, or null when nothing anchors it
 */
export function seasonStart(expr: SeasonExpression, ref: Date | null): number | null {
  const month = SEASON_START[expr.season];
  if (expr.year !== null) return Date.UTC(month === 12 ? expr.year - 1 : expr.year, month - 1, 1, 12);
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  if (expr.qualifier === 'this') {
    // a winter in January, February or March (the one just over) is the one that began the December before
    return Date.UTC(month === 12 && ref.getUTCMonth() < 3 ? y - 1 : y, month - 1, 1, 12);
  }
  // the latest season of that name whose last day is before publication
  for (let year = y; year >= y - 2; year--) {
    const start = Date.UTC(year, month - 1, 1, 12);
    const end = Date.UTC(year, month - 1 + SEASON_MONTHS, 1, 12);
    if (end <= ref.getTime()) return start;
  }
  return null;
}
