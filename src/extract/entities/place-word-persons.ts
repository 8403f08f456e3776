import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Words that open a place's name and no person's ("Mount Hood", "Lake Tahoe", "Cape Verde"), as gazetteer keys. */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['mount', 'mt', 'lake', 'cape', 'fort', 'ft']);

/**
 * Persons that are places by a place word of the article:
 * - a guessed person name opening with a place prefix ("Mount Hood", "Lake Tahoe", "Fort Bragg") is a
 *   place (rule `place-prefix`);
 * - a guessed one- or two-word person name (also a weak capitalisation guess) that the article also writes
 *   before a capitalised natural-feature word ("Coron Island … Coron", "the Tana River … Tana"; the LOC
 *   cue words of `res.orgCues`) is that place,
 *   and joins its entity (rule `place-word-alias`); a name whose first word is a known given name
 *   ("Victoria Falls … Victoria") is left alone.
 * Found on GUM dev (a travel guide: fifteen "persons" Coron next to "Coron Island"; "Mount Hood").
 * @param view the article's DocView; `res` entity resources (`orgCues`, `givenNames`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with those persons retyped as places (new objects)
 */
export function placeWordPersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  const guessed = (m: RawMention) => m.kind === 'name' && m.type === 'PERSON' && (m.weak || GUESSED_PERSON_RULES.has(m.rule));
  if (!mentions.some(guessed)) return [...mentions];
  // "Coron Island": the words before a natural-feature word of a place mention → that mention.
  const featureNames = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || (m.type !== 'LOC' && m.type !== 'GPE') || m.tokEnd - m.tokStart < 2 || m.tokEnd - m.tokStart > 3) continue;
    const last = view.doc.text.slice(view.doc.starts[m.tokEnd - 1], view.doc.ends[m.tokEnd - 1]);
    if (res.orgCues.get(keys[m.tokEnd - 1])?.type !== 'LOC' || !startsUpper(last)) continue;
    featureNames.set(keys.slice(m.tokStart, m.tokEnd - 1).join(' '), m);
  }
  return mentions.map((m) => {
    if (!guessed(m)) return m;
    // A weak guess ("Hagghier" before "mountains") is no name unless the article names the place.
    if (!m.weak && m.tokEnd - m.tokStart >= 2 && PLACE_PREFIXES.has(keys[m.tokStart])) {
      return retypedFromPerson(m, 'LOC', 'place-prefix');
    }
    const place = m.tokEnd - m.tokStart <= 2 ? featureNames.get(keys.slice(m.tokStart, m.tokEnd).join(' ')) : undefined;
    if (!place || res.givenNames.has(keys[m.tokStart])) return m;
    return copyMention(m, { type: place.type, key: place.key, country: place.country, actor: place.actor, agent: place.agent, personTokens: [], gender: null, rule: 'place-word-alias' });
  });
}
