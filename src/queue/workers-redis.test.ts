import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { openSqliteStore } from '../store/sqlite-store.js';
import { openStore } from '../store/open-store.js';
import { PG_SKIP, postgresBackend } from '../store/test-stores.js';
import { storedCount } from '../cli/test-cli-args.js';
import { readInputs } from '../ingest/read-inputs.js';
import { withAbsoluteOrigins } from '../ingest/absolute-origins.js';
import { enqueueArticles } from './enqueue-articles.js';
import { clearFailedJobs, queueStatus, retryFailedJobs } from './queue-status.js';
import { runWorker } from './run-worker.js';
import type { Analyzer } from '../analyze.js';
import type { Article } from '../model/article.js';
import { checkArticle } from '../ingest/article-input.js';
import { SKIP_NO_REDIS, requireRedisUrl, runCli, startCli, testQueue, type CliRun } from './test-redis.js';
import { corpus } from './test-wire-corpus.js';

// The Redis-backed workers end to end, against the real Redis of `source .ci/services` (DETENTE_TEST_REDIS_URL):
// skipped with a reason without it, failed without it under CI=true. Each test has a queue of its own,
// obliterated after it.

const ARTICLES = 60;
let dir = '';
let input = '';
let referenceDb = '';
let reference: Promise<CliRun> | undefined;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'detente-workers-'));
  input = join(dir, 'wire.jsonl');
  writeFileSync(input, corpus(ARTICLES));
  referenceDb = join(dir, 'ingest.db');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `detente ingest` of the test input, once for all tests: what the workers must store. */
function ingestReference(): Promise<CliRun> {
  reference ??= runCli(['ingest', '--quiet', '--db', referenceDb, input]);
  return reference;
}

/** Events and quotes of a store, without the time they were stored. */
function storedAnnotations(db: string) {
  const store = openSqliteStore(db, { readonly: true });
  try {
    const events = store.listEvents().map(({ storedAt: _storedAt, ...e }) => e);
    return { events, quotes: store.listQuotes(), counts: store.counts() };
  } finally {
    store.close();
  }
}

/**
 * A stand-in for the real analyzer, with no models: it checks what it is given as the real one does (checkArticle:
 * E_INPUT, E_INPUT_EMPTY), throws "tokenizer gave up" for the articles whose text `fails` picks, and gives an empty
 * analysis otherwise; analyzeBatch gives a result per article, the article that throws failing alone.
 * @returns the analyzer, and the number of articles it has analysed so far
 */
