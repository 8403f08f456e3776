import type { DocView } from './doc-view.js';
import { startsUpper, startsWithLetter } from './letter-case.js';

/** Short function words a title-case line may leave in lower case ("Best Pizza in Town", "Worth the Trip"). */
const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is']);

/**
 * True when sentence `s` is a title-case line: a paragraph of one sentence (a headline; the title of a review, post or
 * e-mail) with at least two capitalised words and no lower-case word but short function words ("Great Job Thanks",
 * "Washington Slams Beijing over New Tariffs"). In such a line capitals say nothing about names. Used by
 * headline-common-names.ts (guessed names of ordinary words) and find-mentions.ts (a capital city before a capitalised
 * word opens no longer name there). O(tokens of the sentence).
 * @param view the article's DocView
 * @param s sentence index
 */
export function isTitleCaseLine(view: DocView, s: number): boolean {
  const { doc, keys } = view;
  const sentence = doc.sentences[s];
  const p = doc.paragraphs[sentence.paragraph];
  if (p.endSentence - p.firstSentence !== 1) return false;
  let capitalised = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const w = doc.text.slice(doc.starts[i], doc.ends[i]);
    if (!startsWithLetter(w)) continue;
    if (startsUpper(w)) capitalised++;
    else if (!MINOR_WORDS.has(keys[i])) return false;
  }
  return capitalised >= 2;
}
