import test from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, fnvAdd, fnvChar, FNV_OFFSET } from './fnv1a.js';

test('FNV-1a of ASCII strings gives the published 32-bit test vectors', () => {
  // http://www.isthe.com/chongo/tech/comp/fnv/ (test vectors of FNV-1a, 32 bits)
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('hashing a string in parts, by range or by code unit gives the hash of the whole string', () => {
  const whole = fnv1a('w-1=minister');
  assert.equal(fnvAdd(fnvChar(fnvAdd(FNV_OFFSET, 'w-1'), 61), 'minister'), whole);
  assert.equal(fnvAdd(FNV_OFFSET, 'say w-1=minister now', 4, 16), whole);
});

test('a hash is unsigned whether it was continued from a signed or an unsigned state', () => {
  const h = fnvAdd(FNV_OFFSET, 'Zürich');
  assert.ok(h >= 0 && h < 2 ** 32);
  assert.equal(fnvAdd(h | 0, ' talks'), fnvAdd(h, ' talks'));
  assert.equal(fnvChar(h | 0, 0x2019), fnvChar(h, 0x2019));
});
