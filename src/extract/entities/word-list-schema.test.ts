import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordListSchema } from './word-list-schema.js';

test('a word list passes when every word matches and fails naming the first word that does not', () => {
  const schema = wordListSchema(/^[a-z]+$/);
  assert.deepEqual(schema.parse(['tools', 'domain']), ['tools', 'domain']);
  const bad = schema.safeParse(['tools', 'Domain', 'x1']);
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0].path, [1]);
  assert.match(bad.error?.issues[0].message ?? '', /"Domain" does not match/);
  assert.equal(schema.safeParse(['tools', 3]).success, false);
  assert.equal(schema.safeParse('tools').success, false);
});
