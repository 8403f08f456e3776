import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../nlp/calendar-words.js';


/**
 * A date is no name: a person, place or organisation mention made of a month name and numbers only
 * ("January 8", "8 January", "Sept. 11") is dropped (the tagger sometimes reads a date after a dash or
 * parenthesis as a person's name, and the document layer then copies it to its repeats). Runs after the
 * tagger's spans are merged.
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such dates
 */
export function dropDateNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.tokEnd - m.tokStart < 2) return true;
    let month = false;
    for (let i = m.tokStart; i < m.tokEnd; i++) {
      const k = keys[i];
      if (MONTH_NAMES.has(k) || MONTH_ABBREVIATIONS.has(k)) month = true;
      else if (!/^\d{1,4}(?:st|nd|rd|th)?$/.test(k) && k !== ',') return true;
    }
    return !month;
  });
}
