import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fnvAdd, fnvChar, FNV_OFFSET } from '../../nlp/fnv1a.js';
import { addHashed, buildHashedWeights, featureHash, mayHold, probeRow, rowOffset } from './ner-weights.js';
import { hashNerModel, loadNerModel, serialiseNerModel } from './ner-tagger.js';

test('hashing a feature in parts gives the hash of the whole feature string', () => {
  const parts = fnvAdd(fnvChar(fnvAdd(FNV_OFFSET, 'w-1'), 61), 'minister');
  assert.equal(parts, featureHash('w-1=minister'));
  assert.equal(fnvAdd(FNV_OFFSET, 'xxkabulyy', 2, 7), featureHash('kabul'));
  assert.notEqual(featureHash('w=kabul'), featureHash('w=kabal'));
});

test('a hashed weight table finds stored features and misses unknown ones', () => {
  const hashes = Uint32Array.from(['a', 'b', 'c'].map(featureHash));
  const table = buildHashedWeights(hashes, Float32Array.from([1, 2, 3, 4, 5, 6]), 2);
  assert.equal(table.size, 3);
  assert.deepEqual([...table.rows.subarray(rowOffset(table, featureHash('b')), rowOffset(table, featureHash('b')) + 2)], [3, 4]);
  assert.equal(rowOffset(table, featureHash('d')), -1);
  const scores = new Float64Array(2);
  addHashed(table, featureHash('c'), scores);
  addHashed(table, featureHash('zzz'), scores);
  assert.deepEqual([...scores], [5, 6]);
});

test('a model survives serialisation up to int16 quantisation', (t) => {
  const weights = new Map([
    ['w=oslo', Float32Array.from([0.5, -1, 2])],
    ['cap', Float32Array.from([0, 0, 0])],
    ['t-1=B-LOC', Float32Array.from([-2, 1, 0.25])],
  ]);
  const model = hashNerModel(['B-LOC', 'I-LOC', 'O'], weights, { note: 'test' });
  const dir = mkdtempSync(join(tmpdir(), 'detente-ner-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'm.bin.gz');
  writeFileSync(path, gzipSync(serialiseNerModel(model)));
  const back = loadNerModel(path);
  assert.deepEqual(back.labels, ['B-LOC', 'I-LOC', 'O']);
  assert.equal(back.weights.size, 2, 'an all-zero feature is dropped');
  assert.deepEqual(back.meta, { note: 'test' });
  const o = rowOffset(back.weights, featureHash('w=oslo'));
  assert.ok(Math.abs(back.weights.rows[o + 2] - 2) < 1e-3);
  assert.ok(Math.abs(back.weights.rows[o + 1] + 1) < 1e-3);
  assert.ok(Math.abs(back.weights.rows[o] - 0.5) < 1e-3);
});

test('the presence bits of a weight table never hide a stored feature and rule out most unknown ones', () => {
  const stored = Array.from({ length: 5_000 }, (_, i) => featureHash(`w-1w=word${i}|next${i % 97}`));
  stored.push(0); // a feature hashing to 0 is stored as 1
  const table = buildHashedWeights(Uint32Array.from(stored), Float32Array.from({ length: stored.length * 2 }, (_, i) => i + 1), 2);
  stored.forEach((h, r) => {
    const o = rowOffset(table, h);
    assert.ok(o >= 0, `stored feature ${r} found`);
    assert.deepEqual([...table.rows.subarray(o, o + 2)], [2 * r + 1, 2 * r + 2]);
  });
  let blocked = 0;
  const unknown = 20_000;
  for (let i = 0; i < unknown; i++) {
    const h = featureHash(`ww+1=other${i}|pair`);
    assert.equal(rowOffset(table, h), -1);
    const b = Math.imul(h || 1, 0x9e3779b1) >>> table.filterShift;
    if ((table.filter[b >>> 5] & (1 << (b & 31))) === 0) blocked++;
  }
  assert.ok(blocked > 0.85 * unknown, `${blocked} of ${unknown} unknown features ruled out by the bits alone`);
});

test('a presence bit read apart, then a probe, finds what one row lookup finds', () => {
  const stored = Array.from({ length: 3_000 }, (_, i) => featureHash(`x2=${i}`));
  stored.push(0);
  const table = buildHashedWeights(Uint32Array.from(stored), new Float32Array(stored.length * 3), 3);
  const asked = [...stored, ...Array.from({ length: 6_000 }, (_, i) => featureHash(`p3=${i}`))];
  let ruledOut = 0;
  for (const h of asked) {
    const bit = mayHold(table, h);
    if (bit === 0) ruledOut++;
    assert.equal(bit === 0 ? -1 : probeRow(table, h), rowOffset(table, h));
    if (probeRow(table, h) >= 0) assert.notEqual(bit, 0, 'a stored feature always has its bit');
  }
  assert.ok(ruledOut > 0.8 * 6_000, `${ruledOut} unknown features ruled out by their bits`);
});
