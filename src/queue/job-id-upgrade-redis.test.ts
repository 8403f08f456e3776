import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite-store.js';
import { EMPTY_TONE } from '../model/tone.js';
import type { Analyzer } from '../analyze.js';
import type { Article } from '../model/article.js';
import type { ReadResult } from '../ingest/read-result.js';
import { ARTICLE_JOB_NAME, jobIdOf, jobIdOfArticle } from './article-job.js';
import { enqueueArticles } from './enqueue-articles.js';
import { runWorker } from './run-worker.js';
import { SKIP_NO_REDIS, testQueue } from './test-redis.js';

// Against the Redis of `source .ci/services` (DETENTE_TEST_REDIS_URL): skipped with a reason without it.

// written for this test
const dated: Article = {
  id: '5e1f0c2a9b7d4e13',
  title: 'Tram line to the airport opens in Kessla',
  published: '2025-09-14',
  text: 'The first tram to the airport left Kessla central station on Sunday morning. The city transport office said trams will run every ten minutes.',
};

test('a dated article queued under the job id of detente before ed4541e (its article id) is queued once more after the upgrade, and the worker stores nothing twice', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  let analysed = 0;
  const analyzer = {
    analyzeBatch: (articles: readonly Article[]) => {
      analysed += articles.length;
      return articles.map((article) => ({ ok: true as const, analysis: { article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] } }));
    },
  } as unknown as Analyzer;
  const store = openSqliteStore(':memory:');
  t.after(() => store.close());
  store.recordRun({ id: 'w1', startedAt: '2025-09-14T00:00:00Z', detenteVersion: '0', components: {} });
  const { connection, name, queue } = await testQueue(t, 'job-id-upgrade');

  // what 32975c9's enqueue added: the job named and shaped as now, its id the article's id alone
  assert.notEqual(jobIdOfArticle(dated), jobIdOf(dated.id));
  await queue.add(ARTICLE_JOB_NAME, { v: 1, article: dated, issues: [] }, { jobId: jobIdOf(dated.id) });
  const first = await runWorker({ connection, queueName: name, analyzer, store, runId: 'w1', exitWhenEmpty: true, concurrency: 1 });
  assert.deepEqual([first.completed, first.alreadyStored, analysed], [1, 0, 1]);

  // enqueued again by this version: a new job id, so one new job, then never again
  const read = async function* (): AsyncGenerator<ReadResult> {
    yield { ok: true, article: dated };
  };
  assert.deepEqual([(await enqueueArticles(read(), queue)).enqueued], [1]);
  const again = await enqueueArticles(read(), queue);
  assert.deepEqual([again.enqueued, again.alreadyQueued], [0, 1]);

  // the worker finds the article stored: nothing analysed or stored a second time
  const second = await runWorker({ connection, queueName: name, analyzer, store, runId: 'w1', exitWhenEmpty: true, concurrency: 1 });
  assert.deepEqual([second.completed, second.alreadyStored, second.failures.length, analysed], [1, 1, 0, 1]);
  assert.equal(store.counts().articles, 1);
  assert.equal(store.getAnalysis(dated.id)?.article.published, '2025-09-14');
});
