import { fnv1a } from '../../nlp/fnv1a.js';

/**
 * Hashed feature weights for the NER tagger: each feature string ("w-1=talks", "cap") is reduced to a
 * 32-bit FNV-1a hash of its UTF-16 code units, and the weights of all labels for that hash live in one
 * row of a flat Float32Array, found through an open-addressing table of hashes. Tagging hashes the
 * parts of a feature as it goes (prefix, "=", value) and so never builds a feature string or touches a
 * string-keyed Map. FNV-1a: Fowler, Noll & Vo, http://www.isthe.com/chongo/tech/comp/fnv/.
 */

/** The FNV-1a hash of a whole feature string ("w-1=talks"); equals hashing its parts one after another. */
export function featureHash(feature: string): number {
  return fnv1a(feature);
}

/**
 * A read-only weight table: an open-addressing hash table of feature hashes (uint32; 0 = empty, a feature
 * hashing to 0 is stored as 1) whose slot `s` holds its key and the label weights side by side: `stride`
 * (labelCount + 1) 32-bit numbers from `s × stride`, the key first (read through `keys`, a Uint32Array view of
 * the same buffer as `rows`), then the weights (float32, `rows[s × stride + 1 …]`). Most lookups of running text
 * are of features no model knows and end at the presence bits (`filter`) without reading a slot; of those that
 * pass them, about nine in ten are stored (1.1 M pair-feature lookups a pass over 1,300 news articles: 501 k
 * passed the bits, 462 k found a row), and a found row is then read from the cache line its key was just read
 * from, where keys of their own (4 bytes a slot) had their weights in another array 9 MB away.
 */
export interface HashedWeights {
  readonly labelCount: number;
  /** Number of features stored. */
  readonly size: number;
  /** 32-bit numbers a slot: the key, then labelCount weights. */
  readonly stride: number;
  /** Number of slots (a power of two). */
  readonly capacity: number;
  /** The slots read as uint32: the key of slot `s` at `keys[s × stride]` (the other numbers are weights). */
  readonly keys: Uint32Array;
  /** The slots read as float32: the weights of slot `s` at `rows[s × stride + 1 …]` ({@link probeRow} gives that offset). */
  readonly rows: Float32Array;
  /**
   * Presence bits of the stored keys, eight bits a slot (256 KB for a 130k-feature model, one bit set per
   * key at {@link filterBit}): a clear bit proves a feature unknown without probing `keys`. Most lookups of
   * the tagger's word-pair features are of features no model knows; the bits stay in the processor's
   * second-level cache where the 1 MB of keys does not.
   */
  readonly filter: Uint32Array;
  /** 32 − log2 of the number of bits of `filter`. */
  readonly filterShift: number;
}

/** The bit of `filter` for stored key `key` (a hash, 0 stored as 1): the top bits of its multiplicative (Fibonacci) hash. */
function filterBit(key: number, filterShift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> filterShift;
}

/**
 * Builds a table from feature hashes and their weights.
 * @param hashes one 32-bit hash per feature (a repeated hash keeps the first row)
 * @param rows weights, `hashes.length × labelCount`, row-major
 * @returns the table (capacity the power of two at least twice the feature count)
 */
export function buildHashedWeights(hashes: Uint32Array, rows: Float32Array, labelCount: number): HashedWeights {
  let capacity = 16;
  while (capacity < hashes.length * 2) capacity *= 2;
  const stride = labelCount + 1;
  const table = new Float32Array(capacity * stride);
  const keys = new Uint32Array(table.buffer);
  const mask = capacity - 1;
  const filter = new Uint32Array(capacity / 4); // 8 × capacity bits
  const filterShift = 32 - Math.log2(capacity * 8);
  let size = 0;
  for (let r = 0; r < hashes.length; r++) {
    const h = hashes[r] || 1;
    const b = filterBit(h, filterShift);
    filter[b >>> 5] |= 1 << (b & 31);
    let s = h & mask;
    while (keys[s * stride] !== 0 && keys[s * stride] !== h) s = (s + 1) & mask;
    if (keys[s * stride] === h) continue;
    keys[s * stride] = h;
    // Copied value by value: a subarray view a row would make some 130,000 short-lived objects for the NER model.
    for (let k = 0; k < labelCount; k++) table[s * stride + 1 + k] = rows[r * labelCount + k];
    size++;
  }
  return { labelCount, size, stride, capacity, keys, rows: table, filter, filterShift };
}

/**
 * The offset of a feature's first weight in `table.rows`, or -1 when the model has no such feature.
 * @param h the feature's hash ({@link featureHash} or built with fnvAdd, nlp/fnv1a.ts)
 */
export function rowOffset(table: HashedWeights, h: number): number {
  return mayHold(table, h) === 0 ? -1 : probeRow(table, h);
}

/**
 * The presence bit of a feature hash in `table.filter`, without branching: 0 proves the feature unknown, any
 * other value means it may be stored ({@link probeRow} tells). `rowOffset(t, h)` is
 * `mayHold(t, h) === 0 ? -1 : probeRow(t, h)`; asking for the bits of several features before probing any
 * lets the processor overlap their memory reads (the bits are mostly cache misses), where one `rowOffset`
 * after another waits for each read in turn.
 * @param h the feature's hash ({@link featureHash} or built with fnvAdd, nlp/fnv1a.ts)
 * @returns 0, or a non-zero number (the bit's word masked by it)
 */
export function mayHold(table: HashedWeights, h: number): number {
  const b = filterBit(h || 1, table.filterShift);
  return table.filter[b >>> 5] & (1 << (b & 31));
}

/**
 * The offset of a feature's first weight in `table.rows`, or -1, found by probing the keys (no presence bit
 * test: see {@link mayHold}).
 * @param h the feature's hash
 */
export function probeRow(table: HashedWeights, h: number): number {
  const key = h || 1;
  const keys = table.keys;
  const stride = table.stride;
  const mask = table.capacity - 1;
  let s = key & mask;
  for (;;) {
    const k = keys[s * stride];
    if (k === key) return s * stride + 1;
    if (k === 0) return -1;
    s = (s + 1) & mask;
  }
}

/**
 * Adds the weights of a feature hash to `scores` (nothing when the feature is unknown).
 * @param scores one score per label, updated in place
 */
export function addHashed(table: HashedWeights, h: number, scores: Float64Array): void {
  const o = rowOffset(table, h);
  if (o < 0) return;
  const rows = table.rows;
  for (let k = 0; k < table.labelCount; k++) scores[k] += rows[o + k];
}
