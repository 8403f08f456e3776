import { CAMEO_REGION_CODES, CAMEO_RELIGION_CODES, CAMEO_TRANSNATIONAL_CODES } from '../../resources/cameo-actor-slots.js';

/**
 * The first three letters of CAMEO actor codes that are no country: the generic international and transnational codes
 * (IGO, IMG, INT, MNC, NGM, NGO, UIS: CAMEO manual 1.1b3 §3.1.3 and its table of international codes), the
 * international region codes (Table 3.3: AFR, ASA … WST), the religion codes (§4.3: ATH, BAH, BUD, CHR …, with the
 * families of smaller religions ABR, EAR, INR, IRR) — the sets of src/resources/cameo-actor-slots.ts, which the query
 * side reads too — and ETN, the ethnic codes of the text-to-CAMEO agent names table ("ETN16736"). A user code opening with none of these and no known country code is most likely a typing error
 * ("XYZGOV"), but users do code new actors: a warning, not an error (docs/actors.md).
 */
export const CAMEO_NON_COUNTRY_PREFIXES: ReadonlySet<string> = new Set([
  ...CAMEO_TRANSNATIONAL_CODES,
  ...CAMEO_REGION_CODES,
  ...CAMEO_RELIGION_CODES,
  'ETN',
]);

/**
 * A CAMEO actor code as detente stores it: three upper-case letters, then up to 18 upper-case letters or digits. CAMEO's
 * hierarchical religion and ethnic codes carry digits (JEW050, NGOCHRPRO214, ETN16736: CAMEO manual §4.4).
 */
export const ACTOR_CODE_PATTERN = /^[A-Z]{3}[A-Z0-9]{0,18}$/;
