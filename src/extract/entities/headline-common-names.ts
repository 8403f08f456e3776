import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { isTitleCaseLine } from './title-case-line.js';

/** Rules of guesses that rest on the tagger or on capitalisation alone. */
const GUESS_RULES: ReadonlySet<string> = new Set(['ner-tagger', 'ner-tagger+name', 'ner-repeat', 'capitalised-name', 'given-name', 'cue-word-name']);

/**
 * Names guessed in a title-case line ("Great Job Thanks", "Favorite Restaurant", "Combo Meal Deal"): where a line — a
 * paragraph of one sentence, the title of a review, post or e-mail — capitalises every word but short function words,
 * capitals say nothing about names, and the tagger reads runs of ordinary words as names. In such a line of two or more
 * capitalised words, a guessed name (tagger or capitalisation, {@link GUESS_RULES}) with no actor code whose every word
 * news mostly writes in lower case (`res.commonWords`) is dropped, unless it opens with a given name ("Thanks From Bill"
 * signs a review) or follows "By" (a byline). Names with a word news writes capitalised
 * ("Mediterranean Restaurant", "Home Depot" when "depot" is no common word) and known names stay. Organisation names of
 * ordinary words inside sentences ("the Conference Board") are left alone: only the line's letter case is read.
 * Found on UNER English-EWT dev (review titles).
 * @param view the article's DocView; `res` entity resources (`commonWords`, `firstNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without such guesses
 */
export function dropHeadlineCommonNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  const candidate = (m: RawMention): boolean => {
    if (m.kind !== 'name' || m.actor !== null || !GUESS_RULES.has(m.rule) || res.firstNames.has(keys[m.tokStart])) return false;
    // "By Anonymous": a byline names its author.
    if (m.tokStart > 0 && keys[m.tokStart - 1] === 'by') return false;
    for (let i = m.tokStart; i < m.tokEnd; i++) if (!res.commonWords.has(keys[i])) return false;
    return true;
  };
  if (!mentions.some(candidate)) return [...mentions];
  const titleLine = new Map<number, boolean>();
  const isTitleLine = (s: number): boolean => {
    let v = titleLine.get(s);
    if (v !== undefined) return v;
    v = isTitleCaseLine(view, s);
    titleLine.set(s, v);
    return v;
  };
  return mentions.filter((m) => !candidate(m) || !isTitleLine(m.sentence));
}
