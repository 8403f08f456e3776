import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hammingDistance } from '../ingest/fingerprint.js';
import { createNearDuplicateIndex } from './near-duplicate-index.js';

/** Flips the given bit positions (0 = lowest) of a 16-hex-digit SimHash. */
function flip(simhash: string, ...bits: number[]): string {
  let x = BigInt(`0x${simhash}`);
  for (const b of bits) x ^= 1n << BigInt(b);
  return x.toString(16).padStart(16, '0');
}

const BASE = '3c5a96f00f1e2d4b';

test('the nearest stored SimHash within six bits is found, a farther one is not', () => {
  const index = createNearDuplicateIndex();
  index.add(1, flip(BASE, 0, 10, 20, 30, 40, 50, 60)); // 7 bits away
  index.add(2, flip(BASE, 3, 33)); // 2 bits away
  index.add(3, flip(BASE, 5, 15, 25, 35)); // 4 bits away
  assert.deepEqual(index.nearest(BASE), { distance: 2, rowids: [2], firstBand: [1] }, 'bit 3 lies in band 0, so band 1 meets it');
  assert.equal(index.nearest(flip(BASE, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24)), null);
  const seven = createNearDuplicateIndex();
  seven.add(1, flip(BASE, 0, 10, 20, 30, 40, 50, 60));
  assert.equal(seven.nearest(BASE), null, 'seven bits is not near');
});

test('a SimHash six bits away, one in each of six bands, is still found through the seventh band', () => {
  const index = createNearDuplicateIndex();
  const far = flip(BASE, 0, 9, 18, 27, 36, 45);
  assert.equal(hammingDistance(BASE, far), 6);
  index.add(7, far);
  assert.deepEqual(index.nearest(BASE), { distance: 6, rowids: [7], firstBand: [6] });
});

test('equally near articles all come back, each with the band where it was met first', () => {
  const index = createNearDuplicateIndex();
  index.add(4, flip(BASE, 60)); // differs in band 6 only: met in band 0
  index.add(5, flip(BASE, 0)); // differs in band 0: met in band 1
  const near = index.nearest(BASE);
  assert.deepEqual(near, { distance: 1, rowids: [4, 5], firstBand: [0, 1] });
});

test('an article that agrees in one half and in a band but differs in seven bits of the other half is not near, one six bits away is', () => {
  const index = createNearDuplicateIndex();
  // bits 9-27 of the low half lie in bands 1-3; band 0 (low bits 0-8) and the whole high half agree
  index.add(1, flip(BASE, 9, 12, 15, 18, 21, 24, 27));
  assert.equal(index.nearest(BASE), null);
  index.add(2, flip(BASE, 9, 12, 15, 18, 21, 24));
  assert.deepEqual(index.nearest(BASE), { distance: 6, rowids: [2], firstBand: [0] });
});

test('rows without a SimHash only advance the last rowid, and a reset forgets everything', () => {
  const index = createNearDuplicateIndex();
  index.add(1, null);
  index.add(2, BASE);
  assert.equal(index.lastRowid, 2);
  assert.equal(index.nearest(BASE)?.distance, 0);
  index.reset();
  assert.equal(index.lastRowid, 0);
  assert.equal(index.nearest(BASE), null);
});

test('over thousands of stored SimHashes the index answers as a scan of every stored article in band order would', () => {
  const index = createNearDuplicateIndex();
  const stored: { rowid: number; simhash: string }[] = [];
  // a deterministic spread of SimHashes, a third of them within a few bits of an earlier one
  let x = 0x2545f4914f6cdd1dn;
  const nextRandom = () => {
    x ^= x << 13n;
    x &= 0xffffffffffffffffn;
    x ^= x >> 7n;
    x ^= x << 17n;
    x &= 0xffffffffffffffffn;
    return x;
  };
  for (let i = 0; i < 3000; i++) {
    const r = nextRandom();
    let simhash = r.toString(16).padStart(16, '0');
    if (i > 10 && i % 3 === 0) simhash = flip(stored[Number(r % BigInt(stored.length))].simhash, Number(r % 64n), Number((r >> 8n) % 64n));
    const rowid = 2 * i + 1; // rowids with gaps, as after skipped rows
    stored.push({ rowid, simhash });
    index.add(rowid, simhash);
  }
  const bandsOf = (s: string) => {
    const v = BigInt(`0x${s}`);
    const lo = Number(v & 0xffffffffn);
    const hi = Number(v >> 32n);
    return [lo & 0x1ff, (lo >>> 9) & 0x1ff, (lo >>> 18) & 0x1ff, ((lo >>> 27) | (hi << 5)) & 0x1ff, (hi >>> 4) & 0x1ff, (hi >>> 13) & 0x1ff, (hi >>> 22) & 0x3ff];
  };
  let answered = 0;
  for (let q = 0; q < 300; q++) {
    const query = flip(stored[(q * 37) % stored.length].simhash, q % 64);
    const mine = bandsOf(query);
    const met = new Set<number>();
    let best: { distance: number; rowids: number[]; firstBand: number[] } | null = null;
    for (let b = 0; b < 7; b++) {
      for (const s of stored) {
        if (met.has(s.rowid) || bandsOf(s.simhash)[b] !== mine[b]) continue;
        met.add(s.rowid);
        const d = hammingDistance(s.simhash, query);
        if (d > 6) continue;
        if (!best || d < best.distance) best = { distance: d, rowids: [s.rowid], firstBand: [b] };
        else if (d === best.distance) {
          best.rowids.push(s.rowid);
          best.firstBand.push(b);
        }
      }
    }
    if (best) answered++;
    assert.deepEqual(index.nearest(query), best, `query ${q}`);
  }
  assert.ok(answered >= 300, 'every query lies within one bit of a stored SimHash');
});
