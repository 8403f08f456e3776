import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { storedCount } from '../cli/test-cli-args.js';
import { SKIP_NO_REDIS, runCli, startCli } from './test-redis.js';
import { corpus } from './test-wire-corpus.js';

// A Redis restart under a running worker, against a redis-server of this test's own (the shared test Redis is
// left alone): with the append-only file on, the queue survives the restart; the worker reconnects by itself,
// and every job ends completed once, every article stored once. Needs `redis-server` on PATH (.ci/services
// installs it); skipped with the other Redis tests.

const ARTICLES = 60;
const QUEUE = 'detente-restart';

let dir = '';
let port = 0;
let server: ReturnType<typeof spawn> | undefined;

/** A TCP port no one listens on now. */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port: p } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return p;
}

/** Starts redis-server on `port` with its data (append-only file, fsync on every write) in `dir`; resolves once it answers. */
async function startRedis(): Promise<void> {
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return;
    await sleep(100);
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}

/** Kills the test's redis-server with SIGKILL (no chance to save anything more) and waits for it to end. */
async function killRedis(): Promise<void> {
  const s = server;
  if (!s || s.exitCode !== null) return;
  const ended = new Promise((resolve) => s.once('exit', resolve));
  s.kill('SIGKILL');
  await ended;
}

/** How many jobs of the test queue are in the state (a list or a sorted set in Redis). */
async function jobCount(redis: Redis, state: 'wait' | 'active' | 'completed' | 'failed' | 'delayed'): Promise<number> {
  const key = `bull:${QUEUE}:${state}`;
  return (await redis.type(key)) === 'list' ? redis.llen(key) : redis.zcard(key);
}

before(async () => {
  if (SKIP_NO_REDIS) return;
  dir = mkdtempSync(join(tmpdir(), 'detente-restart-'));
  writeFileSync(join(dir, 'wire.jsonl'), corpus(ARTICLES));
  port = await freePort();
  await startRedis();
});

after(async () => {
  await killRedis();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('Redis killed and restarted under a running worker: the worker reconnects, every job completes once and every article is stored once', { skip: SKIP_NO_REDIS, timeout: 300_000 }, async () => {
  const url = `redis://127.0.0.1:${port}`;
  const db = join(dir, 'worker.db');
  const enqueue = await runCli(['enqueue', '--redis', url, '--queue', QUEUE, join(dir, 'wire.jsonl')]);
  assert.equal(enqueue.status, 0, enqueue.stderr);
  const worker = startCli(['worker', '--redis', url, '--queue', QUEUE, '--db', db, '--exit-when-empty', '--concurrency', '2', '--stalled-seconds', '2', '--log-format', 'json']);
  // Redis goes down once the worker has completed a few jobs (most are still waiting), for 2 s
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  await probe.connect();
  let completedBefore = 0;
  for (let i = 0; i < 3000 && completedBefore < 3; i++) {
    completedBefore = await jobCount(probe, 'completed');
    if (completedBefore < 3) await sleep(50);
  }
  probe.disconnect();
  assert.ok(completedBefore >= 3 && completedBefore < ARTICLES - 10, `Redis is killed in mid-run (${completedBefore} of ${ARTICLES} jobs completed)`);
  await killRedis();
  await sleep(2000);
  await startRedis();

  const run = await worker.done;
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stderr.trimEnd().split('\n');
  const events = lines.map((l) => (JSON.parse(l) as { event: string }).event);
  assert.ok(events.includes('worker_error'), 'the lost connection is reported');
  assert.equal(events.at(-1), 'summary');
  const summary = JSON.parse(lines.at(-1) as string) as { failed: number; store: { articles: number; duplicates: number } };
  assert.equal(summary.failed, 0, run.stderr);
  // the test corpus: 59 articles and a copy of the first under another URL, linked as a duplicate
  assert.deepEqual([summary.store.articles, summary.store.duplicates], [ARTICLES - 1, 1]);
  assert.equal(storedCount(db), ARTICLES - 1);
  const after = new Redis(url);
  try {
    assert.deepEqual(
      { completed: await jobCount(after, 'completed'), failed: await jobCount(after, 'failed'), waiting: await jobCount(after, 'wait'), active: await jobCount(after, 'active') },
      { completed: ARTICLES, failed: 0, waiting: 0, active: 0 },
    );
  } finally {
    after.disconnect();
  }
});
