import { readFileSync } from 'node:fs';
import { dataPath } from '../resources/data-path.js';
import { loadFormerCountries } from './former-countries.js';

/**
 * ISO 3166 alpha-3 (CAMEO country) code → FIPS 10-4 country code, the two-letter codes of GDELT's
 * Actor1Geo_CountryCode, Actor2Geo_CountryCode and ActionGeo_CountryCode (GDELT Event Codebook 2.0), e.g.
 * CHN → CH, GBR → UK, DEU → GM. Read from data/actors/fips10.json (built by scripts/build-fips-codes.ts
 * from the Phoenix CountryInfo file) once per call, with the FIPS codes former countries had (USR → UR,
 * data/geo/former-countries.json); keep the returned map for a whole export.
 * @returns a frozen map with 205 countries
 * @throws Error when the data file is missing or malformed
 */
export function loadFipsCodes(): ReadonlyMap<string, string> {
  const raw = JSON.parse(readFileSync(dataPath('actors', 'fips10.json'), 'utf8')) as { codes?: Record<string, unknown> };
  if (!raw.codes || typeof raw.codes !== 'object') throw new Error('data/actors/fips10.json: no "codes" object');
  const map = new Map<string, string>();
  for (const [iso, fips] of Object.entries(raw.codes)) {
    if (!/^[A-Z]{3}$/.test(iso) || typeof fips !== 'string' || !/^[A-Z]{2}$/.test(fips)) throw new Error(`data/actors/fips10.json: bad entry ${iso}: ${String(fips)}`);
    map.set(iso, fips);
  }
  for (const c of loadFormerCountries()) if (!map.has(c.code)) map.set(c.code, c.fips);
  return Object.freeze(map);
}
