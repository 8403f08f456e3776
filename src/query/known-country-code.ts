import { loadCountryGeo } from './country-geo.js';
import { CAMEO_REGION_CODES, CAMEO_RELIGION_CODES, CAMEO_TERRITORY_CODES, CAMEO_TRANSNATIONAL_CODES, CAMEO_TYPE_CODES } from '../resources/cameo-actor-slots.js';

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
  return codes.filter((c) => !countries.has(c) && !CAMEO_REGION_CODES.has(c) && !CAMEO_TRANSNATIONAL_CODES.has(c) && !CAMEO_TERRITORY_CODES.has(c));
}

/**
 * The agent segment of an actor code that is no CAMEO code: the three letters right after a country, region or
 * territory code must be a role or sector type (GOV, MIL, REB, BUS…) or a religion (MOS, CHR…), as CAMEO builds its
 * codes (CAMEO 1.1b3 manual, ch. 3: "USAGOV", "IRQMOSSUN"). "GVO" in "USAGVO" is none. Later segments may name a
 * known group ("ISJ" in "PSEREBISJ"), of which there is no closed list, and are not checked; nor is a code that starts
 * with a transnational type ("IGOUNO") or with no known country.
 * @param code an upper-case actor code of 3, 6, 9… letters
 * @returns the unknown segment, or null when there is none
 * @throws Error when the world-countries package is missing or malformed
 */
export function unknownAgentCode(code: string): string | null {
  const [first, agent] = code.match(/[A-Z]{3}/g) ?? [];
  if (first === undefined || agent === undefined || CAMEO_TRANSNATIONAL_CODES.has(first) || unknownCountryCodes([first]).length > 0) return null;
  return CAMEO_TYPE_CODES.has(agent) || CAMEO_RELIGION_CODES.has(agent) ? null : agent;
}

/**
 * Refuses a dyad query that found no events when one of its actor codes starts with no known country code (its first
 * three letters: "XYZ" in "USA-XYZ", "ZZZ" in "ZZZGOV") or names no CAMEO agent after its country ("GVO" in "USAGVO":
 * {@link unknownAgentCode}): a typo rather than a quiet relationship, and so a usage error (the CLI exits 1, as for its
 * other usage errors). Does nothing when there are events (a user's own codes may be in the store).
 * @param dyad the two upper-case actor codes (3, 6, 9… letters)
 * @param events how many events the query found
 * @throws Error naming the unknown code(s) and the part of each that is unknown
 */
export function checkDyadCodes(dyad: readonly [string, string], events: number): void {
  if (events > 0) return;
  const unknown = dyad.filter((code) => unknownCountryCodes([code.slice(0, 3)]).length > 0);
  if (unknown.length) {
    const what = unknown.map((c) => (c.length > 3 ? `"${c}" (its "${c.slice(0, 3)}")` : `"${c}"`)).join(' and ');
    throw new Error(`no events for ${dyad.join('-')}: ${what} is no country code (ISO 3166-1 alpha-3 or CAMEO, e.g. USA, CHN, RUS, IGO; an actor code starts with one: USAGOV, IGOUNO)`);
  }
  const agents = dyad.flatMap((code) => {
    const agent = unknownAgentCode(code);
    return agent === null ? [] : [`"${code}" (its "${agent}")`];
  });
  if (agents.length) {
    throw new Error(
      `no events for ${dyad.join('-')}: ${agents.join(' and ')} is no CAMEO agent: after the country comes a type (GOV, MIL, REB, OPP, BUS, MED…) or a religion (MOS, CHR, JEW…), e.g. USAGOV, ISRMIL`,
    );
  }
}
