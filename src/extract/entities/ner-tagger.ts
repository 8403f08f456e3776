import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DetenteError } from '../../pipeline/errors.js';
import { tokenKey } from './gazetteer.js';
import { emitContextFeatures, gazetteerClasses, wordShape, type NerLexicon } from './ner-features.js';
import { addHashed, buildHashedWeights, featureHash, fnvAdd, fnvChar, FNV_OFFSET, type HashedWeights } from './ner-weights.js';

/**
 * A trained averaged-perceptron NER tagger: BIO labels ("O", "B-PER", "I-ORG"…) and, per feature hash,
 * the weights of every label ({@link HashedWeights}). Decoding is greedy left to right with the two
 * previous labels as features (Collins 2002; Ratinov & Roth 2009 found greedy decoding as good as
 * Viterbi for NER).
 */
export interface NerModel {
  readonly labels: readonly string[];
  readonly weights: HashedWeights;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** An entity span over a token array: `[start, end)` token indices and its type (PER, ORG, LOC, NORP). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * Turns string-keyed weights (as the trainer keeps them) into a {@link NerModel}.
 * @param weights feature string → one weight per label
 * @returns the hashed model (features hashing alike keep the first one's weights)
 */
export function hashNerModel(labels: readonly string[], weights: ReadonlyMap<string, Float32Array>, meta: Record<string, unknown>): NerModel {
  const L = labels.length;
  const hashes = new Uint32Array(weights.size);
  const rows = new Float32Array(weights.size * L);
  let r = 0;
  for (const [f, w] of weights) {
    hashes[r] = featureHash(f);
    rows.set(w.subarray(0, L), r * L);
    r++;
  }
  return { labels: [...labels], weights: buildHashedWeights(hashes, rows, L), meta };
}

const EQ = 61; // "="
const BAR = 124; // "|"
const H_W = featureHash('w=');
const H_P = [1, 2, 3, 4].map((k) => featureHash(`p${k}=`));
const H_X = [1, 2, 3, 4].map((k) => featureHash(`x${k}=`));
const H_T1 = featureHash('t-1=');
const H_T2 = featureHash('t-2=');
const H_T1W = featureHash('t-1w=');

/**
 * Adds the weights of the {@link lexicalFeatures} of a token key ("w=", "p1=".."p4=", "x1=".."x4=") to
 * `scores`, hashing substrings in place.
 */
function addLexical(table: HashedWeights, l: string, scores: Float64Array): void {
  addHashed(table, fnvAdd(H_W, l), scores);
  for (let k = 1; k <= 4 && k < l.length; k++) {
    addHashed(table, fnvAdd(H_P[k - 1], l, 0, k), scores);
    addHashed(table, fnvAdd(H_X[k - 1], l, l.length - k), scores);
  }
}

/** Adds the previous-label features "t-1=prev", "t-2=prev2|prev" and "t-1w=prev|w=word". */
function addTagHistory(table: HashedWeights, l: string, prev: string, prev2: string, scores: Float64Array): void {
  addHashed(table, fnvAdd(H_T1, prev), scores);
  addHashed(table, fnvAdd(fnvChar(fnvAdd(H_T2, prev2), BAR), prev), scores);
  addHashed(table, fnvAdd(fnvAdd(fnvChar(fnvAdd(H_T1W, prev), BAR), 'w='), l), scores);
}

/** Whether label `next` may follow `prev` in BIO ("I-X" only after "B-X" or "I-X"). */
export function allowed(prev: string, next: string): boolean {
  if (next[0] !== 'I') return true;
  return prev.length > 2 && prev.slice(2) === next.slice(2);
}

/**
 * Tags a tokenised sentence.
 * @param words the tokens of one sentence
 * @param lex gazetteer and word lists for the gazetteer features
 * @returns one BIO label per token
 */
export function tagWords(model: NerModel, words: readonly string[], lex: NerLexicon): string[] {
  const lower = words.map(tokenKey);
  const shapes = words.map(wordShape);
  const gaz = gazetteerClasses(words, lex);
  const out: string[] = new Array(words.length);
  const L = model.labels.length;
  const table = model.weights;
  const scores = new Float64Array(L);
  const sink = (prefix: string, value: string, value2?: string, value3?: string) => {
    let h = fnvAdd(FNV_OFFSET, prefix);
    if (value !== '' || value2 !== undefined) h = fnvAdd(fnvChar(h, EQ), value);
    if (value2 !== undefined) h = fnvAdd(fnvChar(h, BAR), value2);
    if (value3 !== undefined) h = fnvAdd(fnvChar(h, BAR), value3);
    addHashed(table, h, scores);
  };
  const extended = model.meta.featureSet === 2;
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    addLexical(table, lower[i], scores);
    emitContextFeatures(words, lower, shapes, gaz, i, sink, extended);
    addTagHistory(table, lower[i], prev, prev2, scores);
    let best = -1;
    for (let k = 0; k < L; k++) {
      if (!allowed(prev, model.labels[k])) continue;
      if (best < 0 || scores[k] > scores[best]) best = k;
    }
    out[i] = model.labels[best];
    prev2 = prev;
    prev = out[i];
  }
  return out;
}

/**
 * Turns BIO labels into spans; a stray "I-X" opens a span.
 * @returns spans in order
 */
export function spansOf(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 'O';
    const continues = l[0] === 'I' && start >= 0 && l.slice(2) === type;
    if (!continues && start >= 0) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (l !== 'O' && !continues) {
      start = i;
      type = l.slice(2);
    }
  }
  return spans;
}

