import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as entry from './index.js';

test('the package exports the store entry as detente/store, built from store/index.ts', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, { types: string; import: string }> };
  assert.deepEqual(pkg.exports['./store'], { types: './dist/store/index.d.ts', import: './dist/store/index.js' });
});

test('the store entry opens, records, saves, reads back and closes a store, and ingests read results', () => {
  assert.deepEqual(
    Object.keys(entry).sort(),
    ['BATCH_TEXT_CHARACTERS', 'FULLER_COPY_RATIO', 'ingestIntoStore', 'openSqliteStore', 'openStore', 'pipelineRun', 'replacesStored'],
  );
  const store = entry.openSqliteStore(':memory:');
  try {
    for (const method of ['recordRun', 'saveBatch', 'getAnalysis', 'counts', 'close'] as const) assert.equal(typeof store[method], 'function');
  } finally {
    store.close();
  }
});
