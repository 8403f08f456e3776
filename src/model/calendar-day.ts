const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether a string is a day of the (proleptic Gregorian) calendar written `YYYY-MM-DD`, the form every stored date
 * takes: dates are compared as strings, so "2023-6-1", "2023" or "last week" would silently select the wrong range,
 * and "2021-02-29" or "2020-13-45" name no day. Years 0000–9999 are read as written (no 1900 offset for 0000–0099 as
 * `Date.UTC` applies); leap years follow the Gregorian rule (ISO 8601).
 * The one check the CLI's date options (cli/query-options.ts), the store filters (store/store-filters.ts) and a user
 * actors file's terms (extract/entities/actor-kb.ts) share; each caller keeps its own error code and message.
 * @param value the string to check
 * @returns true for a calendar day in exactly that form, false for anything else
 */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}
