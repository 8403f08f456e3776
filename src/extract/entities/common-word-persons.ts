import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Title-case phrases taken for persons ("Developer Tools", "Portfolio Project", "Public Domain", "Vice
 * Presidency", "Match Point"): a guessed person name of two or more words, every one of which news text
 * mostly writes in lower case (`res.commonWords`, counted over BBC, Reuters and TempEval news by
 * scripts/build-common-words.ts), is no person and is dropped, unless its first word is a known given name
 * ("Will Young", "Rose Park" stay; word-names.ts weakens the given names that are ordinary words). One-word
 * names are left alone: surnames are often ordinary words ("Rice", "White") and the article's own letter
 * case decides those. Over the 2,225 BBC articles it dropped song, film, band and programme titles ("Band
 * Aid", "Big Brother", "Snow Patrol", "Go Digital", "Human Rights"), a few of them organisations the
 * tagger had called persons, and two stage names ("Danger Mouse", "The Edge").
 * Found on GENTLE (course syllabi and reviews) and GUM train (essays, how-to guides); also removes
 * "Special Advisor", "Central Command" on re3d.
 * @param view the article's DocView; `res` entity resources (`commonWords`, `givenNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without those phrases
 */
export function dropCommonWordPersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || !GUESSED_PERSON_RULES.has(m.rule) || m.tokEnd - m.tokStart < 2) return true;
    if (res.givenNames.has(keys[m.tokStart])) return true;
    for (let i = m.tokStart; i < m.tokEnd; i++) if (!res.commonWords.has(keys[i])) return true;
    return false;
  });
}
