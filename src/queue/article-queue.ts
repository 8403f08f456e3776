import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DetenteError } from '../pipeline/errors.js';
import type { ArticleJob } from './article-job.js';

import { DEFAULT_QUEUE_NAME } from './defaults.js';

/** A bullmq queue of article jobs (data {@link ArticleJob}, result {@link ArticleJobResult}). */
export type ArticleQueue = Queue<ArticleJob, ArticleJobResult>;

/** What a worker returns for a job (kept in Redis with the completed job, shown by bullmq dashboards). */
export interface ArticleJobResult {
  articleId: string;
  /**
   * `stored`: analysed and stored; `already-stored`: the store had the article (same id: enqueued again after its
   * job was removed, or a job retried after a crash), nothing analysed; `duplicate`: a copy of a stored article
   * under another id (same URL, same text, near-duplicate), linked to it without analysis
   */
  outcome: 'stored' | 'already-stored' | 'duplicate';
  /**
   * true when the article was stored without entities, quotes, events or tone because its text is not English
   * (analyze.ts); absent in results of workers before this field
   */
  notEnglish?: boolean;
  events: number;
  quotes: number;
}

/**
 * Checks a queue name: bullmq uses it in Redis keys (`bull:<name>:…`) and refuses ':'.
 * @param name the `--queue` value
 * @returns the name
 * @throws DetenteError E_QUEUE_NAME for an empty name or one with ':' or white space
 */
export function checkQueueName(name: string): string {
  if (!name || /[:\s]/.test(name)) {
    throw new DetenteError('E_QUEUE_NAME', `"${name}" cannot name a queue: use letters, digits, '-', '_' or '.', without ':' or spaces (default ${DEFAULT_QUEUE_NAME})`);
  }
  return name;
}

/**
 * Opens the article queue `name` on a Redis connection (see connect-redis.ts); bullmq duplicates the
 * connection where it needs its own, and leaves `connection` open on close.
 * @param connection a connected ioredis client
 * @param name queue name (checked with {@link checkQueueName})
 * @returns the queue (close it with `close()`)
 * @throws DetenteError E_QUEUE_NAME for a name bullmq cannot use
 */
export function openArticleQueue(connection: Redis, name: string): ArticleQueue {
  return new Queue<ArticleJob, ArticleJobResult>(checkQueueName(name), { connection });
}
