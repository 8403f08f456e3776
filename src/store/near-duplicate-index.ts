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

/**
 * Creates an empty {@link NearDuplicateIndex}. Everything sits in typed arrays that double when full: per article
 * its rowid (8 bytes) and the two SimHash halves (4 + 4), and per band value a bucket of the articles with that value
 * in insertion order, each entry the position of the article and the SimHash half that does not hold the band's bits
 * (4 + 4 bytes, seven entries an article): 72 bytes an article, up to twice that with the doubling slack. A lookup
 * reads its seven buckets front to back and looks at an article's full SimHash only when the half in the bucket is
 * within {@link NEAR_DUPLICATE_BITS} bits (about 1 in 2,000 entries of unrelated text). Chains of positions through
 * one array per band (the layout before) cost a cache miss per article met when an article's analysis has evicted
 * the index between two lookups: on the 25,877-article bench ingest ~1 s of the main thread's profile (~170 articles
 * met a lookup on average, ~40 us a lookup), against ~60 ms for the same lookups with the index in the cache. The
 * index mirrors the articles table and so grows with it (the one structure of an ingest that does: everything else
 * is capped or per batch). Answers unchanged (near-duplicate-index.test.ts compares with a scan).
 * @returns an empty index
 */
export function createNearDuplicateIndex(): NearDuplicateIndex {
  const BAND_SLOTS = 1024; // the widest band has 10 bits
  const BANDS = NEAR_DUPLICATE_BITS + 1; // bandsOfHalves gives one value per band
  /** bands 0-3 hold (mostly) bits of the low half, so their buckets keep the high half, and bands 4-6 the low half */
  const FIRST_HIGH_BAND = 4;
  let size = 0;
  let rowids = new Float64Array(0);
  let his = new Int32Array(0);
  let los = new Int32Array(0);
  /** buckets[b * BAND_SLOTS + value]: pairs (other SimHash half, position) of the articles with that value in band b */
  let buckets: (Int32Array | null)[] = [];
  /** fill[slot] = number of pairs in buckets[slot] */
  const fill = new Int32Array(BANDS * BAND_SLOTS);
  let lastRowid = 0;
  /** seenIn[at] === call: article `at` was already met in this lookup (a stamp instead of a Set per call) */
  let seenIn = new Int32Array(1024);
  let call = 0;
  const grow = (capacity: number) => {
    const r = new Float64Array(capacity);
    r.set(rowids);
    rowids = r;
    const h = new Int32Array(capacity);
    h.set(his);
    his = h;
    const l = new Int32Array(capacity);
    l.set(los);
    los = l;
  };
  const reset = () => {
    size = 0;
    rowids = new Float64Array(0);
    his = new Int32Array(0);
    los = new Int32Array(0);
    buckets = new Array<Int32Array | null>(BANDS * BAND_SLOTS).fill(null);
    fill.fill(0);
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
      const at = size;
      if (at === rowids.length) grow(Math.max(1024, at * 2));
      size++;
      rowids[at] = rowid;
      his[at] = hi | 0;
      los[at] = lo | 0;
      const values = bandsOfHalves(hi, lo);
      for (let b = 0; b < BANDS; b++) {
        const slot = b * BAND_SLOTS + values[b];
        const n = fill[slot];
        let bucket = buckets[slot];
        if (bucket === null || 2 * n === bucket.length) {
          const grown = new Int32Array(bucket === null ? 8 : 2 * bucket.length);
          if (bucket !== null) grown.set(bucket);
          buckets[slot] = bucket = grown;
        }
        bucket[2 * n] = b < FIRST_HIGH_BAND ? hi | 0 : lo | 0;
        bucket[2 * n + 1] = at;
        fill[slot] = n + 1;
      }
    },
    nearest(simhash) {
      const [hi, lo] = simhashHalves(simhash);
      if (Number.isNaN(hi) || Number.isNaN(lo)) return null;
      const mine = bandsOfHalves(hi, lo);
      let distance = NEAR_DUPLICATE_BITS + 1;
      let found: number[] = [];
      let firstBand: number[] = [];
      if (seenIn.length < size) {
        const grown = new Int32Array(size * 2);
        grown.set(seenIn);
        seenIn = grown;
      }
      call = (call + 1) | 0;
      if (call === 0) {
        seenIn.fill(0);
        call = 1;
      }
      for (let b = 0; b < BANDS; b++) {
        const slot = b * BAND_SLOTS + mine[b];
        const bucket = buckets[slot];
        if (bucket === null) continue;
        const other = b < FIRST_HIGH_BAND ? hi | 0 : lo | 0;
        const end = 2 * fill[slot];
        for (let k = 0; k < end; k += 2) {
          // the other half alone already differs in more bits than a near copy may: no need to look further
          if (popcount32(bucket[k] ^ other) > NEAR_DUPLICATE_BITS) continue;
          const at = bucket[k + 1];
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

/**
 * The copy a check reports among the equally near articles {@link NearDuplicateIndex.nearest} returned: the one the
 * band lookup meets first (lowest `firstBand`), then the smaller article id in UTF-8 byte order — the same article
 * whichever order the ids were stored in. Used by the store's check and by its check within one batch.
 * @param near a non-null result of `nearest`
 * @param idOf the article id of a rowid given to `add`
 * @returns the chosen article id
 */
export function nearestCopyId(near: { rowids: readonly number[]; firstBand: readonly number[] }, idOf: (rowid: number) => string): string {
  let pick = 0;
  if (near.rowids.length > 1) {
    const ids = near.rowids.map((r) => Buffer.from(idOf(r), 'utf8'));
    for (let k = 1; k < ids.length; k++) {
      const earlier = near.firstBand[k] - near.firstBand[pick] || Buffer.compare(ids[k], ids[pick]);
      if (earlier < 0) pick = k;
    }
  }
  return idOf(near.rowids[pick]);
}
