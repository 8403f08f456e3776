import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortByStart } from './sort-by-start.js';

test('sortByStart orders mentions by start and keeps equal starts in their order', () => {
  const m = [
    { start: 30, id: 'c' },
    { start: 5, id: 'a' },
    { start: 30, id: 'd' },
    { start: 12, id: 'b' },
  ];
  const out = sortByStart(m);
  assert.equal(out, m);
  assert.deepEqual(
    out.map((x) => x.id),
    ['a', 'b', 'c', 'd'],
  );
});

test('sortByStart leaves a list already in order as it is', () => {
  const m = [
    { start: 1, id: 'x' },
    { start: 1, id: 'y' },
    { start: 9, id: 'z' },
  ];
  assert.deepEqual(
    sortByStart(m).map((x) => x.id),
    ['x', 'y', 'z'],
  );
  assert.deepEqual(sortByStart([]), []);
});
