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
 * Creates an empty {@link NearDuplicateIndex}. Everything sits in typed arrays that double when full: per
 * article its rowid (8 bytes), the two SimHash halves (4 + 4) and, for each band, the position of the next
 * article with the same band value (4 each), i.e. 44 bytes, at most 88 with the doubling slack. Each band value's
 * articles form a chain in insertion order (head and tail per band value), so a lookup meets them in the order a
 * list per band value gave. The index mirrors the articles table and so grows with it (the one structure of an
 * ingest that does: everything else is capped or per batch). Heap plus array buffers after a forced GC, 26,000
 * SimHashes: 3.7 MB (145 bytes an article) with the number[][] lists per band value this replaces, 1.7 MB (67)
 * now; 260,000: 27.6 -> 13.4 MB. 20,000 lookups among 26,000: 66-71 -> 78-82 ms CPU (under 1 us more per
 * article, against ~2 ms to analyse one). Answers unchanged (near-duplicate-index.test.ts compares with a scan).
 * @returns an empty index
 */
export function createNearDuplicateIndex(): NearDuplicateIndex {
  const BAND_SLOTS = 1024; // the widest band has 10 bits
  const BANDS = NEAR_DUPLICATE_BITS + 1; // bandsOfHalves gives one value per band
  let size = 0;
  let rowids = new Float64Array(0);
  let his = new Int32Array(0);
  let los = new Int32Array(0);
  /** next[at * BANDS + b] = position of the next article with the same value in band b, -1 at the end */
  let next = new Int32Array(0);
  /** head/tail[b * BAND_SLOTS + value] = first/last position with that value in band b, -1 when none */
  const head = new Int32Array(BANDS * BAND_SLOTS);
  const tail = new Int32Array(BANDS * BAND_SLOTS);
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
    const n = new Int32Array(capacity * BANDS);
    n.set(next);
    next = n;
  };
  const reset = () => {
    size = 0;
    rowids = new Float64Array(0);
    his = new Int32Array(0);
    los = new Int32Array(0);
    next = new Int32Array(0);
    head.fill(-1);
    tail.fill(-1);
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
        next[at * BANDS + b] = -1;
        const last = tail[slot];
        if (last < 0) head[slot] = at;
        else next[last * BANDS + b] = at;
        tail[slot] = at;
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
        for (let at = head[b * BAND_SLOTS + mine[b]]; at >= 0; at = next[at * BANDS + b]) {
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
