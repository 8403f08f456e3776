import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../analyze.js';
import { EMPTY_TONE } from '../model/tone.js';
import type { Article } from '../model/article.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { createStoreBatcher } from './store-batcher.js';
import { processArticleJob } from './process-article-job.js';

test('a Zulu article taken from the queue is reported as not English, as ingest counts it, and an English one is not', async () => {
  const analyzer = createAnalyzer();
  const store = openSqliteStore(':memory:');
  store.recordRun({ id: 'r1', startedAt: '2025-01-02T00:00:00Z', detenteVersion: '0', components: {} });
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 1, analyzer });
  // written for this test
  const zulu = { v: 1, article: { id: 'zu1', title: 'Izindaba', published: '2025-01-02', lang: 'zu', text: 'UMongameli uthe uHulumeni uzokwakha umgwaqo omusha eMbali ngonyaka ozayo.' } };
  const english = { v: 1, article: { id: 'en1', title: 'Talks', published: '2025-01-02', text: 'President Ruto met Prime Minister Abiy in Nairobi on Monday.' } };
  const z = await processArticleJob(zulu, { store, batcher });
  const e = await processArticleJob(english, { store, batcher });
  assert.deepEqual([z.outcome, z.notEnglish], ['stored', true]);
  assert.deepEqual([e.outcome, e.notEnglish], ['stored', false]);
  const again = await processArticleJob(zulu, { store, batcher });
  assert.deepEqual([again.outcome, again.notEnglish], ['already-stored', undefined]);
  store.close();
});

test('a job of a JSON Lines copy of a stored plain-text article gives it its source and id, as a second ingest does', async () => {
  const store = openSqliteStore(':memory:');
  store.recordRun({ id: 'r1', startedAt: '2025-01-02T00:00:00Z', detenteVersion: '0', components: {} });
  const analyzer = { analyzeBatch: (articles: readonly Article[]) => articles.map((a) => ({ ok: true as const, analysis: { article: a, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] } })) } as unknown as Analyzer;
  const batcher = createStoreBatcher({ store, runId: 'r1', maxBatch: 1, analyzer });
  // written for this test
  const plain = { id: 'tx1', title: 'Bridge vote', published: '2025-01-02', text: 'The council of Valdivia voted on Tuesday to rebuild the old river bridge.' };
  assert.equal((await processArticleJob({ v: 1, article: plain }, { store, batcher })).outcome, 'stored');
  const copy = await processArticleJob({ v: 1, article: { ...plain, externalId: 'vb-12', source: 'Valdivia Bulletin' } }, { store, batcher });
  assert.equal(copy.outcome, 'already-stored');
  assert.deepEqual([store.getAnalysis('tx1')?.article.source, store.getAnalysis('tx1')?.article.externalId], ['Valdivia Bulletin', 'vb-12']);
  assert.equal(store.counts().articles, 1);
  store.close();
});
