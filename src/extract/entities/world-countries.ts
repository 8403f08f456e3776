import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPath } from '../../resources/data-path.js';

/** The fields of a world-countries record (mledoze/countries, ODbL) that the entity resources read. */
export interface WorldCountry {
  /** `native`: the country's names in its own languages, by ISO 639-3 code ("deu": "Deutschland"). */
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** The installed world-countries data a compiled subset was made from: package version and size of countries.json in bytes. */
export interface WorldCountriesSource {
  readonly version: string;
  readonly bytes: number;
}

/** data/actors/world-countries.compiled.json: the subset of {@link subsetOfWorldCountries} and its source. */
interface CompiledWorldCountries {
  /** {@link SUBSET_FORMAT} of the subset; a compiled file of another format (fewer fields) is not read. */
  format?: number;
  source: WorldCountriesSource;
  countries: WorldCountry[];
}

/** Format of the compiled subset: 2 since it keeps the native names (`name.native`); files without it are format 1. */
const SUBSET_FORMAT = 2;

/** Path of the compiled subset, written by `npm run build` (scripts/compile-data.mjs); not in git. */
export function compiledWorldCountriesPath(): string {
  return dataPath('actors', 'world-countries.compiled.json');
}

/**
 * The installed world-countries package: its version and the size of its countries.json.
 * @param require a `require` that resolves world-countries
 */
export function worldCountriesSource(require: NodeJS.Require): WorldCountriesSource {
  const dir = dirname(require.resolve('world-countries'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, bytes: statSync(join(dir, 'countries.json')).size };
}

/**
 * Each record of the world-countries package with only the fields of {@link WorldCountry} (the package's records
 * also hold translations, currencies, borders, flags…: 1.4 MB of JSON, ~25 ms to parse, read whole by `require`).
 * Fields a record lacks stay absent.
 * @param all the package's records, in its order
 * @returns the same records, same order, fewer fields
 */
export function subsetOfWorldCountries(all: readonly WorldCountry[]): WorldCountry[] {
  return all.map((c) => {
    const out: WorldCountry = { name: { common: c.name.common, official: c.name.official }, cca2: c.cca2, cca3: c.cca3 };
    if (c.name.native !== undefined) out.name.native = c.name.native;
    if (c.capital !== undefined) out.capital = c.capital;
    if (c.altSpellings !== undefined) out.altSpellings = c.altSpellings;
    if (c.demonyms !== undefined) out.demonyms = c.demonyms.eng === undefined ? {} : { eng: c.demonyms.eng };
    return out;
  });
}

/**
 * The world-countries records the entity resources read: the compiled subset (data/actors/world-countries.compiled.json,
 * {@link subsetOfWorldCountries} of the package, written at build time) when it was made from the installed package
 * (same version and countries.json size) in this subset's format, else the subset of the package itself. Same records either way (tested).
 * @param require a `require` that resolves world-countries
 * @param path the compiled subset (default {@link compiledWorldCountriesPath})
 * @returns the records, in the package's order
 */
export function readWorldCountries(require: NodeJS.Require, path = compiledWorldCountriesPath()): WorldCountry[] {
  if (existsSync(path)) {
    const compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledWorldCountries;
    const installed = worldCountriesSource(require);
    if (compiled.format === SUBSET_FORMAT && compiled.source?.version === installed.version && compiled.source.bytes === installed.bytes) return compiled.countries;
  }
  return subsetOfWorldCountries(require('world-countries') as WorldCountry[]);
}

/**
 * The text of data/actors/world-countries.compiled.json for the installed package (scripts/compile-data.mjs writes it).
 * @param require a `require` that resolves world-countries
 */
export function compileWorldCountries(require: NodeJS.Require): string {
  const out: CompiledWorldCountries = { format: SUBSET_FORMAT, source: worldCountriesSource(require), countries: subsetOfWorldCountries(require('world-countries') as WorldCountry[]) };
  return JSON.stringify(out);
}

/**
 * A country's names in its own languages that English news writes inside company names ("IBM Deutschland GmbH",
 * "Nestlé España SA", "Fiat Polska"): the common native names of the record (`name.native`, world-countries, ODbL)
 * written in the Latin script, diacritics allowed, of four letters or more, other than its English common name.
 * Non-Latin scripts are left out (English text does not write them).
 * @param c one world-countries record
 * @returns the names, deduplicated, in the record's language order ("Deutschland"; "Schweiz", "Suisse", "Svizzera", "Svizra")
 */
export function nativeCountryNames(c: WorldCountry): string[] {
  const out = new Set<string>();
  for (const n of Object.values(c.name.native ?? {})) {
    const name = n.common;
    if (name.length < 4 || name === c.name.common || !/^\p{Script=Latin}[\p{Script=Latin}\p{M}' .-]*$/u.test(name)) continue;
    out.add(name);
  }
  return [...out];
}
