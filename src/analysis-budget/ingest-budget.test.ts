import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIsolatedAnalyzer } from './isolated-analyzer.js';
import { NEVER_ENDS } from './test-stand-in-analyzer.js';
import { ingestIntoStore } from '../ingest-into-store.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../model/article.js';
import type { ReadResult } from '../ingest/read-result.js';

const STAND_IN = new URL(`./test-stand-in-analyzer${/\.ts$/.test(import.meta.url) ? '.ts' : '.js'}`, import.meta.url);
const CITIES = ['Lima', 'Quito', 'Bogota', 'Caracas', 'Santiago', 'Asuncion', 'Montevideo'];

/** A distinct made-up story; `stuck` makes its analysis never end (the stand-in analyzer). */
function article(i: number, stuck = false): ReadResult {
  const text = `Delegates met in ${CITIES[i]} for round ${i} of talks on river shipping.\nCase ${i * 7919} was filed${stuck ? `, and this analysis ${NEVER_ENDS}` : ''}.`;
  const a: Article = { id: `a${i}`, title: `Round ${i}`, published: '2024-02-01', text, origin: `/news/story-${i}.txt` };
  return { ok: true, article: a };
}

test('ingest: an article whose analysis never ends is reported by name with E_ANALYZE_TIMEOUT, the others are stored once, and a second run adds nothing', async () => {
  const store = openSqliteStore(':memory:');
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 300 });
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    // batches of 2: the first is stored before the stuck article's batch, which is stored without it, then the last
    const input = () => [article(0), article(1), article(2), article(3, true), article(4), article(5)];
    const failures: string[] = [];
    const stats = await ingestIntoStore(input(), { analyzer, store, runId: 'r1', batchSize: 2, onFailure: (f) => failures.push(`${f.origin} ${f.code}`) });
    assert.deepEqual(failures, ['/news/story-3.txt E_ANALYZE_TIMEOUT']);
    assert.equal(stats.failures.length, 1);
    assert.match(stats.failures[0].message, /--article-timeout/);
    assert.equal(stats.stored, 5);
    assert.equal(store.counts().articles, 5);
    assert.equal(store.hasArticle('a3'), false);
    assert.equal(store.hasArticle('a4'), true);
    // the same input again: the stored ones are skipped, the stuck one fails again, nothing is stored twice
    const again = await ingestIntoStore(input(), { analyzer, store, runId: 'r1', batchSize: 2 });
    assert.deepEqual([again.stored, again.skipped, again.failures.map((f) => f.code)], [0, 5, ['E_ANALYZE_TIMEOUT']]);
    assert.equal(store.counts().articles, 5);
  } finally {
    await analyzer.close();
    store.close();
  }
});
