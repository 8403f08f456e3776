import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/** Planets and the lunar nodes of astrology: the tagger reads "Venus", "Mercury", "Rahu" as given names. */
const PLANETS: ReadonlySet<string> = new Set(['mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'rahu', 'ketu']);

/**
 * "Mercury and Venus is conjunct", "transit Saturn": a one-word person name that is a planet names no
 * person, unless the article names a person in full with it ("Venus Williams … Venus", "Freddie
 * Mercury … Mercury"). Such mentions are dropped. Found on UNER English-EWT dev (an astrology forum
 * post: eleven "persons").
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without those planets
 */
export function dropPlanetPersons(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  const planet = (m: RawMention) => m.kind === 'name' && m.type === 'PERSON' && m.tokEnd - m.tokStart === 1 && PLANETS.has(keys[m.tokStart]);
  if (!mentions.some(planet)) return [...mentions];
  const inFullNames = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'PERSON' && m.personTokens.length >= 2) for (const t of m.personTokens) inFullNames.add(t);
  return mentions.filter((m) => !planet(m) || inFullNames.has(keys[m.tokStart]));
}