function standInAnalyzer(fails: (text: string) => boolean = () => false): { analyzer: Analyzer; calls: () => number } {
  let calls = 0;
  const analyze = (article: Article) => {
    calls++;
    checkArticle(article, 'analyze');
    if (fails(article.text)) throw new Error('tokenizer gave up');
    return { article, entities: [], quotes: [], events: [], tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 }, issues: [] };
  };
  const analyzer = {
    analyze,
    analyzeBatch: (articles: Article[]) =>
      articles.map((a) => {
        try {
          return { ok: true, analysis: analyze(a) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
  } as unknown as Analyzer;
  return { analyzer, calls: () => calls };
}


test('enqueue, then a worker with --exit-when-empty, stores the same events and quotes as ingest of the same input', { skip: SKIP_NO_REDIS, timeout: 300_000 }, async (t) => {
  const { redis, name } = await testQueue(t, 'same-as-ingest');
  const db = join(dir, 'worker.db');
  const [ingest, enqueue] = await Promise.all([ingestReference(), runCli(['enqueue', '--redis', redis, '--queue', name, input])]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.equal(enqueue.status, 0, enqueue.stderr);
  assert.match(enqueue.stderr, new RegExp(`read ${ARTICLES} article\\(s\\): enqueued ${ARTICLES}, already queued 0, failed 0`));
  const worker = await runCli(['worker', '--redis', redis, '--queue', name, '--db', db, '--exit-when-empty', '--concurrency', '8']);
  assert.equal(worker.status, 0, worker.stderr);
  assert.match(worker.stderr, /worker \(queue empty\): completed 60 job\(s\): stored 59, already stored 0, duplicates 1, failed 0/);
  const want = storedAnnotations(referenceDb);
  const got = storedAnnotations(db);
  assert.ok(want.events.length > ARTICLES && want.quotes.length >= ARTICLES - 1, `the test input gives events and quotes (${want.events.length}, ${want.quotes.length})`);
  assert.deepEqual(got.counts, want.counts);
  assert.deepEqual(got.events, want.events);
  assert.deepEqual(got.quotes, want.quotes);
});

test('the same articles enqueued twice are one job each, and the second enqueue counts them as already queued', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  const { queue } = await testQueue(t, 'twice');
  const read = () => withAbsoluteOrigins(readInputs([input]));
  const first = await enqueueArticles(read(), queue, { chunkSize: 25 });
  const second = await enqueueArticles(read(), queue, { chunkSize: 25 });
  assert.deepEqual([first.enqueued, first.alreadyQueued, first.failures.length], [ARTICLES, 0, 0]);
  assert.deepEqual([second.enqueued, second.alreadyQueued, second.failures.length], [0, ARTICLES, 0]);
  assert.equal((await queueStatus(queue)).counts.waiting, ARTICLES);
  // one input file given twice in one run: its articles are queued once
  const both = await enqueueArticles(withAbsoluteOrigins(readInputs([input, input])), queue);
  assert.deepEqual([both.enqueued, both.alreadyQueued], [0, 2 * ARTICLES]);
});

test('a worker killed with SIGKILL in mid-run, then a new worker, leave every article stored once', { skip: SKIP_NO_REDIS, timeout: 300_000 }, async (t) => {
  const { redis, name, queue } = await testQueue(t, 'sigkill');
  const db = join(dir, 'killed.db');
  const enqueue = await runCli(['enqueue', '--quiet', '--redis', redis, '--queue', name, input]);
  assert.equal(enqueue.status, 0, enqueue.stderr);
  // small transactions and a short lock, so that the kill lands between commits and the jobs come back soon
  const common = ['worker', '--redis', redis, '--queue', name, '--db', db, '--concurrency', '2', '--stalled-seconds', '2'];
  const first = startCli(common);
  let stored = 0;
  for (let waited = 0; stored === 0 && waited < 240_000; waited += 25) {
    await sleep(25);
    stored = storedCount(db);
  }
  first.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL', killed.stderr);
  assert.ok(stored > 0 && stored < ARTICLES - 1, `killed after ${stored} of ${ARTICLES - 1} articles were stored`);
  const { counts } = await queueStatus(queue);
  assert.ok(counts.active > 0 || counts.waiting > 0, 'jobs were left in the queue');
  const second = await runCli([...common, '--exit-when-empty']);
  assert.equal(second.status, 0, second.stderr);
  assert.equal((await ingestReference()).status, 0);
  const want = storedAnnotations(referenceDb);
  const got = storedAnnotations(db);
  assert.deepEqual(got.counts, want.counts);
  assert.deepEqual(got.events, want.events);
  assert.deepEqual(got.quotes, want.quotes);
  const end = await queueStatus(queue);
  assert.deepEqual([end.counts.waiting, end.counts.active, end.counts.delayed, end.counts.failed], [0, 0, 0, 0]);
});

test('a job that fails is reported with its origin and reason by the worker (exit status 1) and by queue status, and can be retried or cleared', { skip: SKIP_NO_REDIS, timeout: 300_000 }, async (t) => {
  const { redis, name, queue, connection } = await testQueue(t, 'failing');
  const pick = (c: { waiting: number; failed: number }) => [c.waiting, c.failed];
  // data of another version, as an older or newer detente would leave in a shared queue: retrying cannot help
  const bad = { v: 2, article: { id: 'f00d', title: 'Broken', published: null, origin: '/data/wire/broken.jsonl:7', text: 'x' } };
  await queue.add('analyze', bad as never, { jobId: 'f00d', attempts: 3 });
  const db = join(dir, 'failing.db');
  const worker = await runCli(['worker', '--redis', redis, '--queue', name, '--db', db, '--exit-when-empty']);
  assert.equal(worker.status, 1, worker.stderr);
  assert.match(worker.stderr, /\/data\/wire\/broken\.jsonl:7: E_QUEUE_JOB: the job holds no detente article \(version 1\): v: .*\(job f00d, attempt 1 of 3, failed, not retried\)/);
  assert.match(worker.stderr, /1 input\(s\) failed:\n {2}\/data\/wire\/broken\.jsonl:7: E_QUEUE_JOB/);
  const status = await runCli(['queue', '--redis', redis, '--queue', name, 'status']);
  assert.equal(status.status, 0, status.stderr);
  assert.match(status.stdout, /waiting 0, active 0, delayed 0 \(waiting for a retry\), completed 0 \(kept\), failed 1/);
  assert.match(status.stdout, /^ {2}\/data\/wire\/broken\.jsonl:7: E_QUEUE_JOB: .* \(job f00d, 1 attempt\(s\)/m);
  // retried: back to waiting; a worker of this process fails it again (the data is still no article job); cleared
  assert.equal(await retryFailedJobs(queue), 1);
  assert.deepEqual(pick((await queueStatus(queue)).counts), [1, 0]);
  const store = openSqliteStore(':memory:');
  try {
    const stats = await runWorker({ connection, queueName: name, analyzer: {} as Analyzer, store, runId: 'r', exitWhenEmpty: true });
    assert.deepEqual(stats.failures.map((f) => [f.origin, f.code, f.final]), [['/data/wire/broken.jsonl:7', 'E_QUEUE_JOB', true]]);
  } finally {
    store.close();
  }
  assert.deepEqual(pick((await queueStatus(queue)).counts), [0, 1]);
  assert.equal(await clearFailedJobs(queue), 1);
  const cleared = await queueStatus(queue);
  assert.deepEqual(pick(cleared.counts), [0, 0]);
  assert.equal(cleared.used, true, 'an emptied queue is still one that was used');
});

test('queue status of a name no job was ever added to (a mistyped --queue) says so; its counts are all 0, exit status 0', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  const { redis, name, queue } = await testQueue(t, 'never-used');
  assert.equal((await queueStatus(queue)).used, false);
  const status = await runCli(['queue', '--redis', redis, '--queue', name, 'status']);
  assert.equal(status.status, 0, status.stderr);
  assert.match(status.stdout, /waiting 0, active 0, delayed 0 .* failed 0\nno job was ever added to queue \S+ there: check the --queue name/);
  const json = await runCli(['queue', '--redis', redis, '--queue', name, 'status', '--format', 'json']);
  assert.equal(JSON.parse(json.stdout).used, false);
});

test('Redis that cannot be reached is a clear error naming the URL, exit status 1', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async () => {
  requireRedisUrl();
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  for (const args of [['enqueue', '--redis', url, input], ['worker', '--redis', url, '--db', join(dir, 'never.db')], ['queue', '--redis', url, 'status']]) {
    const r = await runCli(args);
    assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^detente: E_QUEUE_CONNECT: cannot reach Redis at ${url.replace(/\./g, '\\.')}: .*ECONNREFUSED`, 'm'), args[0]);
  }
  assert.equal(existsSync(join(dir, 'never.db')), false, 'the worker opens its store only once Redis answers');
});

test('an article whose analysis throws is tried as often as enqueue said, with backoff, then failed; the others are stored', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  const { name, queue, connection } = await testQueue(t, 'retries');
  const texts = ['Dockers in the northern port struck for a second day.', 'A poisoned well closed the village school, the mayor said.', 'The national team won its qualifier in the rain.'];
  const results = texts.map((text, i) => ({ ok: true as const, article: { id: `r${i}x`, title: `Story ${i}`, published: '2024-05-02', origin: `/feeds/day.jsonl:${i + 1}`, text } }));
  // a reader's issue travels with its article's job and is stored with the analysis, as ingest stores it
  const issue = { code: 'W_INGEST_DATE', message: 'day.jsonl:1: the date "someday" is not understood', source: 'ingest' };
  const withIssue = [{ ...results[0], issues: [issue] }, ...results.slice(1)];
  const warned: string[] = [];
  const stats = await enqueueArticles(withIssue, queue, { attempts: 2, backoffMs: 50, onIssue: (i) => warned.push(i.message) });
  assert.equal(stats.enqueued, 3);
  assert.deepEqual(warned, [issue.message]);
  const { analyzer, calls } = standInAnalyzer((text) => text.includes('poisoned'));
  const store = openSqliteStore(':memory:');
  store.recordRun({ id: 'r', startedAt: '2024-05-02T00:00:00Z', detenteVersion: '0', components: {} });
  const attempts: string[] = [];
  try {
    const run = await runWorker({ connection, queueName: name, analyzer, store, runId: 'r', exitWhenEmpty: true, concurrency: 2, onFailure: (f) => attempts.push(`${f.origin} ${f.code} ${f.attempt}/${f.attempts} ${f.final}`) });
    assert.deepEqual(attempts, ['/feeds/day.jsonl:2 E_ANALYZE 1/2 false', '/feeds/day.jsonl:2 E_ANALYZE 2/2 true']);
    assert.equal(run.failures.length, 1);
    assert.equal(run.failures[0].message, 'tokenizer gave up');
    assert.deepEqual([run.completed, run.stored, run.retries, run.stoppedBy], [2, 2, 1, 'empty']);
    assert.equal(calls(), 4);
    assert.equal(store.counts().articles, 2);
    assert.deepEqual(store.getAnalysis('r0x')?.issues, [issue]);
  } finally {
    store.close();
  }
  const status = await queueStatus(queue);
  assert.deepEqual(status.failed.map((f) => [f.origin, f.reason, f.attemptsMade]), [['/feeds/day.jsonl:2', 'E_ANALYZE: tokenizer gave up', 2]]);
});

test('an article with an empty text fails at once with E_INPUT_EMPTY and is not retried; the others are stored', { skip: SKIP_NO_REDIS, timeout: 120_000 }, async (t) => {
  const { name, queue, connection } = await testQueue(t, 'empty-text');
  const texts = ['Dockers in the northern port struck for a second day.', '  \n ', 'The national team won its qualifier in the rain.'];
  const results = texts.map((text, i) => ({ ok: true as const, article: { id: `e${i}x`, title: `Story ${i}`, published: '2024-05-02', origin: `/feeds/day.jsonl:${i + 1}`, text } }));
  assert.equal((await enqueueArticles(results, queue, { attempts: 3, backoffMs: 50 })).enqueued, 3);
  const { analyzer, calls } = standInAnalyzer();
  const store = openSqliteStore(':memory:');
  store.recordRun({ id: 'r', startedAt: '2024-05-02T00:00:00Z', detenteVersion: '0', components: {} });
  const attempts: string[] = [];
  try {
    const run = await runWorker({ connection, queueName: name, analyzer, store, runId: 'r', exitWhenEmpty: true, concurrency: 2, onFailure: (f) => attempts.push(`${f.origin} ${f.code} ${f.attempt}/${f.attempts} ${f.final}`) });
    assert.deepEqual(attempts, ['/feeds/day.jsonl:2 E_INPUT_EMPTY 1/3 true']);
    assert.match(run.failures[0].message, /its text is only white space \(4 characters\): nothing to analyse/);
    assert.deepEqual([run.completed, run.stored, run.retries, run.stoppedBy], [2, 2, 0, 'empty']);
    assert.equal(calls(), 3);
  } finally {
    store.close();
  }
  const status = await queueStatus(queue);
  assert.deepEqual(status.failed.map((f) => [f.origin, f.reason.slice(0, 14), f.attemptsMade]), [['/feeds/day.jsonl:2', 'E_INPUT_EMPTY:', 1]]);
});

test('two workers into one PostgreSQL store store the same events and quotes as ingest into SQLite', { skip: SKIP_NO_REDIS || PG_SKIP, timeout: 300_000 }, async (t) => {
  const { redis, name } = await testQueue(t, 'postgres');
  const backend = postgresBackend();
  t.after(() => backend.dispose());
  const location = await backend.freshLocation();
  const [ingest, enqueue] = await Promise.all([ingestReference(), runCli(['enqueue', '--quiet', '--redis', redis, '--queue', name, input])]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.equal(enqueue.status, 0, enqueue.stderr);
  const args = ['worker', '--redis', redis, '--queue', name, '--db', location, '--exit-when-empty', '--concurrency', '4'];
  const workers = await Promise.all([runCli(args), runCli(args)]);
  for (const w of workers) assert.equal(w.status, 0, w.stderr);
  const completed = workers.map((w) => Number(/completed (\d+) job/.exec(w.stderr)?.[1]));
  assert.equal(completed[0] + completed[1], ARTICLES, workers.map((w) => w.stderr).join('\n'));
  const want = storedAnnotations(referenceDb);
  const store = await openStore(location, { readonly: true });
  try {
    const events = (await store.listEvents()).map(({ storedAt: _storedAt, ...e }) => e);
    assert.deepEqual(await store.counts(), want.counts);
    assert.deepEqual(events, want.events);
    assert.deepEqual(await store.listQuotes(), want.quotes);
  } finally {
    await store.close();
  }
});
