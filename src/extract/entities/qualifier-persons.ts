import type { DocView } from './doc-view.js';
import { copyMention, GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Compass, period and rank words that open names of places, languages and peoples, never a person's given name. */
const QUALIFIERS: ReadonlySet<string> = new Set([
  'old', 'middle', 'modern', 'ancient', 'classical', 'early', 'late', 'proto', 'standard', 'vulgar', 'high', 'low', 'upper', 'lower',
  'west', 'east', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western',
]);

/** Languages and peoples that are no country's demonym in the gazetteer ("Old English", "West African"). */
const TONGUES: ReadonlySet<string> = new Set(['english', 'frisian', 'norse', 'latin', 'saxon', 'celtic', 'gaelic', 'slavic', 'germanic', 'african', 'european', 'asian', 'arabic', 'hebrew', 'sanskrit']);

/**
 * Names of places, regions, languages and peoples opening with a compass or period word ("North Waziristan",
 * "West Java", "North Kivu", "West Point", "Old English", "West Frisian", "West African"), guessed to be
 * persons because the tagger or a given-name list knows a word of them: a guessed person
 * ({@link GUESSED_PERSON_RULES}) of two or more words whose first word is such a qualifier
 * ({@link QUALIFIERS}), capitalised and not weak, is no person. It becomes a place (LOC, no actor code;
 * rule `qualified-place`), or is dropped when its last word is a language or a people's name (a demonym or
 * {@link TONGUES}: "Old English", "West African"). Runs after the place steps, which make the known ones ("North Carolina",
 * "North Dakota") places of their country.
 * On the held-out dev sets such persons were 0 right of 13 (GENTLE 9: "Old English", "West Frisian"; GUM
 * train with a tagger without GUM 4: "North Kivu", "West Point"); over 2,225 BBC and 2,700 TempEval-3
 * articles they were places and regions ("North Waziristan", "West Java", "North East") and a few
 * football clubs ("West Ham", "West Brom": places now, persons before).
 * @param view the article's DocView; `res` entity resources (`gazetteer` for demonyms)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such persons retyped or dropped, in the same order
 */
export function qualifierPersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const out: RawMention[] = [];
  for (const m of mentions) {
    // A weak guess is no name mention of its own anyway (build-entities.ts keeps it only inside a full name).
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.weak || m.tokEnd - m.tokStart < 2 || !GUESSED_PERSON_RULES.has(m.rule) || !QUALIFIERS.has(keys[m.tokStart])) {
      out.push(m);
      continue;
    }
    // Capitalised as a name word ("West"), not an all-capitals line.
    const first = doc.text.slice(m.start, doc.ends[m.tokStart]);
    if (first === first.toUpperCase()) {
      out.push(m);
      continue;
    }
    // "Old English", "West African": a language or a people, no place.
    const last = keys[m.tokEnd - 1];
    if (TONGUES.has(last) || res.gazetteer.get(last)?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'demonym'))) continue;
    out.push(copyMention(retypedFromPerson(m, 'LOC', 'qualified-place'), { actor: null, agent: null, role: null }));
  }
  return out;
}
