import { loadCountryGeo } from './country-geo.js';

/**
 * The three-letter codes CAMEO puts in an actor code's country slot besides ISO 3166-1 alpha-3 countries:
 * regions (AFR Africa … WST the West), transnational actors (IGO, NGO, NGM, IMG, MNC, UIS, INT) and the
 * Palestinian territories' codes (WSB West Bank, GZS Gaza Strip). Source: CAMEO 1.1b3 manual (Schrodt 2012),
 * chapter 3 "Actor codes", and the PETRARCH2 country/international dictionaries.
 */
const CAMEO_SLOT_CODES: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF',
  'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
  'IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT', 'WSB', 'GZS',
]);

/**
 * The codes among `codes` that are no country code detente knows: neither an ISO 3166-1 alpha-3 country of the
 * world-countries package (with CAMEO's KSV for Kosovo) nor one of CAMEO's region and transnational codes.
 * Used to tell a mistyped dyad ("USA-ZZZ") from one that merely has no events.
 * @param codes upper-case three-letter codes
 * @returns the unknown ones, in the given order
 * @throws Error when the world-countries package is missing or malformed
 */
export function unknownCountryCodes(codes: readonly string[]): string[] {
  const countries = loadCountryGeo();
  return codes.filter((c) => !countries.has(c) && !CAMEO_SLOT_CODES.has(c));
}

/**
 * Refuses a dyad query that found no events when one of its codes is no known country code: a typo ("USA-ZZZ")
 * rather than a quiet relationship. Does nothing when there are events (a user's own codes may be in the store).
 * @param dyad the two upper-case codes
 * @param events how many events the query found
 * @throws Error naming the unknown code(s)
 */
export function checkDyadCodes(dyad: readonly [string, string], events: number): void {
  if (events > 0) return;
  const unknown = unknownCountryCodes(dyad);
  if (unknown.length) throw new Error(`no events for ${dyad.join('-')}: ${unknown.map((c) => `"${c}"`).join(' and ')} is no country code (ISO 3166-1 alpha-3 or CAMEO, e.g. USA, CHN, RUS, IGO)`);
}
