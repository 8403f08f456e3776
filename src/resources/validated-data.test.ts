import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { contentHash, isValidated, NO_VALIDATED_DATA, readValidatedData } from './validated-data.js';
import { sameDeclaredData, validateDataFiles } from './validate-data-files.js';

function scratch(t: test.TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'detente-validated-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a recorded text is trusted only while the file has that text and the schema code is the recorded one', (t) => {
  const dir = scratch(t);
  const text = '{"words":["alpha"]}';
  const record = join(dir, 'record.json');
  writeFileSync(record, JSON.stringify({ code: 'schemas-1', files: { 'lists/words.json': contentHash(text) } }));
  const validated = readValidatedData('schemas-1', record);
  assert.equal(isValidated(validated, 'lists/words.json', text), true);
  assert.equal(isValidated(validated, 'lists/words.json', '{"words":["alpha","beta"]}'), false, 'an edited file is validated again');
  assert.equal(isValidated(validated, 'lists/other.json', text), false, 'a file the build did not record');
  assert.equal(readValidatedData('schemas-2', record).files.size, 0, 'changed schema code trusts nothing');
  assert.equal(readValidatedData(null, record).files.size, 0, 'unknown schema code trusts nothing');
  assert.equal(readValidatedData('schemas-1', join(dir, 'missing.json')), NO_VALIDATED_DATA);
  writeFileSync(record, 'not json');
  assert.equal(readValidatedData('schemas-1', record), NO_VALIDATED_DATA);
});

test('the build records valid files, leaves out those whose schema fills in a default, and stops on an invalid one', (t) => {
  const dir = scratch(t);
  mkdirSync(join(dir, 'lists'));
  const good = '{"$comment":"ours","words":["alpha"]}';
  writeFileSync(join(dir, 'lists', 'good.json'), good);
  writeFileSync(join(dir, 'lists', 'short.json'), '{"words":["alpha"]}');
  writeFileSync(join(dir, 'lists', 'bad.json'), '{"words":[1]}');
  const schema = z.object({ words: z.array(z.string()) });
  const withDefault = z.object({ words: z.array(z.string()), minCount: z.number().default(3) });
  const result = validateDataFiles(
    [
      { file: 'lists/good.json', schema },
      { file: 'lists/short.json', schema: withDefault },
    ],
    dir,
  );
  assert.deepEqual(result.files, { 'lists/good.json': contentHash(good) }, 'a top-level $comment that zod drops is no difference');
  assert.deepEqual(result.untrusted.map((u) => u.file), ['lists/short.json']);
  assert.throws(() => validateDataFiles([{ file: 'lists/bad.json', schema }], dir), (e: Error & { code?: string }) => e.code === 'E_RESOURCE_INVALID' && /bad\.json/.test(e.message));
});

test('the data a schema returns is the same declared data when it only drops keys', () => {
  assert.equal(sameDeclaredData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x', note: 'dropped' }], $comment: 'c' }), true);
  assert.equal(sameDeclaredData({ a: [1, 2] }, { a: [1, 2, 3] }), false, 'arrays of other lengths');
  assert.equal(sameDeclaredData({ a: 1, extra: [] }, { a: 1 }), false, 'a default filled in');
  assert.equal(sameDeclaredData({ a: 2 }, { a: '2' }), false, 'a coerced value');
  assert.equal(sameDeclaredData({ a: null }, { a: null }), true);
});
