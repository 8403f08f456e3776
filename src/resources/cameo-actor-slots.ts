/**
 * Three-letter codes of CAMEO's actor code slots that are not countries, shared by the query side (GDELT's actor
 * columns, dyad checks) and the entities stage (checks of users' actor codes). Source: CAMEO 1.1b3 manual (Schrodt
 * 2012), chapter 3 "Actor codes", and GDELT's lookup tables of the same codes (CAMEO.country.txt regions,
 * CAMEO.type.txt, CAMEO.religion.txt), which the GDELT Event Codebook 2.0 names for the actor columns.
 */

/** Regions, which CAMEO and GDELT put in the country slot (AFR Africa … WST the West). */
export const CAMEO_REGION_CODES: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF',
  'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

/** Territories CAMEO puts in the country slot: the West Bank (WSB) and the Gaza Strip (GZS). */
export const CAMEO_TERRITORY_CODES: ReadonlySet<string> = new Set(['WSB', 'GZS']);

/** Transnational actor types, first in a code without a country (IGO, NGO, NGM, IMG, MNC, UIS, INT). */
export const CAMEO_TRANSNATIONAL_CODES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT']);

/** Role and sector types (GDELT's Type1Code…Type3Code), besides the transnational ones. */
export const CAMEO_TYPE_CODES: ReadonlySet<string> = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'PTY', 'REB', 'SEP', 'SPY', 'UAF',
  'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'MOD', 'RAD', 'REF', 'SET',
  ...CAMEO_TRANSNATIONAL_CODES,
]);

/** Religions and their branches (GDELT's Religion1Code, Religion2Code). */
export const CAMEO_RELIGION_CODES: ReadonlySet<string> = new Set([
  'ADR', 'ALE', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'DRZ', 'HIN', 'HSD', 'ITR', 'JAN', 'JEW', 'JHW',
  'LDS', 'MOS', 'MRN', 'NRM', 'PAG', 'PRO', 'SFI', 'SHI', 'SHN', 'SIK', 'SUN', 'TAO', 'UDX', 'ZRO',
  // the manual's families of smaller religions (§4.3: ABR Abrahamic, EAR East Asian, INR Indian, IRR Iranic)
  'ABR', 'EAR', 'INR', 'IRR',
]);