/** Header of the binary model file (format 2). */
interface ModelHeader {
  format: 'detente-ner-perceptron/2';
  labels: string[];
  scale: number;
  count: number;
  meta: Record<string, unknown>;
}

/** Header of the older JSON model file (format 1): feature strings and base64 int16 weights. */
interface ModelFileV1 {
  format: 'detente-ner-perceptron/1';
  labels: string[];
  scale: number;
  features: string[];
  weights: string;
  meta: Record<string, unknown>;
}

const MAGIC = 0x524e4544; // "DENR" little-endian

/**
 * Serialises a model compactly (format 2): the magic "DENR", a uint32 header length, a JSON header
 * (labels, scale, count, meta) padded to 4 bytes, then `count` uint32 feature hashes and
 * `count × labels` int16 weights quantised with one global scale; features whose weights all quantise
 * to zero are dropped. The caller gzips the bytes.
 * @returns the file bytes (little-endian)
 */
export function serialiseNerModel(model: NerModel): Buffer {
  const t = model.weights;
  const L = t.labelCount;
  let max = 0;
  for (let s = 0; s < t.capacity; s++) for (let k = 1; k <= L; k++) max = Math.max(max, Math.abs(t.rows[s * t.stride + k]));
  const scale = max > 0 ? max / 32767 : 1;
  const hashes: number[] = [];
  const q: number[] = [];
  for (let s = 0; s < t.capacity; s++) {
    const at = s * t.stride;
    if (t.keys[at] === 0) continue;
    const row = Array.from(t.rows.subarray(at + 1, at + 1 + L), (x) => Math.round(x / scale));
    if (row.every((x) => x === 0)) continue;
    hashes.push(t.keys[at]);
    q.push(...row);
  }
  const header: ModelHeader = { format: 'detente-ner-perceptron/2', labels: [...model.labels], scale, count: hashes.length, meta: { ...model.meta } };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 4 !== 0) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), 32)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  const h = Buffer.from(Uint32Array.from(hashes).buffer);
  const w = Buffer.from(Int16Array.from(q).buffer);
  return Buffer.concat([head, json, h, w]);
}

/**
 * Loads a model written by {@link serialiseNerModel} (gzipped when the path ends in .gz); also reads
 * the older JSON format 1 (feature strings), hashing its features.
 * @param path model file
 * @throws DetenteError E_NER_MODEL when the file is missing or not a detente NER model
 */
export function loadNerModel(path: string): NerModel {
  let bytes: Buffer;
  try {
    const buf = readFileSync(path);
    bytes = path.endsWith('.gz') ? gunzipSync(buf) : buf;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `could not read the NER model at ${path}: run \`npm run train:ner\` to build it`, { cause });
  }
  if (bytes.length >= 8 && bytes.readUInt32LE(0) === MAGIC) return loadBinary(path, bytes);
  let file: ModelFileV1;
  try {
    file = JSON.parse(bytes.toString('utf8')) as ModelFileV1;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model`, { cause });
  }
  if (file.format !== 'detente-ner-perceptron/1' || !Array.isArray(file.labels) || !Array.isArray(file.features)) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model (format ${String(file.format)})`);
  }
  const raw = Buffer.from(file.weights, 'base64');
  const flat = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  const L = file.labels.length;
  if (flat.length !== file.features.length * L) throw new DetenteError('E_NER_MODEL', `${path}: weight table does not match ${file.features.length} features × ${L} labels`);
  const rows = new Float32Array(flat.length);
  for (let i = 0; i < flat.length; i++) rows[i] = flat[i] * file.scale;
  const hashes = Uint32Array.from(file.features, featureHash);
  return Object.freeze({ labels: Object.freeze([...file.labels]), weights: buildHashedWeights(hashes, rows, L), meta: Object.freeze(file.meta ?? {}) });
}

function loadBinary(path: string, bytes: Buffer): NerModel {
  const len = bytes.readUInt32LE(4);
  let header: ModelHeader;
  try {
    header = JSON.parse(bytes.subarray(8, 8 + len).toString('utf8')) as ModelHeader;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `${path}: unreadable model header`, { cause });
  }
  if (header.format !== 'detente-ner-perceptron/2' || !Array.isArray(header.labels)) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model (format ${String(header.format)})`);
  }
  const L = header.labels.length;
  const at = 8 + len;
  if (bytes.length !== at + header.count * 4 + header.count * L * 2) {
    throw new DetenteError('E_NER_MODEL', `${path}: size does not match ${header.count} features × ${L} labels`);
  }
  // Copy into aligned arrays (the gunzipped buffer may start at any offset of a shared pool).
  const hashes = new Uint32Array(header.count);
  Buffer.from(hashes.buffer).set(bytes.subarray(at, at + header.count * 4));
  const q = new Int16Array(header.count * L);
  Buffer.from(q.buffer).set(bytes.subarray(at + header.count * 4));
  const rows = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) rows[i] = q[i] * header.scale;
  return Object.freeze({ labels: Object.freeze([...header.labels]), weights: buildHashedWeights(hashes, rows, L), meta: Object.freeze(header.meta ?? {}) });
}
