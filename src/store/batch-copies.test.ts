import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBatchCopies } from './batch-copies.js';
import { createNearDuplicateIndex } from './near-duplicate-index.js';
import type { Article } from '../model/article.js';

const article = (id: string, url?: string): Article => ({ id, title: id, published: null, text: 'unused', ...(url ? { url } : {}) });
const fp = (simhash: string, textHash = `h-${simhash}`) => ({ simhash, textHash });

test('a batch article with the same id, then the same URL, then the same text is the copy, in that order', () => {
  const batch = createBatchCopies();
  batch.add('a1', 'https://example.org/1', fp('0123456789abcdef', 'hash-a'));
  batch.add('b2', null, fp('fedcba9876543210', 'hash-b'));
  assert.deepEqual(batch.find(article('b2', 'https://example.org/1'), fp('0000000000000000', 'hash-a')), { of: 'b2', kind: 'id', distance: 0 });
  assert.deepEqual(batch.find(article('c3', 'https://example.org/1'), fp('0000000000000000', 'hash-b')), { of: 'a1', kind: 'url', distance: 0 });
  assert.deepEqual(batch.find(article('c3', 'https://example.org/2'), fp('0000000000000000', 'hash-b')), { of: 'b2', kind: 'text', distance: 0 });
  assert.equal(batch.find(article('c3'), fp('5555555555555555', 'hash-c')), null);
});

test('an empty URL matches no other empty URL, as in the stored check', () => {
  const batch = createBatchCopies();
  batch.add('a1', '', fp('0123456789abcdef', 'hash-a'));
  assert.equal(batch.find(article('c3', ''), fp('5555555555555555', 'hash-c')), null);
});

test('of near batch articles the nearest wins, then the one agreeing on an earlier band, then the smaller id', () => {
  const batch = createBatchCopies();
  batch.add('a', null, fp('0000000000000003')); // 2 bits off in band 0: first agreeing band 1
  batch.add('z', null, fp('0000000000000600')); // 2 bits off in band 1: first agreeing band 0
  batch.add('m', null, fp('00000000000c0000')); // 2 bits off in band 2: first agreeing band 0
  batch.add('far', null, fp('000000000000007f')); // 7 bits off: not near
  assert.deepEqual(batch.find(article('q'), fp('0000000000000000')), { of: 'm', kind: 'near', distance: 2 });
  batch.add('n', null, fp('0000000080000000')); // 1 bit off
  assert.deepEqual(batch.find(article('q'), fp('0000000000000000')), { of: 'n', kind: 'near', distance: 1 });
  assert.equal(batch.find(article('q'), fp('ffffffffffffffff')), null);
});

test('the batch check picks the near copy the band index and its tie rule pick, on random SimHashes', () => {
  let seed = 12345;
  const rand32 = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const hex = (hi: number, lo: number) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  let compared = 0;
  for (let round = 0; round < 200; round++) {
    const baseHi = rand32();
    const baseLo = rand32();
    const flip = (h: number, l: number, bits: number): [number, number] => {
      for (let i = 0; i < bits; i++) {
        const b = rand32() % 64;
        if (b < 32) l ^= 1 << b;
        else h ^= 1 << (b - 32);
      }
      return [h >>> 0, l >>> 0];
    };
    const batch = createBatchCopies();
    const index = createNearDuplicateIndex();
    const ids: string[] = [];
    for (let k = 0; k < 12; k++) {
      const [h, l] = flip(baseHi, baseLo, rand32() % 9);
      const id = `id${rand32() % 1000}-${k}`;
      ids.push(id);
      batch.add(id, null, fp(hex(h, l), `text-${k}`));
      index.add(k + 1, hex(h, l));
    }
    const [qh, ql] = flip(baseHi, baseLo, rand32() % 5);
    const got = batch.find(article('query'), fp(hex(qh, ql), 'text-query'));
    const near = index.nearest(hex(qh, ql));
    let want = null;
    if (near) {
      let pick = 0;
      for (let k = 1; k < near.rowids.length; k++) {
        const earlier = near.firstBand[k] - near.firstBand[pick] || Buffer.compare(Buffer.from(ids[near.rowids[k] - 1]), Buffer.from(ids[near.rowids[pick] - 1]));
        if (earlier < 0) pick = k;
      }
      want = { of: ids[near.rowids[pick] - 1], kind: 'near', distance: near.distance };
      compared++;
    }
    assert.deepEqual(got, want);
  }
  assert.ok(compared > 100, `most rounds have a near copy (${compared})`);
});
