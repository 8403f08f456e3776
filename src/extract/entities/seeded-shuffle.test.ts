import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32, shuffleInPlace } from './seeded-shuffle.js';

test('the same seed gives the same shuffle, a permutation of the input', () => {
  const a = Int32Array.from({ length: 50 }, (_, k) => k);
  const b = Array.from({ length: 50 }, (_, k) => k);
  shuffleInPlace(a, mulberry32(42));
  shuffleInPlace(b, mulberry32(42));
  assert.deepEqual([...a], b);
  assert.deepEqual([...b].sort((x, y) => x - y), Array.from({ length: 50 }, (_, k) => k));
  const c = Array.from({ length: 50 }, (_, k) => k);
  shuffleInPlace(c, mulberry32(7));
  assert.notDeepEqual(c, b);
});
