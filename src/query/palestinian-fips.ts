import { placeNameKey } from './place-name-key.js';

/**
 * Easternmost longitude of the Gaza Strip, in decimal degrees (its land border runs between about 34.22° and
 * 34.57° E); the West Bank lies east of 34.88° E. A Palestinian place west of this line is in Gaza.
 */
const GAZA_EAST_LONG = 34.7;

/** Place name keys that name one of the two territories themselves. */
const TERRITORY_NAMES: ReadonlyMap<string, 'WE' | 'GZ'> = new Map([
  ['west bank', 'WE'],
  ['gaza', 'GZ'],
  ['gaza strip', 'GZ'],
  ['gaza city', 'GZ'],
]);

/**
 * The FIPS 10-4 code of a place in the Palestinian territories. FIPS 10-4, and so GDELT's geo columns, has no
 * code for Palestine but two for its territories: WE (West Bank) and GZ (Gaza Strip); CAMEO codes both PSE.
 * A place is put by its name ("West Bank", "Gaza Strip") or, for a city found in GeoNames, by its longitude
 * ({@link GAZA_EAST_LONG}): Ramallah, Nablus, Hebron, Jenin → WE; Gaza, Rafah, Khan Younis → GZ.
 * @param name the place name as written
 * @param long the city's longitude in decimal degrees, when it was found
 * @returns 'WE' or 'GZ', or undefined when neither the name nor a longitude tells
 */
export function palestinianFips(name: string, long?: number): 'WE' | 'GZ' | undefined {
  const byName = TERRITORY_NAMES.get(placeNameKey(name));
  if (byName) return byName;
  if (long === undefined) return undefined;
  return long < GAZA_EAST_LONG ? 'GZ' : 'WE';
}
