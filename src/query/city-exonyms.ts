import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../resources/data-path.js';
import { placeNameKey } from './place-name-key.js';

const ExonymsFileSchema = z.object({
  cities: z.array(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/),
      geonames: z.string().min(1),
      english: z.array(z.string().min(1)).min(1),
    }),
  ),
});

/**
 * Loads the English names of cities that GeoNames stores only under a local or transliterated name
 * (data/geo/exonyms.json: Geneva → Genève, Kiev → Kyiv, Cologne → Köln, Jenin → Janīn), keyed as
 * {@link cityExonymKey} of the GeoNames record, valued the {@link placeNameKey}s of its English names.
 * @returns a frozen map, e.g. "CH|geneve" → ["geneva"]
 * @throws Error naming the file when it is missing or does not match the schema
 */
export function loadCityExonyms(): ReadonlyMap<string, readonly string[]> {
  const path = dataPath('geo', 'exonyms.json');
  const parsed = ExonymsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'does not match its schema'}`);
  const map = new Map<string, string[]>();
  for (const c of parsed.data.cities) {
    const key = cityExonymKey(c.country, c.geonames);
    map.set(key, [...(map.get(key) ?? []), ...c.english.map(placeNameKey)]);
  }
  return Object.freeze(map);
}

/**
 * The key of a GeoNames city in {@link loadCityExonyms}' map.
 * @param iso2 ISO 3166 alpha-2 country code of the city
 * @param name its GeoNames name
 * @returns `ISO2|name key`, e.g. "CH|geneve"
 */
export function cityExonymKey(iso2: string, name: string): string {
  return `${iso2.toUpperCase()}|${placeNameKey(name)}`;
}
