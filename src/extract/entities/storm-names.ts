import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/** Words naming a tropical storm before its given name ("Hurricane Rita", "Typhoon Haiyan", "Tropical Storm Helene"). */
const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);

/** Person rules that rest on a title, honorific or role: such a person is no storm. */
const TITLED_RULES: ReadonlySet<string> = new Set(['titled-person', 'honorific-name', 'name-of-person', 'known-person']);

/**
 * Storms named like persons ("Hurricane Rita hit Texas … Rita weakened"): a person mention right after
 * a storm word, or ending in one and a name ("Tropical Storm Helene"), names a storm, an event, which CoNLL, UNER and GUM do not mark as a
 * person; it is dropped, and so is every other one-word person mention of that name in the article that
 * rests on no title or honorific ("Rita" alone), unless the article also names a person in full with it
 * ("Rita Moreno"). Storm names are given names by design (World Meteorological Organization lists), so
 * the tagger and the given-name rules read them as persons.
 * Found on UNER English-EWT dev (a hurricane report: "Rita" three times, "Katrina").
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without the storms' names
 */
export function dropStormNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  const storms = new Set<string>();
  const stormMentions = new Set<RawMention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || TITLED_RULES.has(m.rule)) continue;
    // "Hurricane Rita", "Tropical Storm Helene" as one mention: the storm word right before its last word.
    const opens = m.tokEnd - m.tokStart >= 2 && STORM_WORDS.has(keys[m.tokEnd - 2]);
    const after = m.tokStart > 0 && STORM_WORDS.has(keys[m.tokStart - 1]) && m.tokEnd - m.tokStart === 1 && view.sentenceOf[m.tokStart - 1] === view.sentenceOf[m.tokStart];
    if (!opens && !after) continue;
    storms.add(keys[m.tokEnd - 1]);
    stormMentions.add(m);
  }
  if (storms.size === 0) return [...mentions];
  const inFullNames = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'PERSON' && m.personTokens.length >= 2 && !stormMentions.has(m)) for (const t of m.personTokens) inFullNames.add(t);
  return mentions.filter((m) => {
    if (stormMentions.has(m)) return false;
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart !== 1 || TITLED_RULES.has(m.rule)) return true;
    return !storms.has(keys[m.tokStart]) || inFullNames.has(keys[m.tokStart]);
  });
}
