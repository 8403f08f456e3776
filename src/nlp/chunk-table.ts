import { fnvAdd, FNV_OFFSET } from './fnv1a.js';

/**
 * A table of wink-nlp's tokens by whitespace-delimited chunk, read without making a string: the chunk is given
 * as a range of the text being read, hashed and compared code unit by code unit against the keys kept in one
 * flat array. It replaces a `Map<string, …>` whose every question needed the chunk sliced out of the text
 * (a new string, hashed anew) and whose keys and token arrays were objects scattered over the heap.
 *
 * A chunk's tokens are kept as wink-nlp pushes them onto its token table (4 numbers a token, src/dd-wrapper.js)
 * without the preceding spaces of the first token; a chunk of one plain token (lexeme, 0, 0, 0) keeps only its
 * lexeme index.
 */
export interface ChunkTable {
  /** chunks held */
  readonly size: number;
  /**
   * The entry of chunk `text[start, end)`, or −1 when the table does not hold it.
   * @param text the text being read; `start`/`end` a half-open range of it in UTF-16 code units
   */
  find(text: string, start: number, end: number): number;
  /**
   * Pushes the tokens of entry `entry` (from {@link ChunkTable.find}) onto `tokens`, the first with `spaces`
   * preceding spaces added to its second number.
   */
  push(entry: number, tokens: number[], spaces: number): void;
  /**
   * Keeps chunk `text[start, end)` with the tokens wink-nlp pushed for it (`tokens` from index `from` on, the
   * first with `spaces` preceding spaces). Nothing is kept when the chunk is {@link CHUNK_MAX_LENGTH} code units
   * or longer, when there is no token, when any token but the first has preceding spaces, when the first has
   * other preceding spaces than `spaces`, or when a number is not a 32-bit integer. When the table is full it is
   * emptied first.
   */
  remember(text: string, start: number, end: number, tokens: readonly number[], from: number, spaces: number): void;
  /** Empties the table. */
  clear(): void;
}

/** Chunks of this many code units or more are never kept (longer substrings are rare and seldom repeated). */
export const CHUNK_MAX_LENGTH = 13;
/** Chunks a table holds before it is emptied. */
export const CHUNK_LIMIT = 32_768;
/** Hash slots: a power of two, twice {@link CHUNK_LIMIT}, so that a full table is half empty. */
const SLOTS = CHUNK_LIMIT * 2;
/** Numbers of multi-token chunks the table holds before it is emptied (4 a token; about 1.5 tokens a chunk). */
const POOL = CHUNK_LIMIT * 6;

/**
 * FNV-1a hash of `text[start, end)` over UTF-16 code units, its high bits folded into the low ones that pick a slot.
 * @returns a signed 32-bit integer
 */
function hashRange(text: string, start: number, end: number): number {
  const h = fnvAdd(FNV_OFFSET, text, start, end);
  return h ^ (h >>> 15);
}

/**
 * An empty {@link ChunkTable} (about 2.6 MB of typed arrays, made at once).
 * @returns the table
 */
export function createChunkTable(): ChunkTable {
  const slots = new Int32Array(SLOTS); // entry + 1, 0 for an empty slot
  const hashes = new Int32Array(CHUNK_LIMIT);
  const keys = new Uint16Array(CHUNK_LIMIT * (CHUNK_MAX_LENGTH - 1));
  const keyLength = new Uint8Array(CHUNK_LIMIT);
  // one plain token: its lexeme index, and −1 in `poolAt`; else the tokens' numbers at pool[poolAt, poolAt + count)
  const lexeme = new Int32Array(CHUNK_LIMIT);
  const poolAt = new Int32Array(CHUNK_LIMIT);
  const poolCount = new Int32Array(CHUNK_LIMIT);
  const pool = new Int32Array(POOL);
  let size = 0;
  let poolUsed = 0;
  const mask = SLOTS - 1;

  const clear = (): void => {
    slots.fill(0);
    size = 0;
    poolUsed = 0;
  };

  const find = (text: string, start: number, end: number): number => {
    const length = end - start;
    if (length >= CHUNK_MAX_LENGTH || length <= 0) return -1;
    const h = hashRange(text, start, end);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s] - 1;
      if (e < 0) return -1;
      if (hashes[e] !== h || keyLength[e] !== length) continue;
      const at = e * (CHUNK_MAX_LENGTH - 1);
      let k = 0;
      while (k < length && keys[at + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return e;
    }
  };

  return {
    get size() {
      return size;
    },
    find,
    push(entry, tokens, spaces) {
      const at = poolAt[entry];
      if (at < 0) {
        tokens.push(lexeme[entry], spaces, 0, 0);
        return;
      }
      const first = tokens.length;
      const end = at + poolCount[entry];
      for (let k = at; k < end; k++) tokens.push(pool[k]);
      tokens[first + 1] += spaces;
    },
    remember(text, start, end, tokens, from, spaces) {
      const length = end - start;
      const count = tokens.length - from;
      if (length >= CHUNK_MAX_LENGTH || length <= 0 || count < 4 || count % 4 !== 0) return;
      if ((tokens[from + 1] & 0xffff) !== spaces) return;
      for (let k = from + 5; k < tokens.length; k += 4) if ((tokens[k] & 0xffff) !== 0) return;
      for (let k = from; k < tokens.length; k++) if ((tokens[k] | 0) !== tokens[k]) return;
      if (find(text, start, end) >= 0) return;
      const plain = count === 4 && tokens[from + 1] === spaces && tokens[from + 2] === 0 && tokens[from + 3] === 0;
      if (size >= CHUNK_LIMIT || (!plain && poolUsed + count > POOL)) clear();
      const e = size++;
      const h = hashRange(text, start, end);
      hashes[e] = h;
      keyLength[e] = length;
      const at = e * (CHUNK_MAX_LENGTH - 1);
      for (let k = 0; k < length; k++) keys[at + k] = text.charCodeAt(start + k);
      if (plain) {
        lexeme[e] = tokens[from];
        poolAt[e] = -1;
      } else {
        poolAt[e] = poolUsed;
        poolCount[e] = count;
        for (let k = 0; k < count; k++) pool[poolUsed + k] = tokens[from + k];
        pool[poolUsed + 1] -= spaces;
        poolUsed += count;
      }
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    },
    clear,
  };
}
