import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { copyMention, GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
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

/** Name particles that news may write in lower case but that belong to a surname ("van", "de", "bin"). */
const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'st', 'san', 'mac', 'ter', 'ten']);

/**
 * A guessed person name running on into ordinary words ("John Staikos Direct Dial", "Sungjoo Lee Stochastic
 * Processes", "Andy Warhol Photographic Legacy Program"): a guessed person mention ({@link GUESSED_PERSON_RULES})
 * of four or more words whose last two or more words are capitalised words that news writes in lower case
 * (`res.commonWords`) ends before them, keeping at least two words and a capitalised last word ("Shaun of
 * the Dead" is no "Shaun of"); the first cut word must not be a name particle ("Van", "De"). Signature lines, course titles and programme names put such words right after a
 * name with no punctuation, and the tagger reads the run as one name.
 * Found on UNER English-EWT dev (e-mail signatures) and GUM train (a programme named after a person).
 * @param view the article's DocView; `res` entity resources (`commonWords`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such persons ending before the ordinary words
 */
export function trimCommonWordTails(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || !GUESSED_PERSON_RULES.has(m.rule) || m.tokEnd - m.tokStart < 4) return m;
    let cut = m.tokEnd;
    while (cut > m.tokStart + 2 && res.commonWords.has(keys[cut - 1]) && startsUpper(surface(cut - 1))) cut--;
    if (m.tokEnd - cut < 2 || PARTICLES.has(keys[cut]) || !startsUpper(surface(cut - 1))) return m;
    const end = doc.ends[cut - 1];
    return copyMention(m, { end, tokEnd: cut, name: doc.text.slice(m.start, end), personTokens: nameTokens(keys, m.tokStart, cut) });
  });
}
