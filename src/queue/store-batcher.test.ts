import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../model/analysis.js';
import type { SaveResult, Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { createStoreBatcher } from './store-batcher.js';

function analysis(id: string, text: string): Analysis {
  return {
    article: { id, title: `Title ${id}`, published: '2024-03-05', text },
    entities: [],
    quotes: [],
    events: [],
    tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 },
    issues: [],
  };
}

const TEXTS = [
  'Harbour workers in the port city walked out on Monday over a pay offer they called an insult.',
  'The agriculture ministry said the late frost had cut the apple harvest by a third this year.',
  'Two lorries collided on the coast road before dawn, closing it for most of the morning.',
];

/** A store that records the size of each saveBatch call and passes it on to an in-memory SQLite store. */
function countingStore(): { store: Store; batches: number[] } {
  const inner = openSqliteStore(':memory:');
  const batches: number[] = [];
  const store = Object.create(inner) as Store;
  store.saveBatch = (analyses, runId) => {
    batches.push(analyses.length);
    return inner.saveBatch(analyses, runId);
  };
  return { store, batches };
}

test('a full batch is stored in one transaction, and each save resolves only once it is committed', async () => {
  const { store, batches } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 2, maxWaitMs: 60_000 });
  const first = batcher.save(analysis('a1', TEXTS[0]));
  assert.equal(await store.hasArticle('a1'), false);
  assert.equal(batcher.waiting, 1);
  await Promise.all([first, batcher.save(analysis('a2', TEXTS[1]))]);
  assert.deepEqual(batches, [2]);
  assert.equal(await store.hasArticle('a1'), true);
  assert.equal(batcher.totals.stored, 2);
  store.close();
});

test('a batch that does not fill up is stored after the wait, and drain stores at once', async () => {
  const { store, batches } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 10, maxWaitMs: 20 });
  await batcher.save(analysis('a1', TEXTS[0]));
  assert.deepEqual(batches, [1]);
  const slow = createStoreBatcher({ store, runId: 'r1', maxBatch: 10, maxWaitMs: 60_000 });
  const pending = slow.save(analysis('a2', TEXTS[1]));
  await slow.drain();
  await pending;
  // after drain every save is written on its own, at once
  await slow.save(analysis('a3', TEXTS[2]));
  assert.deepEqual(batches, [1, 1, 1]);
  assert.equal((await store.counts()).articles, 3);
  store.close();
});

test('the same article saved again is counted as skipped, not stored twice', async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 1 });
  await batcher.save(analysis('a1', TEXTS[0]));
  await batcher.save(analysis('a1', TEXTS[0]));
  assert.deepEqual({ ...batcher.totals }, { stored: 1, skipped: 1, duplicates: 0, replaced: 0, revised: 0 } satisfies SaveResult);
  assert.equal((await store.counts()).articles, 1);
  store.close();
});

test("a failed transaction rejects every save of its batch with the store's error, and the next batch goes on", async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const inner = store.saveBatch;
  let fail = true;
  store.saveBatch = (analyses, runId) => {
    if (fail) throw new Error('disk full');
    return inner(analyses, runId);
  };
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 2 });
  const results = await Promise.allSettled([batcher.save(analysis('a1', TEXTS[0])), batcher.save(analysis('a2', TEXTS[1]))]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  assert.match(String((results[0] as PromiseRejectedResult).reason), /disk full/);
  assert.equal((await store.counts()).articles, 0);
  fail = false;
  await Promise.all([batcher.save(analysis('a1', TEXTS[0])), batcher.save(analysis('a2', TEXTS[1]))]);
  assert.equal((await store.counts()).articles, 2);
  store.close();
});

test('a batch is written in the order the jobs were taken, not the order their analyses finished', async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const written: string[] = [];
  const inner = store.saveBatch;
  store.saveBatch = (analyses, runId) => {
    written.push(...analyses.map((a) => a.article.id));
    return inner(analyses, runId);
  };
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 3 });
  // two copies of one story: the copy taken first (order 0) finished its analysis last
  await Promise.all([batcher.save(analysis('late-copy', TEXTS[0]), 2), batcher.save(analysis('other', TEXTS[1]), 1), batcher.save(analysis('first-copy', TEXTS[0]), 0)]);
  assert.deepEqual(written, ['first-copy', 'other', 'late-copy']);
  assert.equal(await store.hasArticle('first-copy'), true);
  assert.equal(await store.hasArticle('late-copy'), false);
  assert.equal(batcher.totals.duplicates, 1);
  store.close();
});
