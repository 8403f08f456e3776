/**
 * The defaults of the job queue's settings, in a module of their own so that the CLI can show them in its help
 * without loading bullmq and ioredis (about 0.5–2 s of imports, which every other command would pay).
 */

/** The queue that `enqueue`, `worker` and `queue` use when no `--queue` is given. */
export const DEFAULT_QUEUE_NAME = 'detente-articles';

/** How often a job is tried before it counts as failed, when `enqueue` is given no `--attempts`. */
export const DEFAULT_ATTEMPTS = 3;

/** Wait before the first retry of a failed job, in ms; each further retry waits twice as long (bullmq's exponential backoff). */
export const DEFAULT_BACKOFF_MS = 10_000;

/** Jobs a worker process has in flight when no `--concurrency` is given; they are stored in one transaction. */
export const DEFAULT_CONCURRENCY = 16;

/**
 * Seconds after which a job whose worker stopped renewing its lock (killed, machine gone) goes back to the
 * queue, when no `--stalled-seconds` is given: bullmq's lock duration and stalled-check interval (both 30 s by
 * default in bullmq).
 */
export const DEFAULT_STALLED_SECONDS = 30;

/**
 * Completed jobs kept in Redis (the newest), when no `--keep-completed` is given: enough to look at recent
 * results without holding every article's text in Redis.
 */
export const DEFAULT_KEEP_COMPLETED = 1_000;
