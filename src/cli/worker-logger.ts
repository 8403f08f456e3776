import type { JobFailure, WorkerStats } from '../queue/run-worker.js';
import type { StoreCounts } from '../store/store.js';
import { formatFailure, formatFailures } from './failures.js';
import { notEnglishCount } from './not-english-count.js';
import { replacedCount } from './replaced-count.js';
import type { LogFormat } from './logger.js';

/** What `detente worker` writes on stderr: its start, each failed attempt, connection errors and its summary. */
export interface WorkerLogger {
  started(info: { pid: number; queue: string; redis: string; db: string; concurrency: number }): void;
  /** a failed attempt of a job, as it happens (written even when quiet) */
  failure(f: JobFailure): void;
  /** an error of the queue connection or the empty check (Redis gone: bullmq/ioredis reconnect) (written even when quiet) */
  error(message: string): void;
  /** the end of the run: counts of this worker and of the store; the failed jobs (written even when quiet) */
  summary(stats: WorkerStats, counts: StoreCounts, db: string): void;
}

/**
 * Creates the worker's stderr logger, in the two formats of `ingest` (logger.ts). Text: a start line, one line a
 * failed attempt (`origin: CODE: reason (job id, attempt 1 of 3, tried again later)`), the summary, then the jobs
 * failed for good. JSON: one object a line, `{"time","level","event",…}` with events `worker_started`,
 * `item_failed` (origin, code, message, jobId, attempt, attempts, final), `worker_error` (message) and `summary`
 * (the worker's counts, `notEnglish` as `ingest` has it, `stoppedBy`, `db`, `store`: the store's counts). `quiet` drops the text start and summary
 * lines; failures, errors and JSON lines are always written.
 * @param format 'text' or 'json'
 * @param options `quiet` (default false)
 * @throws Error on an unknown format
 */
export function createWorkerLogger(format: LogFormat, { quiet = false }: { quiet?: boolean } = {}): WorkerLogger {
  if (format !== 'text' && format !== 'json') throw new Error(`unknown --log-format "${format}": use text or json`);
  const write = (o: object) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...o })}\n`);
  return {
    started(info) {
      if (format === 'json') write({ level: 'info', event: 'worker_started', ...info });
      else if (!quiet) process.stderr.write(`worker ${info.pid}: queue ${info.queue} at ${info.redis} -> store ${info.db}, up to ${info.concurrency} job(s) at a time\n`);
    },
    failure(f) {
      if (format === 'json') write({ level: f.final ? 'error' : 'warn', event: 'item_failed', ...f });
      else process.stderr.write(`${failureLine(f)}\n`);
    },
    error(message) {
      if (format === 'json') write({ level: 'error', event: 'worker_error', message });
      else process.stderr.write(`detente worker: ${message}\n`);
    },
    summary(stats, counts, db) {
      if (format === 'json') {
        write({
          level: stats.failures.length || stats.stoppedBy === 'store-error' ? 'warn' : 'info',
          event: 'summary',
          stoppedBy: stats.stoppedBy,
          completed: stats.completed,
          stored: stats.stored,
          replaced: stats.replaced,
          revised: stats.revised,
          alreadyStored: stats.alreadyStored + stats.skipped,
          duplicates: stats.duplicates,
          notEnglish: stats.notEnglish,
          failed: stats.failures.length,
          retries: stats.retries,
          seconds: Math.round(stats.seconds * 100) / 100,
          articlesPerSecond: Math.round((stats.completed / Math.max(stats.seconds, 1e-9)) * 10) / 10,
          db,
          store: counts,
        });
        return;
      }
      if (!quiet) process.stderr.write(`${summaryText(stats, counts, db)}\n`);
      if (stats.failures.length) process.stderr.write(`${formatFailures(stats.failures)}\n`);
    },
  };
}

/** One failed attempt as a line: `origin: CODE: reason (job id, attempt 1 of 3, tried again later)`. */
function failureLine(f: JobFailure): string {
  const what = f.final ? (f.attempt >= f.attempts ? 'failed' : 'failed, not retried') : 'tried again later';
  return `${formatFailure(f)} (job ${f.jobId}, attempt ${f.attempt} of ${f.attempts}, ${what})`;
}

/** The end-of-run summary of a worker in text. */
function summaryText(stats: WorkerStats, counts: StoreCounts, db: string): string {
  const rate = stats.completed / Math.max(stats.seconds, 1e-9);
  const stopped = stats.stoppedBy === 'empty' ? 'queue empty' : stats.stoppedBy === 'signal' ? 'stopped' : 'stopped by a store error';
  return (
    `worker (${stopped}): completed ${stats.completed} job(s): stored ${stats.stored}${replacedCount(stats)}, ` +
    `already stored ${stats.alreadyStored + stats.skipped}, duplicates ${stats.duplicates}, ${notEnglishCount(stats.notEnglish)}failed ${stats.failures.length}` +
    `${stats.retries ? ` (${stats.retries} failed attempt(s) left for a retry)` : ''} in ${stats.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)\n` +
    `store ${db}: ${counts.articles} articles, ${counts.entities} entities, ${counts.mentions} mentions, ${counts.quotes} quotes, ${counts.events} events, ${counts.duplicates} duplicates linked`
  );
}
