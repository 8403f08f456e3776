import type { Command } from 'commander';
import { parseInputFormat, parsePositiveInt } from '../option-parsers.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { createFetcher } from '../../ingest/fetcher.js';
import { allowPrivateUrlsOption } from '../private-urls-option.js';
import { maxFileBytes, maxFileOption } from '../max-file-option.js';
import { maxFetchOption } from '../max-fetch-option.js';
import { maxRecordOption } from '../max-record-option.js';
import { withFallbackDate } from '../../ingest/fallback-date.js';
import { withAbsoluteOrigins } from '../../ingest/absolute-origins.js';
import { skippedFilesNote } from '../skipped-files.js';
import { checkDate } from '../query-options.js';
import { formatFailures } from '../failures.js';
import { queueOption, redisOption } from '../redis-option.js';
import { displayRedisUrl } from '../../queue/redis-url.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from '../../queue/defaults.js';

interface EnqueueOptions {
  redis: string;
  queue: string;
  inputFormat?: InputFormat;
  published?: string;
  attempts: number;
  backoffSeconds: number;
  maxFileMb: number;
  maxFetchMb: number;
  maxRecordMb: number;
  allowPrivateUrls?: boolean;
  quiet?: boolean;
}

/**
 * `detente enqueue <paths…> --redis URL`: reads articles with the readers of `ingest` and adds one job per
 * article to the queue, for `detente worker` processes on any machine to analyse and store.
 */
export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('read articles and add one job per article to the Redis job queue, for `detente worker` to analyse and store')
    .argument('<paths...>', "files, directories (recursive), http(s) URLs, feeds, or '-' for stdin")
    .addOption(redisOption())
    .addOption(queueOption())
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters', parseInputFormat)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose input states none (plain-text files)')
    .option('--attempts <n>', 'tries per job before it counts as failed', parsePositiveInt, DEFAULT_ATTEMPTS)
    .option('--backoff-seconds <n>', 'wait before the first retry of a failed job, doubled for each further retry', parsePositiveInt, DEFAULT_BACKOFF_MS / 1000)
    .addOption(maxFileOption())
    .addOption(maxFetchOption())
    .addOption(maxRecordOption())
    .addOption(allowPrivateUrlsOption())
    .option('-q, --quiet', 'no summary line (failures are still written)')
    .action(async (paths: string[], opts: EnqueueOptions) => {
      const published = checkDate(opts.published, '--published');
      // bullmq and ioredis load here, not with the CLI: every other command would pay for their imports
      const [{ connectRedis }, { openArticleQueue }, { enqueueArticles }] = await Promise.all([
        import('../../queue/connect-redis.js'),
        import('../../queue/article-queue.js'),
        import('../../queue/enqueue-articles.js'),
      ]);
      const connection = await connectRedis(opts.redis);
      const queue = openArticleQueue(connection, opts.queue);
      try {
        const skipped: string[] = [];
        // origins are absolute paths, as `ingest` stores them: a worker on another machine stores the same origin
        const read = withAbsoluteOrigins(readInputs(paths, { format: opts.inputFormat, maxBytes: maxFileBytes(opts.maxFileMb), maxRecordBytes: maxFileBytes(opts.maxRecordMb), fetcher: createFetcher({ maxBytes: maxFileBytes(opts.maxFetchMb), allowPrivateAddresses: opts.allowPrivateUrls }), onSkippedFile: (p) => skipped.push(p) }));
        const stats = await enqueueArticles(published ? withFallbackDate(read, published) : read, queue, {
          attempts: opts.attempts,
          backoffMs: opts.backoffSeconds * 1000,
          // as `ingest` warns of them; the worker stores them with the analysis
          onIssue: (i) => process.stderr.write(`warning: ${i.message}\n`),
        });
        if (!opts.quiet) {
          process.stderr.write(
            `read ${stats.read} article(s): enqueued ${stats.enqueued}, already queued ${stats.alreadyQueued}, ${stats.noArticle ? `skipped (no article) ${stats.noArticle}, ` : ''}failed ${stats.failures.length} in ${stats.seconds.toFixed(1)} s; queue ${opts.queue} at ${displayRedisUrl(opts.redis)}\n`,
          );
        }
        if (skipped.length) process.stderr.write(`${skippedFilesNote(skipped)}\n`);
        if (stats.failures.length) {
          process.stderr.write(`${formatFailures(stats.failures)}\n`);
          process.exitCode = 1;
        }
      } finally {
        await queue.close();
        await connection.quit().catch(() => connection.disconnect());
      }
    });
}
