import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DetenteError } from '../pipeline/errors.js';
import type { SaveResult, Store } from '../store/store.js';
import type { ArticleJob } from './article-job.js';
import { checkQueueName, openArticleQueue, type ArticleJobResult } from './article-queue.js';
import { isAnalyzeTimeout, isRefusedArticle } from './analysis-failure.js';
import { processArticleJob } from './process-article-job.js';
import { createStoreBatcher, type BatcherAnalyzer } from './store-batcher.js';

import { DEFAULT_CONCURRENCY, DEFAULT_KEEP_COMPLETED, DEFAULT_STALLED_SECONDS } from './defaults.js';

/** One failed attempt of a job. */
export interface JobFailure {
  /** where the article was read from (file path, `path:line`, URL), else its id, else the job id */
  origin: string;
  code: string;
  message: string;
  jobId: string;
  /** the attempt that failed (1 = the first) and the job's number of attempts */
  attempt: number;
  attempts: number;
  /** true when no attempt is left (or retrying cannot help): the job is in the failed set */
  final: boolean;
}

/** Counts of one worker run. */
export interface WorkerStats extends SaveResult {
  /** jobs completed by this worker */
  completed: number;
  /** of `completed`, jobs whose article the store already had (nothing analysed) */
  alreadyStored: number;
  /**
   * of `completed`, articles analysed as not English (stored without entities, quotes, events or tone), counted as
   * `ingest` counts them (IngestStats.notEnglish)
   */
  notEnglish: number;
  /** jobs failed for good by this worker */
  failures: JobFailure[];
  /** failed attempts that will be tried again (after the backoff) */
  retries: number;
  seconds: number;
  /** why the worker stopped: the queue was empty (`exitWhenEmpty`), a signal, or a store error */
  stoppedBy: 'empty' | 'signal' | 'store-error';
}

/** Options of {@link runWorker}. */
export interface RunWorkerOptions {
  connection: Redis;
  queueName: string;
  /** the analyzer (createAnalyzer, or createIsolatedAnalyzer: each article within a time budget, in a worker thread) */
  analyzer: BatcherAnalyzer;
  store: Store;
  /** pipeline run the stored analyses belong to (record it in the store before) */
  runId: string;
  /** jobs in flight (default {@link DEFAULT_CONCURRENCY}); also the largest store transaction */
  concurrency?: number;
  /** stop once the queue has no waiting, active or delayed job (retries included) */
  exitWhenEmpty?: boolean;
  /** lock duration and stalled-check interval in s (default {@link DEFAULT_STALLED_SECONDS}) */
  stalledSeconds?: number;
  /** completed jobs kept in Redis (default {@link DEFAULT_KEEP_COMPLETED}); failed jobs are all kept */
  keepCompleted?: number;
  /** stops the worker when aborted: no new job is taken, the jobs in flight are finished and stored */
  signal?: AbortSignal;
  /** called for each failed attempt, as it happens */
  onFailure?: (failure: JobFailure) => void;
  /** called for each job completed */
  onCompleted?: (result: ArticleJobResult, stats: Readonly<WorkerStats>, jobId: string) => void;
  /** called when this worker takes a job: its id and its article's origin (as {@link JobFailure.origin}) */
  onActive?: (job: { jobId: string; origin: string }) => void;
  /** called with errors of the queue connection (Redis gone; bullmq reconnects by itself) */
  onError?: (error: Error) => void;
}

/** How often, in ms, a worker with `exitWhenEmpty` asks Redis whether the queue is empty. */
const EMPTY_CHECK_MS = 500;

/**
 * Runs a bullmq worker on the article queue until it is stopped (`signal`) or, with `exitWhenEmpty`, the queue
 * is empty. Each job is analysed and stored by {@link processArticleJob}; the articles of the jobs in flight are
 * analysed together, stage by stage, and stored in one transaction (store-batcher.ts), and a job completes only
 * after its article is committed. A job that throws (its analysis failed: the other articles of its batch are
 * stored) is failed with its reason and retried as its attempts and backoff say (set by `enqueue`); data that is
 * no article job, whose article the analyzer refuses (E_INPUT, E_INPUT_EMPTY: an empty text), or whose analysis ran
 * over its time budget (E_ANALYZE_TIMEOUT, an isolated analyzer's `--article-timeout`), fails at once with that code
 * (bullmq UnrecoverableError). A job whose worker dies (SIGKILL, power) is moved
 * back to the queue by another worker's stalled check after `stalledSeconds`, and the store skips what was
 * stored before the crash, so nothing is lost or stored twice. A store error stops the worker: the jobs of that
 * transaction are failed (and retried later), and the error is thrown after the worker has closed.
 * The caller owns `connection` and `store` and closes them after.
 * @param options see {@link RunWorkerOptions}
 * @returns the counts of this worker
 * @throws the store's error when a transaction failed; DetenteError E_QUEUE_NAME for a bad queue name
 */
