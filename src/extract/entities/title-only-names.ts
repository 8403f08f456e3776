import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * An honorific before a bare title ("Mr. Speaker", "Madam President", "Mr. Chief Justice") addresses an
 * office holder without naming them: the honorific rule's person "named" "Speaker" or "Chief Justice"
 * is no name mention and is dropped (the title words are a role of the gazetteer, exactly). Likewise a
 * bare title guessed to be a person by the tagger or capitalisation ({@link GUESSED_PERSON_RULES}: "the
 * Prime Minister said", "Foreign Secretary", "Special Representative"; GUM train 3, re3d train 4 such
 * false persons with held-out taggers). Runs after the tagger's spans are merged.
 * @param view the article's DocView; `res` entity resources (`gazetteer`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such "names"
 */
export function dropTitleOnlyNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.filter((m) => {
    if (m.type !== 'PERSON' || m.kind !== 'name' || (m.rule !== 'honorific-name' && !GUESSED_PERSON_RULES.has(m.rule))) return true;
    const a = m.tokStart;
    const n = m.tokEnd - a;
    return !res.gazetteer.get(keys[a])?.some((p) => p.keys.length === n && p.entries.some((e) => e.kind === 'personRole') && p.keys.every((k, i) => keys[a + i] === k));
  });
}
