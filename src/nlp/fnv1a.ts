/**
 * FNV-1a, 32-bit (Fowler, Noll & Vo, http://www.isthe.com/chongo/tech/comp/fnv/), over UTF-16 code units: the one
 * string hash of the project. Each code unit is xored into the hash, which is then multiplied by {@link FNV_PRIME}
 * modulo 2^32; for ASCII text the values are those of the published byte-wise FNV-1a. Values from these functions
 * are stored (SimHash fingerprints in the article store, the NER weight table and the place-key record built by
 * scripts/compile-data.mjs), so the functions never change; a caller wanting other bits mixes the result itself.
 */

/** FNV-1a 32-bit offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a 32-bit prime: each code unit is xored in, then the hash multiplied by it. */
export const FNV_PRIME = 0x01000193;

/**
 * Continues an FNV-1a hash over the UTF-16 code units `s[from, to)`.
 * @param h hash so far ({@link FNV_OFFSET} to start; signed or unsigned, only its low 32 bits count)
 * @param s text; `from`, `to` code-unit offsets (default the whole string)
 * @returns the new hash, an unsigned 32-bit integer
 */
export function fnvAdd(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Continues an FNV-1a hash with one UTF-16 code unit (e.g. 61 for "=").
 * @param h hash so far; `code` a value below 2^16
 * @returns the new hash, an unsigned 32-bit integer
 */
export function fnvChar(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/**
 * The FNV-1a hash of a whole string: `fnv1a("") = 0x811c9dc5`, `fnv1a("a") = 0xe40c292c`.
 * @returns an unsigned 32-bit integer
 */
export function fnv1a(s: string): number {
  return fnvAdd(FNV_OFFSET, s);
}
