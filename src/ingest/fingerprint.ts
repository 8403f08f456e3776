import { createHash } from 'node:crypto';

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

/** FNV-1a, 32-bit (Fowler–Noll–Vo), seeded: two seeds give the two halves of a 64-bit shingle hash. */
function fnv1a32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so that nearby strings differ in many bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Computes the fingerprint of an article text.
 * @param text article text (any case and spacing)
 * @returns {@link Fingerprint}; a text shorter than three words gets its words as the only shingle
 */
export function fingerprint(text: string): Fingerprint {
  const norm = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const textHash = createHash('sha256').update(norm).digest('hex').slice(0, 16);
  const words = norm.match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Int32Array(64);
  const shingles = words.length < 3 ? [words.join(' ')] : words.slice(0, -2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  for (const sh of shingles) {
    const lo = fnv1a32(sh, 0x811c9dc5);
    const hi = fnv1a32(sh, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      counts[b] += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] > 0) lo |= 1 << b;
    if (counts[b + 32] > 0) hi |= 1 << b;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return { textHash, simhash: `${hex(hi)}${hex(lo)}` };
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Bit widths of the SimHash bands: 7 bands, so fingerprints within 6 bits share one (pigeonhole). */
const BAND_BITS = [9, 9, 9, 9, 9, 9, 10];

/**
 * The SimHash cut into {@link NEAR_DUPLICATE_BITS} + 1 bands (7 integers of 9–10 bits). Two fingerprints
 * within 6 bits agree on at least one band exactly (pigeonhole), so the store finds every near-duplicate
 * candidate by indexed band lookup and then checks the full distance.
 */
export function simhashBands(simhash: string): number[] {
  let x = BigInt(`0x${simhash}`);
  const out: number[] = [];
  for (const bits of BAND_BITS) {
    out.push(Number(x & ((1n << BigInt(bits)) - 1n)));
    x >>= BigInt(bits);
  }
  return out;
}
