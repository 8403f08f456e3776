import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite-store.js';
import { readInputs } from '../ingest/read-inputs.js';
import { withAbsoluteOrigins } from '../ingest/absolute-origins.js';
import { ingestIntoStore } from '../ingest-into-store.js';
import { EMPTY_TONE } from '../model/tone.js';
import type { Analyzer } from '../analyze.js';
import type { Article } from '../model/article.js';
import { enqueueArticles } from './enqueue-articles.js';
import { runWorker } from './run-worker.js';
import { SKIP_NO_REDIS, testQueue } from './test-redis.js';

// Against the Redis of `source .ci/services` (DETENTE_TEST_REDIS_URL): skipped with a reason without it.

/** An analyzer stand-in that returns an empty analysis at once (the worker calls only `analyzeBatch`). */
const emptyAnalyzer = {
  analyzeBatch: (articles: readonly Article[]) =>
    articles.map((article) => ({ ok: true as const, analysis: { article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] } })),
} as unknown as Analyzer;

const TITLE = 'Ferry timetable changes on the Lake Orla crossing';
const BODY = 'The Lake Orla ferry company said on Monday that the late crossing to Vessby will stop in November. A spokeswoman, Ines Marrow, said the boat would be refitted over the winter.';

test('a plain-text story and its JSON Lines copy enqueued in one run store the copy\'s source, id and date, as ingest of the same folder does', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-enqueue-copies-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // read in this order: the text file (no source), then the export record naming its source and source id
  writeFileSync(join(dir, 'a-ferry.txt'), `${TITLE}\n\n${BODY}\n`);
  writeFileSync(join(dir, 'b-export.jsonl'), `${JSON.stringify({ id: 'orla-77', source: 'Orla Courier', title: TITLE, text: BODY, published: '2025-10-06' })}\n`);
  const read = () => withAbsoluteOrigins(readInputs([dir]));
  // what a store holds of the story: its rows, and the source, source id and date of the one stored
  const stored = (db: string) => {
    const sql = new Database(db, { readonly: true });
    try {
      return sql.prepare('SELECT id, source, external_id AS externalId, published FROM articles').all();
    } finally {
      sql.close();
    }
  };

  const ingestDb = join(dir, 'ingest.db');
  const ingestStore = openSqliteStore(ingestDb);
  ingestStore.recordRun({ id: 'r1', startedAt: '2025-10-06T00:00:00Z', detenteVersion: '0', components: {} });
  const ingested = await ingestIntoStore(read(), { analyzer: emptyAnalyzer, store: ingestStore, runId: 'r1' });
  ingestStore.close();
  assert.deepEqual([ingested.read, ingested.stored, ingested.skipped], [2, 1, 1]);
  const want = stored(ingestDb);
  assert.deepEqual(want.map((r) => ({ ...(r as object), id: '' })), [{ id: '', source: 'Orla Courier', externalId: 'orla-77', published: '2025-10-06' }]);

  const { connection, name, queue } = await testQueue(t, 'copies');
  const enqueued = await enqueueArticles(read(), queue);
  assert.deepEqual([enqueued.read, enqueued.enqueued, enqueued.alreadyQueued], [2, 2, 0]);
  // the same folder again: both copies are queued already
  const again = await enqueueArticles(read(), queue);
  assert.deepEqual([again.enqueued, again.alreadyQueued], [0, 2]);

  const workerDb = join(dir, 'worker.db');
  const workerStore = openSqliteStore(workerDb);
  workerStore.recordRun({ id: 'w1', startedAt: '2025-10-06T00:00:00Z', detenteVersion: '0', components: {} });
  const stats = await runWorker({ connection, queueName: name, analyzer: emptyAnalyzer, store: workerStore, runId: 'w1', exitWhenEmpty: true, concurrency: 1 });
  workerStore.close();
  // the dated JSON Lines copy of the stored undated story is analysed again in its place (45ddcb8), not skipped as stored
  assert.deepEqual([stats.completed, stats.alreadyStored, stats.failures.length], [2, 0, 0]);
  assert.deepEqual(stored(workerDb), want);
});
