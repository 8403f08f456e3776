/** Month names, lower case. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

// the abbreviations a wire dateline writes ("Jan 5", "Sept. 3"), lower case, without the point
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * True for a lower-cased month name or its abbreviation ("march", "sept.", "dec"), and nothing longer: "market"
 * and "mayor" are no months.
 * @param lower a lower-cased token
 */
export function isMonthWord(lower: string): boolean {
  return MONTH_NAMES.has(lower) || MONTH_ABBREVIATIONS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