export async function runWorker(options: RunWorkerOptions): Promise<WorkerStats> {
  const {
    connection,
    queueName,
    analyzer,
    store,
    runId,
    concurrency = DEFAULT_CONCURRENCY,
    exitWhenEmpty = false,
    stalledSeconds = DEFAULT_STALLED_SECONDS,
    keepCompleted = DEFAULT_KEEP_COMPLETED,
    signal,
    onFailure,
    onCompleted,
    onActive,
    onError,
  } = options;
  const started = performance.now();
  const batcher = createStoreBatcher({ store, runId, maxBatch: concurrency, analyzer });
  const stats: WorkerStats = { completed: 0, alreadyStored: 0, notEnglish: 0, stored: 0, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 0, quotes: 0, failures: [], retries: 0, seconds: 0, stoppedBy: 'signal' };
  let storeError: unknown;
  // the order in which this worker took its jobs: their analyses are stored in it (store-batcher.ts)
  let taken = 0;
  let stopping: Promise<void> | undefined;

  const worker = new Worker<ArticleJob, ArticleJobResult>(
    checkQueueName(queueName),
    async (job) => {
      const order = taken++;
      try {
        return await processArticleJob(job.data, { store, batcher, order });
      } catch (error) {
        // retrying cannot help a job that holds no article, nor an article the analyzer refuses (an empty text)
        // nor one whose analysis ran over its time budget (it would again, holding a job slot that long each time)
        if ((error instanceof DetenteError && error.code === 'E_QUEUE_JOB') || isRefusedArticle(error) || isAnalyzeTimeout(error)) throw new UnrecoverableError(`${error.code}: ${error.message}`);
        if (error instanceof DetenteError && error.code === 'E_ANALYZE') throw new Error(`E_ANALYZE: ${error.message}`);
        // the transaction failed: the store is in trouble (disk full, database gone), so this worker stops
        storeError ??= error;
        void stop('store-error');
        throw new Error(`E_STORE: ${(error as Error).message}`);
      }
    },
    {
      connection,
      concurrency,
      autorun: false,
      lockDuration: stalledSeconds * 1000,
      stalledInterval: stalledSeconds * 1000,
      removeOnComplete: { count: keepCompleted },
    },
  );
  worker.on('active', (job) => onActive?.({ jobId: job.id ?? '?', origin: jobOrigin(job) }));
  worker.on('completed', (job, result) => {
    stats.completed++;
    if (result.outcome === 'already-stored') stats.alreadyStored++;
    if (result.notEnglish) stats.notEnglish++;
    Object.assign(stats, batcher.totals);
    stats.seconds = (performance.now() - started) / 1000;
    onCompleted?.(result, stats, job.id ?? '?');
  });
  worker.on('failed', (job: Job<ArticleJob, ArticleJobResult> | undefined, error: Error) => {
    if (!job) return;
    const failure = jobFailure(job, error);
    if (failure.final) stats.failures.push(failure);
    else stats.retries++;
    onFailure?.(failure);
  });
  worker.on('error', (error) => onError?.(error));

  const queue = exitWhenEmpty ? openArticleQueue(connection, queueName) : undefined;
  // the queue of the empty check reports connection errors too: without a listener bullmq printed each one with
  // its stack through console.error (measured with Redis restarted under a worker), past --log-format json
  queue?.on('error', (error) => onError?.(error));
  let emptyTimer: NodeJS.Timeout | undefined;
  const stop = (by: WorkerStats['stoppedBy']): Promise<void> => {
    if (stopping) return stopping;
    stats.stoppedBy = by;
    clearTimeout(emptyTimer);
    stopping = (async () => {
      // bullmq's close takes no new job and waits for the jobs in flight, which wait for their transaction
      const closing = worker.close();
      await batcher.drain();
      await closing;
      await batcher.drain();
      await queue?.close();
    })();
    return stopping;
  };
  const onAbort = () => void stop('signal');
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) void stop('signal');

  if (queue) {
    const checkEmpty = async () => {
      if (stopping) return;
      try {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (!stopping && Object.values(c).every((n) => n === 0) && batcher.waiting === 0) {
          void stop('empty');
          return;
        }
      } catch (error) {
        onError?.(error as Error);
      }
      if (!stopping) emptyTimer = setTimeout(() => void checkEmpty(), EMPTY_CHECK_MS);
    };
    emptyTimer = setTimeout(() => void checkEmpty(), EMPTY_CHECK_MS);
  }

  try {
    await worker.run();
    await stop(stats.stoppedBy);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    clearTimeout(emptyTimer);
  }
  Object.assign(stats, batcher.totals);
  stats.seconds = (performance.now() - started) / 1000;
  if (storeError) throw storeError;
  return stats;
}

/** Where a job's article was read from (file path, `path:line`, URL), else its id, else the job id. */
function jobOrigin(job: Job<ArticleJob, ArticleJobResult>): string {
  const article = (job.data as Partial<ArticleJob> | undefined)?.article;
  return article?.origin ?? article?.id ?? job.id ?? '?';
}

/** A failed attempt as {@link JobFailure}: the code is the message's `E_…:` prefix (set by the processor). */
function jobFailure(job: Job<ArticleJob, ArticleJobResult>, error: Error): JobFailure {
  const attempts = job.opts.attempts ?? 1;
  const m = /^(E_[A-Z_]+): ([\s\S]*)$/.exec(error.message);
  return {
    origin: jobOrigin(job),
    code: m?.[1] ?? 'E_JOB',
    message: m?.[2] ?? error.message,
    jobId: job.id ?? '?',
    attempt: job.attemptsMade,
    attempts,
    final: error instanceof UnrecoverableError || job.finishedOn !== undefined || job.attemptsMade >= attempts,
  };
}
