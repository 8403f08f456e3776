import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analyzer } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { DetenteError } from '../pipeline/errors.js';
import type { SaveResult, Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { createStoreBatcher } from './store-batcher.js';
import { checkArticle } from '../ingest/article-input.js';

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
  assert.deepEqual({ ...batcher.totals }, { stored: 1, skipped: 1, duplicates: 0, replaced: 0, revised: 0, events: 0, quotes: 0 } satisfies SaveResult);
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

/**
 * A stand-in analyzer that records each analyzeBatch call, refuses what the real one refuses (checkArticle), and fails
 * the articles whose text has `bad`.
 */
function recordingAnalyzer(bad: string, { batchThrows = false } = {}) {
  const calls: string[][] = [];
  const analyze = (article: Article): Analysis => {
    // the real analyzer's check of what it is given (E_INPUT, E_INPUT_EMPTY)
    checkArticle(article, 'analyze');
    if (article.text.includes(bad)) throw new Error(`cannot read "${bad}"`);
    return { ...analysis(article.id, article.text), article, issues: [{ code: 'W_TEST', message: 'from the analysis', source: 'test' }] };
  };
  const analyzer: Pick<Analyzer, 'analyze' | 'analyzeBatch'> = {
    analyze,
    analyzeBatch(articles) {
      calls.push(articles.map((a) => a.id));
      if (batchThrows) throw new Error('the whole batch went wrong');
      return articles.map((a) => {
        try {
          return { ok: true, analysis: analyze(a) };
        } catch (error) {
          return { ok: false, error: error as Error };
        }
      });
    },
  };
  return { analyzer, calls };
}

test('the articles of a batch are analysed together when it is written; one whose analysis fails is E_ANALYZE alone, the others are stored', async () => {
  const { store, batches } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const { analyzer, calls } = recordingAnalyzer('frost');
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 3, maxWaitMs: 60_000, analyzer });
  const readerIssue = { code: 'W_INGEST_DATE', message: 'the date "soon" is not understood', source: 'ingest' };
  const [a, b, c] = await Promise.allSettled([
    batcher.analyseAndSave(analysis('a1', TEXTS[0]).article, [readerIssue], 0),
    batcher.analyseAndSave(analysis('a2', TEXTS[1]).article, [], 1),
    batcher.analyseAndSave(analysis('a3', TEXTS[2]).article, [], 2),
  ]);
  assert.deepEqual(calls, [['a1', 'a2', 'a3']]);
  assert.equal(b.status, 'rejected');
  const error = (b as PromiseRejectedResult).reason as DetenteError;
  assert.deepEqual([error.code, error.message], ['E_ANALYZE', 'cannot read "frost"']);
  assert.equal(a.status, 'fulfilled');
  assert.deepEqual((a as PromiseFulfilledResult<Analysis>).value.issues.map((i) => i.code), ['W_TEST', 'W_INGEST_DATE']);
  assert.equal(c.status, 'fulfilled');
  assert.deepEqual(batches, [2]);
  assert.deepEqual([await store.hasArticle('a1'), await store.hasArticle('a2'), await store.hasArticle('a3')], [true, false, true]);
  assert.deepEqual((await store.getAnalysis('a1'))?.issues.map((i) => i.code), ['W_TEST', 'W_INGEST_DATE']);
  store.close();
});

test('when analyzeBatch itself throws, the articles are analysed one by one and only the one that throws fails', async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const { analyzer, calls } = recordingAnalyzer('lorries', { batchThrows: true });
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 3, maxWaitMs: 60_000, analyzer });
  const results = await Promise.allSettled(TEXTS.map((text, i) => batcher.analyseAndSave(analysis(`a${i + 1}`, text).article, [], i)));
  assert.deepEqual(calls, [['a1', 'a2', 'a3']]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected']);
  assert.equal(((results[2] as PromiseRejectedResult).reason as DetenteError).code, 'E_ANALYZE');
  assert.equal((await store.counts()).articles, 2);
  store.close();
});

test('a duplicate marker and articles to analyse share one transaction, in the order the jobs were taken', async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const written: string[] = [];
  const inner = store.saveBatch;
  store.saveBatch = (analyses, runId) => {
    written.push(...analyses.map((x) => x.article.id));
    return inner(analyses, runId);
  };
  const { analyzer } = recordingAnalyzer('nothing fails here');
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 3, maxWaitMs: 60_000, analyzer });
  await Promise.all([batcher.analyseAndSave(analysis('b', TEXTS[1]).article, [], 2), batcher.save(analysis('marker', TEXTS[0]), 1), batcher.analyseAndSave(analysis('a', TEXTS[2]).article, [], 0)]);
  assert.deepEqual(written, ['a', 'marker', 'b']);
  store.close();
});

test('an article the analyzer refuses (an empty text) is rejected with its own code, E_INPUT_EMPTY, not E_ANALYZE', async () => {
  const { store } = countingStore();
  store.recordRun({ id: 'r1', startedAt: '2024-03-05T00:00:00Z', detenteVersion: '0', components: {} });
  const { analyzer } = recordingAnalyzer('nothing fails here');
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 2, maxWaitMs: 60_000, analyzer });
  const [full, empty] = await Promise.allSettled([batcher.analyseAndSave(analysis('a1', TEXTS[0]).article, [], 0), batcher.analyseAndSave(analysis('a2', ' \n ').article, [], 1)]);
  assert.equal(full.status, 'fulfilled');
  const error = (empty as PromiseRejectedResult).reason as DetenteError;
  assert.equal(error.code, 'E_INPUT_EMPTY');
  assert.match(error.message, /its text is only white space \(3 characters\): nothing to analyse/);
  assert.deepEqual([await store.hasArticle('a1'), await store.hasArticle('a2')], [true, false]);
  store.close();
});
