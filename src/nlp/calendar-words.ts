// Calendar words: the month and weekday names, and the month abbreviations wire copy writes, lower case. One list for
// every stage that must tell a date word from a name (entities: a month is no place or person; events: "March" is no
// protest; the dateline reader). English only, as the rest of the pipeline.

/** Month names, lower case ("january" … "december"). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** The abbreviations a wire dateline writes ("Jan 5", "Sept. 3"), lower case, without the point; "may" has none. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Weekday names, lower case ("monday" … "sunday"). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * True for a lower-cased month name or its abbreviation ("march", "sept.", "dec"), and nothing longer: "market"
 * and "mayor" are no months.
 * @param lower a lower-cased token
 */
export function isMonthWord(lower: string): boolean {
  return MONTH_NAMES.has(lower) || MONTH_ABBREVIATIONS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * True for a lower-cased month or weekday name in full ("march", "thursday"); abbreviations are not read.
 * @param lower a lower-cased token
 */
export function isCalendarName(lower: string): boolean {
  return MONTH_NAMES.has(lower) || WEEKDAY_NAMES.has(lower);
}
