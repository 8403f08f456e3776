import type { Doc } from '../../nlp/doc.js';

/**
 * True when token `i` begins with an upper-case letter (A–Z, or any upper-case letter outside ASCII).
 * @param doc the parsed article
 * @param i a token index
 */
export function capitalised(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.starts[i]);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = doc.text[doc.starts[i]];
  return ch !== ch.toLowerCase();
}

/**
 * True when token `i` is a word inside a capitalised name rather than a trigger: it is capitalised, not the
 * sentence's first token, and follows a capitalised word (directly, across a hyphen, or across and/&/of: "Bethnal Green
 * and Bow") — "the Asia-Europe
 * Meeting", "the Six-Party Talks", "Summit Meeting" — in a sentence that is not written in title case (a
 * headline-style sentence capitalises its verbs too: "Leaders Meet In Hanoi", so there nothing is skipped).
 * Found in a review: "the Asia-Europe Meeting" was coded as a meeting (040) between the article's two sides.
 * @param doc the parsed article
 * @param i the candidate trigger token
 * @param first the sentence's first token
 * @param end the sentence's end token (exclusive)
 */
export function isNameWord(doc: Doc, i: number, first: number, end: number): boolean {
  if (i <= first || !capitalised(doc, i)) return false;
  let p = i - 1;
  if (doc.lower[p] === '-' && p > first) p--;
  // "Bethnal Green and Bow", "Bank of Attack": a capitalised word joined by and/&/of to a capitalised one (review 14,
  // BBC politics: the constituency's "Bow" was coded as a concession, 080)
  else if ((doc.lower[p] === 'and' || doc.lower[p] === '&' || doc.lower[p] === 'of') && p - 1 > first && capitalised(doc, p - 1)) p--;
  // (a capitalised first word of the sentence is no evidence of a name)
  return p > first && capitalised(doc, p) && !titleCase(doc, first, end);
}

/**
 * A headline-style sentence: more than half of its words that are no proper nouns (verbs, prepositions,
 * articles; the first word left out) are capitalised ("France Meets Germany In Berlin"). Names are not counted:
 * a sentence full of them ("Mr Macron attended the Asia-Europe Meeting with Germany on Monday") is no headline.
 * @param doc the parsed article
 * @param first the sentence's first token
 * @param end the sentence's end token (exclusive)
 */
export function titleCase(doc: Doc, first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first + 1; k < end; k++) {
    if (doc.pos[k] === 'PROPN') continue;
    const c = doc.text.charCodeAt(doc.starts[k]);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192;
    if (!letter) continue;
    words++;
    if (capitalised(doc, k)) caps++;
  }
  return caps * 2 > words;
}
