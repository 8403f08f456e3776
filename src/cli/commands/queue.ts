import type { Command } from 'commander';
import { parsePositiveInt, parseFormatName } from '../option-parsers.js';
import { queueOption, redisOption } from '../redis-option.js';
import { displayRedisUrl } from '../../queue/redis-url.js';
import type { ArticleQueue } from '../../queue/article-queue.js';

interface QueueOptions {
  redis: string;
  queue: string;
}

/** Opens the queue of `opts`, runs `work` on it (with the status functions of queue-status.ts), and closes queue and connection. */
async function withQueue<T>(opts: QueueOptions, work: (queue: ArticleQueue, status: typeof import('../../queue/queue-status.js')) => Promise<T>): Promise<T> {
  // bullmq and ioredis load here, not with the CLI: every other command would pay for their imports
  const [{ connectRedis }, { openArticleQueue }, status] = await Promise.all([
    import('../../queue/connect-redis.js'),
    import('../../queue/article-queue.js'),
    import('../../queue/queue-status.js'),
  ]);
  const connection = await connectRedis(opts.redis);
  const queue = openArticleQueue(connection, opts.queue);
  try {
    return await work(queue, status);
  } finally {
    await queue.close();
    await connection.quit().catch(() => connection.disconnect());
  }
}

/**
 * `detente queue [--redis URL] [--queue NAME] status | retry | clear`: the state of the job queue, and what to
 * do with its failed jobs.
 */
export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('the Redis job queue of `detente enqueue` and `detente worker`: status, retry or clear failed jobs')
    .addOption(redisOption())
    .addOption(queueOption());
  const parentOpts = (cmd: Command) => cmd.optsWithGlobals() as QueueOptions;

  queue
    .command('status')
    .description('jobs waiting, active, delayed (for a retry), completed (kept) and failed, and the failed jobs with origin and reason')
    .option('--limit <n>', 'failed jobs listed at most (newest first)', parsePositiveInt, 50)
    .option('--format <format>', 'text | json', parseFormatName, 'text')
    .action(async (opts: { limit: number; format: string }, cmd: Command) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new Error(`unknown --format "${opts.format}": use text or json`);
      const q = parentOpts(cmd);
      const status = await withQueue(q, (queue, { queueStatus }) => queueStatus(queue, { limit: opts.limit }));
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify({ redis: displayRedisUrl(q.redis), ...status })}\n`);
        return;
      }
      const c = status.counts;
      const lines = [
        `queue ${status.name} at ${displayRedisUrl(q.redis)}: waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed} (waiting for a retry), completed ${c.completed} (kept), failed ${c.failed}`,
      ];
      if (!status.used) lines.push(`no job was ever added to queue ${status.name} there: check the --queue name (\`detente enqueue\` and \`detente worker\` use the same default)`);
      if (status.failed.length) {
        lines.push(`failed jobs${c.failed > status.failed.length ? ` (newest ${status.failed.length} of ${c.failed})` : ''}:`);
        for (const f of status.failed) lines.push(`  ${f.origin}: ${f.reason} (job ${f.jobId}, ${f.attemptsMade} attempt(s)${f.failedAt ? `, ${f.failedAt}` : ''})`);
        lines.push('retry them with `detente queue retry`, or remove them with `detente queue clear`');
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  queue
    .command('retry')
    .description('move every failed job back to the waiting list, its attempts counted afresh')
    .action(async (_opts: unknown, cmd: Command) => {
      const q = parentOpts(cmd);
      const n = await withQueue(q, (queue, { retryFailedJobs }) => retryFailedJobs(queue));
      process.stderr.write(`${n} failed job(s) of queue ${q.queue} back to waiting\n`);
    });

  queue
    .command('clear')
    .description('remove every failed job (and its article) from the queue')
    .action(async (_opts: unknown, cmd: Command) => {
      const q = parentOpts(cmd);
      const n = await withQueue(q, (queue, { clearFailedJobs }) => clearFailedJobs(queue));
      process.stderr.write(`${n} failed job(s) removed from queue ${q.queue}\n`);
    });
}
