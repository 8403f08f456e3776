import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addHashed, buildHashedWeights, featureHash, fnvAdd, fnvChar, FNV_OFFSET, rowOffset } from './ner-weights.js';
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

test('a model survives serialisation up to int16 quantisation', () => {
  const weights = new Map([
    ['w=oslo', Float32Array.from([0.5, -1, 2])],
    ['cap', Float32Array.from([0, 0, 0])],
    ['t-1=B-LOC', Float32Array.from([-2, 1, 0.25])],
  ]);
  const model = hashNerModel(['B-LOC', 'I-LOC', 'O'], weights, { note: 'test' });
  const dir = mkdtempSync(join(tmpdir(), 'ner-'));
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
