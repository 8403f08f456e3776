import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/**
 * A lone letter taken for a person ("the letter Ł", "grade C", "plan B") names nobody: a one-token
 * person name mention of a single letter is dropped unless a title or honorific names it ("Mr. T").
 * Found on GUM train (a linguistics text: 19 "persons" Ł).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such letters
 */
export function dropLetterPersons(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart !== 1 || m.rule === 'titled-person' || m.rule === 'honorific-name') return true;
    return !/^\p{L}\.?$/u.test(doc.text.slice(m.start, m.end));
  });
}
