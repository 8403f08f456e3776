import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIsolatedAnalyzer } from './isolated-analyzer.js';
import { DIES_ON_ARRIVAL, NEVER_ENDS, TAKES_A_WHILE, THREAD_DIES } from './test-stand-in-analyzer.js';
import { createAnalyzer } from '../analyze.js';
import { articleFromText } from '../ingest/article-id.js';
import { DetenteError } from '../pipeline/errors.js';

const STAND_IN = new URL(`./test-stand-in-analyzer${/\.ts$/.test(import.meta.url) ? '.ts' : '.js'}`, import.meta.url);
const article = (text: string) => articleFromText(`A title\n${text}`);

test('an article whose analysis never ends fails with E_ANALYZE_TIMEOUT naming the option, and the others of its batch are analysed in a fresh thread', async () => {
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 300 });
  try {
    const batch = [article('First story.'), article(`This one ${NEVER_ENDS}.`), article('Third story.')];
    const results = await analyzer.analyzeBatch(batch);
    assert.equal(results.length, 3);
    assert.ok(results[0].ok && results[2].ok);
    assert.equal(results[0].ok && results[0].analysis.article, batch[0], 'the Article given, not a copy');
    assert.deepEqual(results[2].ok && results[2].analysis.issues.map((i) => i.message), [`analysed by the stand-in: ${batch[2].id}`]);
    const failed = results[1];
    assert.ok(!failed.ok);
    assert.ok(failed.error instanceof DetenteError);
    assert.equal(failed.error.code, 'E_ANALYZE_TIMEOUT');
    assert.match(failed.error.message, /more than 0\.3 s .*--article-timeout/);
    // the next batch runs in the fresh thread
    const next = await analyzer.analyzeBatch([article('Fourth story.')]);
    assert.ok(next[0].ok);
  } finally {
    await analyzer.close();
  }
});

test('batches given before a timeout is reached wait and are analysed in the fresh thread', async () => {
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 200, limitName: '--budget' });
  try {
    const [a, b] = await Promise.all([
      analyzer.analyzeBatch([article(`Stuck: ${NEVER_ENDS}.`), article('Fine one.')]),
      analyzer.analyzeBatch([article('Queued story.'), article(`Also ${NEVER_ENDS}.`)]),
    ]);
    assert.deepEqual(a.map((r) => (r.ok ? 'ok' : (r.error as DetenteError).code)), ['E_ANALYZE_TIMEOUT', 'ok']);
    assert.deepEqual(b.map((r) => (r.ok ? 'ok' : (r.error as DetenteError).code)), ['ok', 'E_ANALYZE_TIMEOUT']);
    assert.match((a[0] as { error: Error }).error.message, /--budget <seconds>/);
  } finally {
    await analyzer.close();
  }
});

test('an article on which the thread dies fails with E_ANALYZE, and the others are analysed', async () => {
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 0 });
  try {
    const results = await analyzer.analyzeBatch([article('One.'), article(`The ${THREAD_DIES} here.`), article('Three.')]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : (r.error as DetenteError).code)), ['ok', 'E_ANALYZE', 'ok']);
    assert.match((results[1] as { error: Error }).error.message, /analysis thread failed on this article/);
  } finally {
    await analyzer.close();
  }
});

test('a request on which the thread dies before naming it fails after a few fresh threads, not for ever', async () => {
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 0 });
  try {
    const results = await analyzer.analyzeBatch([article('One.'), article(`It ${DIES_ON_ARRIVAL}.`)]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : (r.error as DetenteError).code)), ['E_ANALYZE', 'E_ANALYZE']);
    assert.match((results[1] as { error: Error }).error.message, /ended 3 times before it started/);
    // the analyzer goes on with the next batch in a fresh thread
    const next = await analyzer.analyzeBatch([article('Two.')]);
    assert.ok(next[0].ok);
  } finally {
    await analyzer.close();
  }
});

test('a budget of 0 means no limit: an article that takes a while is not stopped', async () => {
  const analyzer = createIsolatedAnalyzer({ analyzerModule: STAND_IN, articleTimeoutMs: 0, checkEveryMs: 5 });
  try {
    const results = await analyzer.analyzeBatch([article(`This one ${TAKES_A_WHILE}.`)]);
    assert.ok(results[0].ok);
  } finally {
    await analyzer.close();
  }
});

test('the thread gives the analyses the analyzer gives in this process, and describes its pipeline for the run record', async () => {
  const texts = [
    'Ministers meet in Paris\nThe French foreign minister met his German counterpart in Paris on Monday. "We agreed on the plan," he said.',
    'Talks fail\nRebels attacked a convoy near the border, the army said on Tuesday.',
  ];
  const articles = texts.map((t) => articleFromText(t, { published: '2024-03-12' }));
  const isolated = createIsolatedAnalyzer();
  try {
    const description = await isolated.ready();
    const local = createAnalyzer();
    assert.deepEqual(description.pipeline.components.map((c) => [c.name, c.version]), local.pipeline.components.map((c) => [c.name, c.version]));
    assert.deepEqual(description.resources.settings, local.resources.settings);
    const there = await isolated.analyzeBatch(articles);
    const here = local.analyzeBatch(articles);
    assert.deepEqual(there, here);
    assert.ok(there.some((r) => r.ok && r.analysis.entities.length > 0), 'something was found');
  } finally {
    await isolated.close();
  }
});

test('a user dictionary that cannot be read fails ready() with the loader\'s DetenteError', async () => {
  const isolated = createIsolatedAnalyzer({ analyzer: { actorsFile: ['/nonexistent/mine.actors.txt'] } });
  try {
    await assert.rejects(isolated.ready(), (err: unknown) => err instanceof DetenteError && /mine\.actors\.txt/.test(err.message));
  } finally {
    await isolated.close();
  }
});
