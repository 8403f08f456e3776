/**
 * Date expressions that name a time after publication although chrono-node, run with forward dates off (news reports
 * the past), reads them as past days: "next Tuesday", "this coming Friday", "this weekend" in a weekday story, and the
 * start of a term ("flights a week from May 31" in a March story, which the year-before rule of resolve-date.ts
 * made the May before). Such a time is what a plan or a term talks about; resolve-date.ts then dates the event on
 * publication, as it does "next week" (GDELT's SQLDATE: the day of the report when the text gives no day of the
 * event itself). Found in the ninth events hand check (reut2-005: a landing-rights agreement dated a year early
 * from its term's start) and listed as open in the tenth.
 */

const DAY_MS = 86_400_000;

/** How far after publication a term's start may lie and still be read as this year's (half a year). */
const TERM_AHEAD_MS = 183 * DAY_MS;

/**
 * Whether a weekday or weekend expression names a day to come: "next Tuesday", "coming Friday", "this coming
 * weekend", or "this weekend" in a story published Monday to Friday (its weekend lies ahead). A bare weekday ("on
 * Tuesday") stays the latest such day on or before publication, and "last weekend" or "the weekend" the past one.
 * @param before the sentence text right before the expression (chrono-node leaves "this" or "coming" out of it at times)
 * @param text chrono-node's text of the expression
 * @param published the publication instant (UTC noon of the publication day)
 */
export function weekdayToCome(before: string, text: string, published: Date): boolean {
  const phrase = `${before.slice(-16)}${text}`.toLowerCase();
  if (/\b(?:next|coming)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b/.test(phrase)) return true;
  const weekday = published.getUTCDay(); // Sunday 0 … Saturday 6
  return /\bthis\s+weekend\b/.test(phrase) && weekday >= 1 && weekday <= 5;
}

/**
 * Whether an expression opens after a word that starts a term ("from May 31", "starting June 1", "effective April
 * 1", "as of July 1", "with effect from"): a date of the publication's year that lies after publication, and no
 * more than half a year after it, is the start of that term, not a past day of the year before.
 * @param before the sentence text right before the expression
 * @param date the instant chrono-node's month and day give in the publication's year
 * @param published the publication instant
 */
export function termStartToCome(before: string, date: number, published: Date): boolean {
  return (
    /\b(?:from|starting|effective|beginning|as\s+(?:of|from))\s+(?:the\s+)?$/i.test(before) &&
    date > published.getTime() &&
    date - published.getTime() <= TERM_AHEAD_MS
  );
}
