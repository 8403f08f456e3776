import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIsolatedAnalyzer } from './isolated-analyzer.js';
import { NEVER_ENDS } from './test-stand-in-analyzer.js';
import { createStoreBatcher } from '../queue/store-batcher.js';
import { isAnalyzeTimeout } from '../queue/analysis-failure.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../model/article.js';

const STAND_IN = new URL(`./test-stand-in-analyzer${/\.ts$/.test(import.meta.url) ? '.ts' : '.js'}`, import.meta.url);

/** A made-up story; `stuck` makes its analysis never end (the stand-in analyzer). */
function article(i: number, stuck = false): Article {
  return { id: `q${i}`, title: `Story ${i}`, published: '2024-02-01', text: `Ministers met for round ${i} of talks${stuck ? ` that ${NEVER_ENDS}` : ''}.`, origin: `job-${i}` };
}

test('queue worker: the job whose analysis never ends is rejected with E_ANALYZE_TIMEOUT (not retried), the other jobs of its transaction are stored', async () => {
  const store = openSqliteStore(':memory:');
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 300 });
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 3, analyzer });
    const settled = await Promise.allSettled([article(0), article(1, true), article(2)].map((a) => batcher.analyseAndSave(a, [])));
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
    const reason = (settled[1] as PromiseRejectedResult).reason;
    assert.ok(isAnalyzeTimeout(reason), String(reason));
    assert.match(reason.message, /--article-timeout/);
    assert.equal(store.counts().articles, 2);
    assert.equal(store.hasArticle('q1'), false);
  } finally {
    await analyzer.close();
    store.close();
  }
});
