import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../resources/data-path.js';

/** A country that no longer exists, as the GDELT export's geo columns need it (data/geo/former-countries.json). */
export interface FormerCountry {
  /** CAMEO country code, e.g. "USR" */
  code: string;
  /** English name, e.g. "Soviet Union" */
  name: string;
  /** FIPS 10-4 code it had, e.g. "UR" */
  fips: string;
  /** ISO 3166 alpha-2 code of the state whose GeoNames cities stand for its cities ("RU": Moscow) */
  citiesIn: string;
  /** approximate centre, decimal degrees */
  lat: number;
  long: number;
  /** other names that name the country itself ("USSR") */
  aliases: string[];
}

const FormerCountriesFileSchema = z.object({
  countries: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]{3}$/),
      name: z.string().min(1),
      fips: z.string().regex(/^[A-Z]{2}$/),
      citiesIn: z.string().regex(/^[A-Z]{2}$/),
      lat: z.number().min(-90).max(90),
      long: z.number().min(-180).max(180),
      aliases: z.array(z.string().min(1)),
    }),
  ),
});

/**
 * Loads the former countries of data/geo/former-countries.json (Soviet Union, Yugoslavia, Czechoslovakia, East
 * Germany: CAMEO codes that 1980s news gives, which the world-countries package has no record of).
 * @returns the countries, in file order
 * @throws Error naming the file when it is missing or does not match the schema
 */
export function loadFormerCountries(): FormerCountry[] {
  const path = dataPath('geo', 'former-countries.json');
  const parsed = FormerCountriesFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.countries;
}
