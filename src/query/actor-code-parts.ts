import { CAMEO_REGION_CODES, CAMEO_RELIGION_CODES, CAMEO_TERRITORY_CODES, CAMEO_TRANSNATIONAL_CODES, CAMEO_TYPE_CODES } from '../resources/cameo-actor-slots.js';

/** A CAMEO actor code split into GDELT's actor columns. */
export interface ActorCodeParts {
  /** country or region code ("USA", "EUR"), '' when the code has none ("IGOUNO") */
  country: string;
  /** the known group ("UNO", "WBK", "FTA"), '' when none */
  knownGroup: string;
  /** up to two religion codes */
  religions: string[];
  /** up to three type codes, in the code's order ("IGO", "BUS") */
  types: string[];
}

/**
 * Splits a CAMEO actor code into GDELT's columns (GDELT Event Codebook 2.0: CountryCode, KnownGroupCode,
 * Religion1Code/Religion2Code, Type1Code…Type3Code). The code is read in three-letter segments: the first is
 * the country when `isCountry` says so or it is a region or territory; a transnational type (IGO…) may be followed by a region
 * ("IGOEUREEC": type IGO, country EUR, group EEC); later segments are types, religions, or else a known group —
 * the last one when there are several, as CAMEO codes grow more specific to the right ("IGOUNOHLHWHO" → WHO).
 * Ethnic codes are not told apart from known groups (detente's knowledge base has none).
 * @param code the actor code, e.g. "USAGOV", "IGOBUSIMF"; '' or null gives empty parts
 * @param isCountry whether a three-letter code is a country code (ISO alpha-3 or a former CAMEO country)
 * @returns the parts; at most three types and two religions (GDELT's columns), extra ones dropped
 */
export function actorCodeParts(code: string | null, isCountry: (code: string) => boolean): ActorCodeParts {
  const parts: ActorCodeParts = { country: '', knownGroup: '', religions: [], types: [] };
  const segments: readonly string[] = code?.match(/[A-Z]{3}/g) ?? [];
  const [first, second] = segments;
  let rest = segments;
  if (first !== undefined && (isCountry(first) || CAMEO_REGION_CODES.has(first) || CAMEO_TERRITORY_CODES.has(first))) {
    parts.country = first;
    rest = segments.slice(1);
  } else if (first !== undefined && CAMEO_TRANSNATIONAL_CODES.has(first)) {
    parts.types.push(first);
    const region = second !== undefined && CAMEO_REGION_CODES.has(second);
    if (region) parts.country = second;
    rest = segments.slice(region ? 2 : 1);
  }
  for (const s of rest) {
    if (CAMEO_TYPE_CODES.has(s)) {
      if (parts.types.length < 3) parts.types.push(s);
    } else if (CAMEO_RELIGION_CODES.has(s)) {
      if (parts.religions.length < 2) parts.religions.push(s);
    } else parts.knownGroup = s;
  }
  return parts;
}
