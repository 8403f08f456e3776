import type { DocView } from './doc-view.js';
import { exactPlaces } from './place-names.js';
import { copyMention, GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Most words of a first-level region's name ("New South Wales"). */
const MAX_REGION_WORDS = 3;

/**
 * A town written as addresses write it, "Austin, Texas", "Preston, Victoria, Australia", "Rochester, New York", is that
 * town even where the article also names a person after it ("Jared Austin Shepherd Padalecki … resides in Austin,
 * Texas": the alias rule had made "Austin" the person) or the tagger took it for one: a one-word person mention that
 * rests on a guess ({@link GUESSED_PERSON_RULES}) or on another mention's name (`name-of-person`), followed by a comma
 * and a first-level region (`res.regionNames`) or a country named by rule, is a place (GPE, rule `town-region`) when the
 * place list knows the word as a town of that region's country; a tagged place so placed takes the rule too, so that the
 * entity layer does not read it as the person's name (build-entities.ts turns a tagged place that is a word of a full
 * name into that person). Only that occurrence changes: the comma and region
 * are evidence for it alone. Found on GUM train (a biography, a travel interview: "Austin , Texas", "Preston ,
 * Victoria") with a tagger trained without GUM.
 * @param view the article's DocView; `res` entity resources (`places`, `regionNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such persons retyped as places (new objects)
 */
export function townRegionPersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const person = m.type === 'PERSON' && (GUESSED_PERSON_RULES.has(m.rule) || m.rule === 'name-of-person');
    // A tagged place before the region is marked too: the entity layer would otherwise read it as the person's name.
    const taggedPlace = m.type === 'GPE' && m.rule === 'ner-tagger';
    if (m.kind !== 'name' || m.tokEnd - m.tokStart !== 1 || !(person || taggedPlace)) continue;
    const c = m.tokEnd;
    if (c + 1 >= doc.tokenCount || keys[c] !== ',' || sentenceOf[c + 1] !== m.sentence) continue;
    const next = mentions[k + 1];
    let country: string | null = next && next.tokStart === c + 1 && next.rule === 'country-name' ? next.country : null;
    for (let n = 1, name = keys[c + 1]; !country && n <= MAX_REGION_WORDS && c + n < doc.tokenCount && sentenceOf[c + n] === m.sentence; n++, name += ' ' + keys[c + n]) {
      country = res.regionNames.get(name) ?? null;
    }
    if (!country) continue;
    const place = exactPlaces(view, res, m.tokStart, m.tokEnd).find((e) => e.country === country);
    if (!place) continue;
    out ??= [...mentions];
    out[k] = person ? copyMention(m, { type: 'GPE', key: `GPE|${keys[m.tokStart]}`, country, actor: null, agent: null, role: null, personTokens: [], gender: null, weak: false, rule: 'town-region' }) : copyMention(m, { country: m.country ?? country, rule: 'town-region' });
  }
  return out ?? [...mentions];
}
