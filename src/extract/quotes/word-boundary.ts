import type { Doc } from '../../nlp/doc.js';

/**
 * True when token `e` continues the word that token `e - 1` ends, with no space between: a letter or digit after a
 * letter, digit or hyphen ("self-|described", "American-|born"), or a hyphen or apostrophe opening a word part
 * ("that|'s", "man|-made"). A reported content never ends there, and a rule looking for the next verb does not stop
 * at one ("an American-born judge"). Found on PolNeAR train: 6 of our contents ended inside a word, none right.
 * @param doc the token layer; `e` a token index in `[1, doc.tokenCount)`
 */
export function insideWord(doc: Doc, e: number): boolean {
  const at = doc.starts[e];
  if (e === 0 || at !== doc.ends[e - 1]) return false;
  const before = doc.text[at - 1] ?? '';
  const after = doc.text[at] ?? '';
  if (/[\p{L}\p{N}]/u.test(after)) return before === '-' || /[\p{L}\p{N}]/u.test(before);
  return /[-'\u2019]/.test(after) && /\p{L}/u.test(doc.text[at + 1] ?? '') && /[\p{L}\p{N}]/u.test(before);
}
