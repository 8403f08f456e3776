import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * An honorific before a bare title ("Mr. Speaker", "Madam President", "Mr. Chief Justice") addresses an
 * office holder without naming them: the honorific rule's person "named" "Speaker" or "Chief Justice"
 * is no name mention and is dropped (the title words are a role of the gazetteer, exactly). Likewise a
 * bare title guessed to be a person by the tagger or capitalisation ({@link GUESSED_PERSON_RULES}: "the
 * Prime Minister said", "Foreign Secretary", "Special Representative"; GUM train 3, re3d train 4 such
 * false persons with held-out taggers), and a one-word guess that is the plural of a one-word role ("Senators are
 * supposed to…", "Governors"; GUM dev "Senators" six times). Runs after the tagger's spans are merged.
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
    if (res.gazetteer.get(keys[a])?.some((p) => p.keys.length === n && p.entries.some((e) => e.kind === 'personRole') && p.keys.every((k, i) => keys[a + i] === k))) return false;
    // "Senators are supposed to step back": a one-word guess that is a role's plural names a group, nobody.
    return !(n === 1 && m.rule !== 'honorific-name' && isRolePlural(res, keys[a]));
  });
}

/** Whether a lower-case key is the plural of a one-word person role of the gazetteer ("senators", "secretaries"). */
function isRolePlural(res: EntityResources, key: string): boolean {
  if (key.length < 4 || !key.endsWith('s')) return false;
  // "secretaries" → secretary, "bosses" → boss; "Coles" is no plural of the abbreviation "Col".
  const stem = key.endsWith('ies') ? `${key.slice(0, -3)}y` : /(?:s|x|z|ch|sh)es$/.test(key) ? key.slice(0, -2) : key.slice(0, -1);
  return res.gazetteer.get(stem)?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'personRole')) ?? false;
}
