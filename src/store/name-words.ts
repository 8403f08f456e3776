import { normaliseName } from '../extract/entities/actor-kb.js';

/**
 * Whole-word name matching for the store's query filters (`quotes --speaker xi`, `--mentions china`).
 *
 * A query matches a name when its words occur in the name as consecutive whole words, case- and
 * accent-insensitive: "xi" matches "Xi Jinping" and "President Xi", not "Xie Zhenhua", "Guangxi" or
 * "New Mexico"; "antony blinken" matches "Antony J. Blinken" only if the words are adjacent (they are not:
 * use "blinken"). Hyphens, full stops, commas and apostrophes separate words ("Jean-Yves" = "Jean Yves").
 * No wildcards: "_" or "%" are ordinary characters, so a query never matches every name by accident.
 */

/**
 * The words of a name or query: the actor knowledge base's name normalisation (lower case, accents removed;
 * {@link normaliseName}), split on anything that is not a letter or digit.
 * @param text a name or query
 * @returns the words, in order (empty for text without letters or digits)
 */
export function nameWords(text: string): string[] {
  return normaliseName(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether `query`'s words occur in `name` as consecutive whole words (see the module comment).
 * @param name a stored name (speaker or entity name); null never matches
 * @param query what the user typed
 * @returns true when it matches; false for a null name or a query without words
 */
export function nameHasWords(name: string | null, query: string): boolean {
  if (name === null) return false;
  const q = nameWords(query);
  if (!q.length) return false;
  const w = nameWords(name);
  for (let i = 0; i + q.length <= w.length; i++) {
    let k = 0;
    while (k < q.length && w[i + k] === q[k]) k++;
    if (k === q.length) return true;
  }
  return false;
}
