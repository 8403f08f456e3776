import { bandsOfHalves, NEAR_DUPLICATE_BITS, popcount32, simhashHalves } from '../ingest/fingerprint.js';

/**
 * An in-memory band index of the SimHashes of stored articles, so that a near-duplicate check costs a
 * few hundred integer popcounts instead of seven SQL joins returning every article that shares a 9-bit
 * band (about N/512 rows per band, each compared through BigInt). It mirrors the `articles` table: the
 * store feeds it the rows past the last rowid it has seen (so rows written by another process are seen
 * too) and resets it when a transaction rolls back. About 50 bytes per article.
 */
export interface NearDuplicateIndex {
  /** Largest articles rowid added so far (0 when empty). */
  readonly lastRowid: number;
  /** Adds a stored article (its rowid, increasing, and 16-hex-digit SimHash; null for a row stored without one). */
  add(rowid: number, simhash: string | null): void;
  /**
   * The stored articles nearest to `simhash` within {@link NEAR_DUPLICATE_BITS}, in the order the band
   * lookup meets them (band 0 first): `rowids` all have the smallest distance `distance`, `firstBand`
   * the band where each was met first; null when none is that near.
   */
  nearest(simhash: string): { distance: number; rowids: number[]; firstBand: number[] } | null;
  /** Forgets everything (the next sync re-reads the table). */
  reset(): void;
}

/** Creates an empty {@link NearDuplicateIndex}. */
export function createNearDuplicateIndex(): NearDuplicateIndex {
  const BAND_SLOTS = 1024; // the widest band has 10 bits
  let rowids: number[] = [];
  let his: number[] = [];
  let los: number[] = [];
  /** bands[b][value] = positions (into rowids) of the articles with that band value */
  let bands: number[][][] = [];
  let lastRowid = 0;
  const reset = () => {
    rowids = [];
    his = [];
    los = [];
    bands = Array.from({ length: NEAR_DUPLICATE_BITS + 1 }, () => Array.from({ length: BAND_SLOTS }, () => []));
    lastRowid = 0;
  };
  reset();
  return {
    get lastRowid() {
      return lastRowid;
    },
    add(rowid, simhash) {
      if (rowid > lastRowid) lastRowid = rowid;
      if (simhash === null) return;
      const [hi, lo] = simhashHalves(simhash);
      if (Number.isNaN(hi) || Number.isNaN(lo)) return;
      const at = rowids.length;
      rowids.push(rowid);
      his.push(hi | 0);
      los.push(lo | 0);
      bandsOfHalves(hi, lo).forEach((v, b) => bands[b][v].push(at));
    },
    nearest(simhash) {
      const [hi, lo] = simhashHalves(simhash);
      if (Number.isNaN(hi) || Number.isNaN(lo)) return null;
      const mine = bandsOfHalves(hi, lo);
      let distance = NEAR_DUPLICATE_BITS + 1;
      let found: number[] = [];
      let firstBand: number[] = [];
      const seen = new Set<number>();
      for (let b = 0; b < mine.length; b++) {
        for (const at of bands[b][mine[b]]) {
          if (seen.has(at)) continue;
          seen.add(at);
          const d = popcount32(his[at] ^ hi) + popcount32(los[at] ^ lo);
          if (d > NEAR_DUPLICATE_BITS) continue;
          if (d < distance) {
            distance = d;
            found = [rowids[at]];
            firstBand = [b];
          } else if (d === distance) {
            found.push(rowids[at]);
            firstBand.push(b);
          }
        }
      }
      return found.length > 0 ? { distance, rowids: found, firstBand } : null;
    },
    reset,
  };
}
