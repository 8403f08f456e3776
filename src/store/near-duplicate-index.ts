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
  /** seenIn[at] === call: article `at` was already met in this lookup (a stamp instead of a Set per call) */
  let seenIn = new Int32Array(1024);
  let call = 0;
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
      if (seenIn.length < rowids.length) {
        const grown = new Int32Array(rowids.length * 2);
        grown.set(seenIn);
        seenIn = grown;
      }
      call = (call + 1) | 0;
      if (call === 0) {
        seenIn.fill(0);
        call = 1;
      }
      for (let b = 0; b < mine.length; b++) {
        const list = bands[b][mine[b]];
        for (let j = 0; j < list.length; j++) {
          const at = list[j];
          if (seenIn[at] === call) continue;
          seenIn[at] = call;
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
