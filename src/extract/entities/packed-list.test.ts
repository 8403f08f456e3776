import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packedList } from './packed-list.js';

test('packedList copies the items in order into a new array and leaves the list alone', () => {
  const a = { name: 'Ada Vell' };
  const b = { name: 'Port Harlow' };
  const list = [a, b, a];
  const copy = packedList(list);
  assert.notEqual(copy, list);
  assert.deepEqual(copy, [a, b, a]);
  assert.equal(copy[0], a);
  assert.deepEqual(list, [a, b, a]);
});

test('packedList gives an empty array for an empty list and keeps the items of a holey or mapped list', () => {
  assert.deepEqual(packedList([]), []);
  const mapped = [1, 2, 3].map((n) => ({ n }));
  assert.deepEqual(packedList(mapped), [{ n: 1 }, { n: 2 }, { n: 3 }]);
  const sized = new Array<{ n: number }>(2);
  sized[0] = { n: 7 };
  sized[1] = { n: 8 };
  assert.deepEqual(packedList(sized), [{ n: 7 }, { n: 8 }]);
});
