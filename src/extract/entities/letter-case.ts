/**
 * Letter tests on token surfaces with an ASCII fast path: the same answers as the Unicode regular
 * expressions named below (which run only for a non-ASCII first character), at a fraction of the cost on
 * the hot paths of the entity rules.
 */

const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const LETTER = /\p{L}/u;

/**
 * Whether a string starts with an upper-case letter: exactly `/^\p{Lu}/u.test(s)`.
 * @param s any string ("" → false)
 */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START.test(s);
}

/**
 * Whether a string starts with a letter: exactly `/^\p{L}/u.test(s)`.
 * @param s any string ("" → false)
 */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_START.test(s);
}

/**
 * Whether a string contains a letter: exactly `/\p{L}/u.test(s)`.
 * @param s any string ("" → false)
 */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return LETTER.test(s.slice(i));
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}
