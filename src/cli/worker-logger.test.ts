import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JobFailure, WorkerStats } from '../queue/run-worker.js';
import type { StoreCounts } from '../store/store.js';
import { createWorkerLogger } from './worker-logger.js';

const FAILURE: JobFailure = { origin: '/feeds/day1.jsonl:3', code: 'E_ANALYZE', message: 'no text', jobId: 'a1', attempt: 3, attempts: 3, final: true };
const STATS: WorkerStats = { completed: 5, alreadyStored: 1, notEnglish: 1, stored: 3, skipped: 0, duplicates: 1, replaced: 0, revised: 0, events: 0, quotes: 0, failures: [FAILURE], retries: 2, seconds: 2, stoppedBy: 'empty' };
const COUNTS: StoreCounts = { articles: 3, entities: 9, mentions: 20, quotes: 4, events: 2, duplicates: 1 };

/** What `run` writes on stderr. */
function stderrOf(run: () => void): string {
  const write = process.stderr.write;
  let out = '';
  process.stderr.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    run();
  } finally {
    process.stderr.write = write;
  }
  return out;
}

test('with --log-format json every worker line is one JSON object with an event name', () => {
  const out = stderrOf(() => {
    const log = createWorkerLogger('json');
    log.started({ pid: 7, queue: 'q', redis: 'redis://127.0.0.1:6379', db: 'w.db', concurrency: 4 });
    log.failure({ ...FAILURE, attempt: 1, final: false });
    log.error('Redis redis://127.0.0.1:6379: connect ECONNREFUSED (reconnecting)');
    log.summary(STATS, COUNTS, 'w.db');
  });
  const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => [l.event, l.level]), [['worker_started', 'info'], ['item_failed', 'warn'], ['worker_error', 'error'], ['summary', 'warn']]);
  assert.equal(lines[1].origin, '/feeds/day1.jsonl:3');
  assert.equal(lines[1].final, false);
  assert.deepEqual(
    { completed: lines[3].completed, stored: lines[3].stored, alreadyStored: lines[3].alreadyStored, notEnglish: lines[3].notEnglish, failed: lines[3].failed, retries: lines[3].retries, stoppedBy: lines[3].stoppedBy },
    { completed: 5, stored: 3, alreadyStored: 1, notEnglish: 1, failed: 1, retries: 2, stoppedBy: 'empty' },
  );
  assert.deepEqual(lines[3].store, COUNTS);
  for (const l of lines) assert.ok(!Number.isNaN(Date.parse(String(l.time))));
});

test('the text worker log keeps its lines, and quiet drops only the start and summary lines', () => {
  const run = (quiet: boolean) =>
    stderrOf(() => {
      const log = createWorkerLogger('text', { quiet });
      log.started({ pid: 7, queue: 'q', redis: 'redis://127.0.0.1:6379', db: 'w.db', concurrency: 4 });
      log.failure(FAILURE);
      log.summary(STATS, COUNTS, 'w.db');
    });
  const loud = run(false);
  assert.match(loud, /^worker 7: queue q at redis:\/\/127\.0\.0\.1:6379 -> store w\.db, up to 4 job\(s\) at a time\n/);
  assert.match(loud, /\/feeds\/day1\.jsonl:3: E_ANALYZE: no text \(job a1, attempt 3 of 3, failed\)\n/);
  assert.match(loud, /worker \(queue empty\): completed 5 job\(s\): stored 3, already stored 1, duplicates 1, not English 1 \(stored without entities, quotes or events\), failed 1 \(2 failed attempt\(s\) left for a retry\)/);
  assert.match(loud, /1 input\(s\) failed:\n {2}\/feeds\/day1\.jsonl:3: E_ANALYZE: no text\n$/);
  const quiet = run(true);
  assert.doesNotMatch(quiet, /worker 7:|worker \(queue empty\)/);
  assert.match(quiet, /attempt 3 of 3, failed\)\n1 input\(s\) failed:/);
});

test('an unknown worker log format is refused', () => {
  assert.throws(() => createWorkerLogger('xml' as 'json'), /unknown --log-format "xml"/);
});
