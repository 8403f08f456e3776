import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_LIMIT, CHUNK_MAX_LENGTH, createChunkTable } from './chunk-table.js';

test('a chunk kept from one text is found by its range of another and pushes its tokens with the spaces before it', () => {
  const table = createChunkTable();
  // two tokens for "said," as wink pushes them after 1 space: (lexeme, spaces, 0, 0) (lexeme, 0, 0, 0)
  const tokens = [7, 3, 0, 0, 501, 1, 0, 0, 9, 0, 0, 0];
  table.remember('they said, then', 5, 10, tokens, 4, 1);
  assert.equal(table.size, 1);
  const text = 'Officials said, too';
  const entry = table.find(text, 10, 15);
  assert.ok(entry >= 0);
  const out: number[] = [42];
  table.push(entry, out, 2);
  assert.deepEqual(out, [42, 501, 2, 0, 0, 9, 0, 0, 0]);
});

test('a chunk of one plain token is pushed as that token', () => {
  const table = createChunkTable();
  table.remember(' Geneva', 1, 7, [880, 1, 0, 0], 0, 1);
  const out: number[] = [];
  table.push(table.find('in Geneva.', 3, 9), out, 4);
  assert.deepEqual(out, [880, 4, 0, 0]);
});

test('chunks that differ in one code unit, or in length, are told apart', () => {
  const table = createChunkTable();
  table.remember('Kyiv', 0, 4, [10, 0, 0, 0], 0, 0);
  table.remember('Kyiw', 0, 4, [11, 0, 0, 0], 0, 0);
  assert.equal(table.find('Kyiv', 0, 3), -1);
  assert.equal(table.find('Kyivs', 0, 5), -1);
  const out: number[] = [];
  table.push(table.find('Kyiw', 0, 4), out, 0);
  table.push(table.find('Kyiv', 0, 4), out, 0);
  assert.deepEqual(out, [11, 0, 0, 0, 10, 0, 0, 0]);
});

test('long chunks, chunks with spaces on a later token and numbers that are no 32-bit integers are not kept', () => {
  const table = createChunkTable();
  const long = 'x'.repeat(CHUNK_MAX_LENGTH);
  table.remember(long, 0, long.length, [1, 0, 0, 0], 0, 0);
  table.remember('a-b', 0, 3, [1, 0, 0, 0, 2, 1, 0, 0], 0, 0);
  table.remember('c', 0, 1, [1, 2, 0, 0], 0, 0); // not the spaces it was read with
  table.remember('d', 0, 1, [0.5, 0, 0, 0], 0, 0);
  table.remember('e', 0, 1, [], 0, 0);
  assert.equal(table.size, 0);
  assert.equal(table.find(long, 0, long.length), -1);
});

test('a full table is emptied before it keeps another chunk, and clear empties it', () => {
  const table = createChunkTable();
  for (let i = 0; i < CHUNK_LIMIT; i++) table.remember(`w${i}`, 0, `w${i}`.length, [i, 0, 0, 0], 0, 0);
  assert.equal(table.size, CHUNK_LIMIT);
  const out: number[] = [];
  table.push(table.find('w12345', 0, 6), out, 0);
  assert.deepEqual(out, [12345, 0, 0, 0]);
  table.remember('next', 0, 4, [5, 0, 0, 0], 0, 0);
  assert.equal(table.size, 1);
  assert.equal(table.find('w12345', 0, 6), -1);
  assert.ok(table.find('next', 0, 4) >= 0);
  table.clear();
  assert.equal(table.size, 0);
  assert.equal(table.find('next', 0, 4), -1);
});
