import type { DocView } from './doc-view.js';
import { exactPlaces } from './place-names.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Person rules that rest on the tagger alone or on its spreading, not on a given name, title or honorific. */
const TAGGED_PERSON_RULES: ReadonlySet<string> = new Set(['ner-tagger', 'ner-tagger+name', 'ner-repeat']);

/**
 * Words before a name that make it a place: locative prepositions and visiting. "to", "at" and "from"
 * are left out: they stand before persons as often ("forward to Brant", "a letter from Tyler").
 */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into', 'visit', 'visited', 'visiting']);

/**
 * One sense per discourse for towns the tagger took for persons ("York is a walled city … Visitors to York
 * … York has a minster": three persons "York"): a one-word name the tagger called a person that is a known
 * town or region (`res.places`) and that the article also writes after "in", "near", "around", "visit" or
 * the like ("in York", "visiting Cleveland"), or defines as a place ("Cleveland is a lively port city",
 * "Socotra was a small island": a form of "be", an article, at most three other words, a place noun) is that
 * place at every tagged occurrence (rule `town-in-article`,
 * its country when the place list gives one). One-word surnames are names of towns as often as not
 * ("Clinton", "Ford"), so the article's own "in …" decides; an article that names a person in full with
 * that word as surname ("Grover Cleveland") keeps the persons.
 * Found on GUM train (travel guides: "York" x16, "Cleveland" x12 read as persons by a tagger that had
 * not seen GUM; the definition "Cleveland is a … city" since 2026-11-30, when the guide's 12 were persons again).
 * @param view the article's DocView; `res` entity resources (`places`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with those persons retyped as places (new objects)
 */
export function townPersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys, sentenceOf } = view;
  const candidate = (m: RawMention) => m.kind === 'name' && m.type === 'PERSON' && m.tokEnd - m.tokStart === 1 && TAGGED_PERSON_RULES.has(m.rule);
  if (!mentions.some(candidate)) return [...mentions];
  const surnames = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'PERSON' && m.personTokens.length >= 2) surnames.add(m.personTokens[m.personTokens.length - 1]);
  const placeLike = new Set<string>();
  for (let i = 1; i < keys.length; i++) {
    // "In Tyler's mind": a possessive makes the name a person's.
    if (sentenceOf[i - 1] === sentenceOf[i] && PLACE_BEFORE.has(keys[i - 1]) && keys[i + 1] !== "'s") placeLike.add(keys[i]);
  }
  // "Cleveland is a lively port city on …": the article defines the word as a place.
  for (const m of mentions) if (candidate(m) && definedAsPlace(view, m.tokEnd)) placeLike.add(keys[m.tokStart]);
  // The place list's country of each candidate word; absent from the map until looked up, null when no known place.
  const placeCountry = new Map<string, { country: string } | null>();
  return mentions.map((m) => {
    if (!candidate(m)) return m;
    const key = keys[m.tokStart];
    if (!placeLike.has(key) || surnames.has(key)) return m;
    if (!placeCountry.has(key)) {
      const entries = exactPlaces(view, res, m.tokStart, m.tokEnd);
      placeCountry.set(key, entries.length > 0 ? { country: entries[0].country } : null);
    }
    const place = placeCountry.get(key);
    if (!place) return m;
    const country = place.country;
    return copyMention(m, { type: 'GPE', key: `GPE|${key}`, country, actor: null, agent: null, personTokens: [], gender: null, rule: 'town-in-article' });
  });
}

/** Nouns that make a definition "X is a … city" a place's. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'island', 'country', 'state', 'province', 'region', 'capital', 'port', 'suburb', 'municipality', 'county', 'district', 'nation', 'archipelago', 'borough', 'metropolis', 'kingdom', 'republic', 'emirate']);

/** Whether the words from token `b` on define a place: "is a lively port city", "was the capital". */
function definedAsPlace(view: DocView, b: number): boolean {
  const { keys, sentenceOf } = view;
  if (b + 2 >= keys.length || (keys[b] !== 'is' && keys[b] !== 'was') || !/^(?:a|an|the)$/.test(keys[b + 1])) return false;
  for (let i = b + 2; i < b + 6 && i < keys.length && sentenceOf[i] === sentenceOf[b]; i++) {
    // "the capital of Yemen" defines a place; "the town of his birth", "the state of the art" need not.
    if (PLACE_NOUNS.has(keys[i])) return keys[i + 1] !== 'of' || keys[i] === 'capital';
    if (keys[i] === ',' || keys[i] === 'of' || keys[i] === 'who' || keys[i] === 'and') return false;
  }
  return false;
}
