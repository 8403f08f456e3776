import { isMonthWord } from '../../nlp/calendar-words.js';
import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/** A day of the month as a token: 1 to 31, as wire datelines write it ("Feb 26"). */
const DAY_NUMBER = /^(0?[1-9]|[12]\d|3[01])$/;

/**
 * Mentions that are dates, not names: a name mention opening with a month word followed by a day number ("Feb 26"
 * in a dateline "FAIRBANKS, Alaska, Feb 26 -", "Jan 31" opening a table row), or a place, organisation or group that is a
 * month word alone ("Feb"). The tagger reads the capitalised abbreviation between a dateline's region and its dash as
 * one more place: 67 of 1,000 Reuters stories (reut2-000) had a place "Feb". A person named like a month ("May", "Jan
 * de Vries") is kept unless a day number follows it.
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without those
 */
export function dropMonthMentions(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || !isMonthWord(doc.lower[m.tokStart])) return true;
    const next = m.tokStart + 1;
    if (next < doc.tokenCount && view.sentenceOf[next] === view.sentenceOf[m.tokStart] && DAY_NUMBER.test(doc.lower[next])) return false;
    return m.type === 'PERSON' || m.tokEnd - m.tokStart > 1;
  });
}
