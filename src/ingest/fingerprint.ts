import { createHash } from 'node:crypto';
import { fnvAdd, FNV_OFFSET, FNV_PRIME } from '../nlp/fnv1a.js';

/**
 * Fingerprints for deduplication.
 * - `textHash`: SHA-256 (first 16 hex) of the text lower-cased with whitespace collapsed: exact copies
 *   whatever their URL or headline.
 * - `simhash`: 64-bit SimHash (Charikar 2002) over word 3-shingles (two seeded 32-bit FNV-1a hashes
 *   per shingle), as 16 hex digits. Two texts are near-duplicates when their SimHashes differ in at most
 *   {@link NEAR_DUPLICATE_BITS} bits. Manku, Jain & Das Sarma (WWW 2007) used k = 3 for 64-bit
 *   fingerprints of web pages; that is too strict for short wire copy. Measured on the 2,728 tempeval3
 *   articles: 16 articles have a re-issue of the same story (correction, "adds quotes" update, repeat)
 *   within 10 bits; k = 6 links 8 of them and links no two different stories (the closest different
 *   stories found are 11 bits apart). So k = 6 catches copies with small edits and new headlines, and
 *   leaves heavily rewritten updates as separate articles.
 */
export interface Fingerprint {
  textHash: string;
  simhash: string;
}

/** Maximum Hamming distance between two SimHashes for near-duplicates (see {@link Fingerprint}). */
export const NEAR_DUPLICATE_BITS = 6;

/** Final avalanche (murmur3 fmix32) so that nearby strings differ in many bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SPACE = 32;
/** Seeds of the two FNV-1a hashes of a shingle: the offset basis, and another for the high half. */
const SEED_LO = FNV_OFFSET;
const SEED_HI = 0x050c5d1f;

/**
 * Counts, for each of the 32 bit positions, how many of the added words have that bit set, with
 * bit-sliced counters: plane k holds bit k of all 32 counts, and adding a word is a ripple carry over
 * the planes (about two steps on average) instead of 32 separate increments.
 */
class BitCounts {
  private readonly planes = new Int32Array(32);
  /** Planes in use (counts stay below 2^used). */
  private used = 0;
  add(x: number): void {
    let carry = x | 0;
    let k = 0;
    for (; carry !== 0; k++) {
      const t = this.planes[k] & carry;
      this.planes[k] ^= carry;
      carry = t;
    }
    if (k > this.used) this.used = k;
  }
  /** The count of bit position `b` (a JavaScript string has under 2^30 words, so 30 planes suffice). */
  count(b: number): number {
    let n = 0;
    for (let k = 0; k < this.used; k++) n |= ((this.planes[k] >>> b) & 1) << k;
    return n;
  }
}

/**
 * Computes the fingerprint of an article text.
 * @param text article text (any case and spacing)
 * @returns {@link Fingerprint}; a text shorter than three words gets its words as the only shingle
 */
export function fingerprint(text: string): Fingerprint {
  // Runs of whitespace become one space; matching only runs that are not already a single space
  // (/\s{2,}|[^\S ]/ instead of /\s+/) gives the same string without a replacement at every word gap.
  const norm = text.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const textHash = createHash('sha256').update(norm).digest('hex').slice(0, 16);
  const words = norm.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lo = new BitCounts();
  const hi = new BitCounts();
  let shingles = 0;
  if (words.length < 3) {
    const sh = words.join(' ');
    lo.add(fmix32(fnvAdd(SEED_LO, sh)));
    hi.add(fmix32(fnvAdd(SEED_HI, sh)));
    shingles = 1;
  } else {
    // Both seeded hashes of the shingle "a b c" in one pass over its words: fnvAdd's step on two states at once (no
    // shingle string is built; the values are those of hashing the joined string). Calling fnvAdd/fnvChar for each
    // state instead took ~60% more CPU over the tempeval3 texts (240 against 150 ms a pass).
    for (let i = 0; i + 2 < words.length; i++) {
      let a = SEED_LO;
      let b = SEED_HI;
      for (let w = 0; w < 3; w++) {
        if (w > 0) {
          a = Math.imul(a ^ SPACE, FNV_PRIME);
          b = Math.imul(b ^ SPACE, FNV_PRIME);
        }
        const word = words[i + w];
        for (let j = 0; j < word.length; j++) {
          const c = word.charCodeAt(j);
          a = Math.imul(a ^ c, FNV_PRIME);
          b = Math.imul(b ^ c, FNV_PRIME);
        }
      }
      lo.add(fmix32(a));
      hi.add(fmix32(b));
      shingles++;
    }
  }
  // Bit b of the SimHash is set when more shingles have it set than not (Charikar 2002).
  let loBits = 0;
  let hiBits = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * lo.count(b) > shingles) loBits |= 1 << b;
    if (2 * hi.count(b) > shingles) hiBits |= 1 << b;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return { textHash, simhash: `${hex(hiBits)}${hex(loBits)}` };
}

/**
 * The two 32-bit halves of a 16-hex-digit SimHash.
 * @returns `[high, low]` as unsigned integers (NaN halves for a string that is not hex)
 */
export function simhashHalves(simhash: string): [number, number] {
  return [Number.parseInt(simhash.slice(0, 8), 16), Number.parseInt(simhash.slice(8, 16), 16)];
}

/** Number of set bits of a 32-bit integer (SWAR popcount, Hacker's Delight 5-1). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hammingDistance(a: string, b: string): number {
  const [ah, al] = simhashHalves(a);
  const [bh, bl] = simhashHalves(b);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}

/**
 * The SimHash cut into {@link NEAR_DUPLICATE_BITS} + 1 bands (7 integers of 9–10 bits, from the lowest
 * bits up: six of 9 bits, then 10). Two fingerprints within 6 bits agree on at least one band exactly
 * (pigeonhole), so the store finds every near-duplicate candidate by band lookup and then checks the
 * full distance.
 */
export function simhashBands(simhash: string): number[] {
  const [hi, lo] = simhashHalves(simhash);
  return bandsOfHalves(hi, lo);
}

/** {@link simhashBands} of a SimHash given as its halves (see {@link simhashHalves}). */
export function bandsOfHalves(hi: number, lo: number): number[] {
  return [
    lo & 0x1ff,
    (lo >>> 9) & 0x1ff,
    (lo >>> 18) & 0x1ff,
    ((lo >>> 27) | (hi << 5)) & 0x1ff,
    (hi >>> 4) & 0x1ff,
    (hi >>> 13) & 0x1ff,
    (hi >>> 22) & 0x3ff,
  ];
}
