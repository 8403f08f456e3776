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
 * A phrase naming an unresolved speaker without its possessors: what comes after the last possessive "'s" (or "s'")
 * that a lower-case word follows ("Chancellor Gordon Brown's closest ally" → "closest ally", "a member of Cherie
 * Blair's legal chambers" → "legal chambers"), so that `quotes --speaker brown` does not find what Brown's ally said.
 * A possessive before a capitalised word stays: it is part of a name ("McDonald's Corp", "Sainsbury's Bank"). A phrase
 * without such a possessive is returned as it is.
 * @param phrase the words the article calls the speaker (or an entity's name, left whole by the rule above)
 * @returns the phrase from the word after its last possessor
 */
export function withoutPossessors(phrase: string): string {
  const m = /^.*(?:['\u2019]s|s['\u2019])(?=\s+\p{Ll})/su.exec(phrase);
  return m ? phrase.slice(m[0].length).trim() : phrase;
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
