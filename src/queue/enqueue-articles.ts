import type { ReadResult } from '../ingest/read-result.js';
import { isSkippedResult, skipWarning } from '../ingest/skipped-result.js';
import type { IngestFailure } from '../ingest-into-store.js';
import type { AnalysisIssue } from '../model/analysis.js';
import { ARTICLE_JOB_NAME, jobIdOfArticle, type ArticleJob } from './article-job.js';
import type { ArticleQueue } from './article-queue.js';

import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from './defaults.js';

/** Options of {@link enqueueArticles}. */
export interface EnqueueOptions {
  /** tries per job before it is failed for good (default {@link DEFAULT_ATTEMPTS}) */
  attempts?: number;
  /** first retry delay in ms, doubled for each further retry (default {@link DEFAULT_BACKOFF_MS}) */
  backoffMs?: number;
  /** articles checked and added per round trip to Redis (default 100) */
  chunkSize?: number;
  /** called for each input that could not be read, as it happens */
  onFailure?: (failure: IngestFailure) => void;
  /** called for each reader issue of an enqueued article (a date not understood), which travels with its job */
  onIssue?: (issue: AnalysisIssue) => void;
  /** called after each chunk with the running counts */
  onProgress?: (stats: Readonly<EnqueueStats>) => void;
}

/** Counts of one enqueue. */
export interface EnqueueStats {
  /** articles read */
  read: number;
  /** pages of a crawl with no article (read results marked `skip: 'no-article'`): counted, not failures */
  noArticle: number;
  /** new jobs added */
  enqueued: number;
  /**
   * articles whose job was already in the queue (waiting, active, delayed, failed, or completed and still kept):
   * read twice in this run or enqueued by an earlier one; nothing added
   */
  alreadyQueued: number;
  /** inputs that could not be read (the readers' failures, as `ingest` reports them) */
  failures: IngestFailure[];
  seconds: number;
}

/**
 * Adds one job per article read to the queue: the article's data ({@link ArticleJob}), with the article id (and the
 * external id and source it carries) as job id ({@link jobIdOfArticle}), so the same article enqueued twice is one
 * job, and a copy carrying a source id that the first copy read lacks is a job of its own, whose worker back-fills
 * them (the store then holds what `ingest` of the same input stores). Each chunk of articles is checked
 * against the queue (one job-state lookup per article, sent together) and the new ones added in one
 * bullmq `addBulk`. The counts are exact when one enqueue runs at a time; two enqueues of the same article at the
 * same moment may both count it as enqueued, and it is still one job. A completed job that the workers no longer
 * keep (worker `--keep-completed`) is gone: the article is enqueued again, and a worker finds it stored and skips it.
 * Read failures are collected, never thrown.
 * @param results read results (from readInputs, with origins and fallback dates applied as `ingest` does)
 * @param queue the article queue (see article-queue.ts)
 * @param options attempts, backoff, chunk size, failure, issue and progress callbacks
 * @returns counts, failures and elapsed seconds
 * @throws when Redis fails (connection lost and not back, out of memory)
 */
export async function enqueueArticles(
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  queue: ArticleQueue,
  { attempts = DEFAULT_ATTEMPTS, backoffMs = DEFAULT_BACKOFF_MS, chunkSize = 100, onFailure, onIssue, onProgress }: EnqueueOptions = {},
): Promise<EnqueueStats> {
  const started = performance.now();
  const stats: EnqueueStats = { read: 0, noArticle: 0, enqueued: 0, alreadyQueued: 0, failures: [], seconds: 0 };
  let chunk: ArticleJob[] = [];
  const flush = async () => {
    if (!chunk.length) return;
    const jobs = chunk;
    chunk = [];
    const states = await Promise.all(jobs.map((j) => queue.getJobState(jobIdOfArticle(j.article))));
    const fresh = new Map<string, ArticleJob>();
    jobs.forEach((job, i) => {
      const jobId = jobIdOfArticle(job.article);
      if (states[i] !== 'unknown' || fresh.has(jobId)) stats.alreadyQueued++;
      else fresh.set(jobId, job);
    });
    if (fresh.size) {
      await queue.addBulk(
        [...fresh].map(([jobId, data]) => ({
          name: ARTICLE_JOB_NAME,
          data,
          opts: { jobId, attempts, backoff: { type: 'exponential', delay: backoffMs } },
        })),
      );
      stats.enqueued += fresh.size;
    }
    stats.seconds = (performance.now() - started) / 1000;
    onProgress?.(stats);
  };
  for await (const r of results) {
    if (isSkippedResult(r)) {
      // a feed with no items is reported (a warning); a crawl's pages without an article are counted
      const warning = skipWarning(r);
      if (warning) onIssue?.(warning);
      else stats.noArticle++;
      continue;
    }
    if (!r.ok) {
      const failure = { origin: r.origin, code: r.code, message: r.message };
      stats.failures.push(failure);
      onFailure?.(failure);
      continue;
    }
    stats.read++;
    for (const issue of r.issues ?? []) onIssue?.(issue);
    chunk.push({ v: 1, article: r.article, issues: [...(r.issues ?? [])] });
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
