import type { ArticleJob } from './article-job.js';
import type { ArticleQueue } from './article-queue.js';

/** Jobs of the queue per state, as bullmq counts them. */
export interface QueueCounts {
  waiting: number;
  active: number;
  /** waiting for a retry (backoff) */
  delayed: number;
  /** completed and still kept in Redis (workers keep the newest `--keep-completed`) */
  completed: number;
  /** failed for good (all attempts used, or data that is no article job) */
  failed: number;
}

/** A job failed for good: the article's origin and the reason of its last attempt. */
export interface FailedJob {
  jobId: string;
  /** where the article was read from, else its id */
  origin: string;
  reason: string;
  attemptsMade: number;
  /** when it failed, ISO 8601 */
  failedAt: string | null;
}

/** What {@link queueStatus} reports. */
export interface QueueStatus {
  name: string;
  counts: QueueCounts;
  /** the newest failed jobs first, at most `limit` */
  failed: FailedJob[];
  /**
   * false when Redis holds no trace of a job ever added to this queue (no job-id counter): a mistyped `--queue`,
   * or a queue not yet enqueued to
   */
  used: boolean;
}

/**
 * The state of the article queue: jobs per state and the failed jobs with their origin and reason.
 * @param queue the article queue
 * @param options `limit`: failed jobs listed at most (default 50; the count is always complete)
 * @returns counts and failed jobs
 * @throws when Redis fails
 */
export async function queueStatus(queue: ArticleQueue, { limit = 50 }: { limit?: number } = {}): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const counts: QueueCounts = {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
  };
  const jobs = limit > 0 ? await queue.getFailed(0, limit - 1) : [];
  const failed = jobs.map((job) => {
    const article = (job.data as Partial<ArticleJob> | undefined)?.article;
    return {
      jobId: job.id ?? '?',
      origin: article?.origin ?? article?.id ?? job.id ?? '?',
      reason: job.failedReason ?? '',
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  });
  // bullmq's job-id counter appears with the first job added and stays (status itself writes only the `meta` hash)
  const used = Object.values(counts).some((n) => n > 0) || (await (await queue.getBackend().client).get(queue.toKey('id'))) !== null;
  return { name: queue.name, counts, failed, used };
}

/**
 * Moves every failed job back to the waiting list, to be tried again with its attempts counted afresh
 * (after fixing what made them fail: a store that was full, a bug fixed in a new detente version).
 * @param queue the article queue
 * @returns the number of jobs moved
 * @throws when Redis fails
 */
export async function retryFailedJobs(queue: ArticleQueue): Promise<number> {
  const n = await queue.getFailedCount();
  if (n) await queue.retryJobs({ state: 'failed' });
  return n;
}

/**
 * Removes every failed job (and its article data) from the queue. Enqueuing the article again makes a new job.
 * @param queue the article queue
 * @returns the number of jobs removed
 * @throws when Redis fails
 */
export async function clearFailedJobs(queue: ArticleQueue): Promise<number> {
  return (await queue.clean(0, 0, 'failed')).length;
}
