// Runs against the Redis of `source .ci/services` (DETENTE_TEST_REDIS_URL), as workers-redis.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cliNodeArgs, REPO_ROOT, storedCount } from '../cli/test-cli-args.js';
import { trackWorkerJobs } from '../cli/worker-child-jobs.js';
import { queueStatus } from './queue-status.js';
import { SKIP_NO_REDIS, runCli, testQueue } from './test-redis.js';
import { corpus } from './test-wire-corpus.js';

const ARTICLES = 24;

test('a worker killed with SIGKILL while analysing: its parent names the jobs in flight and their origins (status 1), and the queue gives them to the next worker', { skip: SKIP_NO_REDIS, timeout: 300_000 }, async (t) => {
  const { redis, name, queue } = await testQueue(t, 'killed-report');
  const dir = mkdtempSync(join(tmpdir(), 'detente-killed-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'wire.jsonl');
  writeFileSync(input, corpus(ARTICLES));
  const db = join(dir, 'killed.db');
  assert.equal((await runCli(['enqueue', '--quiet', '--redis', redis, '--queue', name, input])).status, 0);
  const common = ['worker', '--redis', redis, '--queue', name, '--db', db, '--concurrency', '2', '--stalled-seconds', '2'];
  // the worker as bin/detente.js runs it: a child with an IPC channel to its parent (here, this test)
  const child = spawn(process.execPath, cliNodeArgs(common), { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const jobs = trackWorkerJobs(child);
  for (let waited = 0; jobs.inFlight().length === 0 && waited < 240_000; waited += 10) await sleep(10);
  const inFlight = jobs.inFlight();
  child.kill('SIGKILL');
  await once(child, 'exit');
  assert.ok(inFlight.length > 0, 'the child told which jobs it took');
  const report = jobs.killedReport('SIGKILL', false);
  assert.equal(report.status, 1);
  for (const j of jobs.inFlight()) assert.ok(report.text.includes(`job ${j.jobId} (${input}:`), report.text);
  assert.ok((await queueStatus(queue)).counts.active > 0, 'the lost jobs are still held by the dead worker');
  const next = await runCli([...common, '--exit-when-empty']);
  assert.equal(next.status, 0, next.stderr);
  const end = await queueStatus(queue);
  assert.deepEqual([end.counts.waiting, end.counts.active, end.counts.failed], [0, 0, 0]);
  assert.equal(storedCount(db), ARTICLES - 1, 'every article stored once (the corpus holds one copy)');
});
