import type { Command } from 'commander';
import { parsePositiveInt } from '../option-parsers.js';
import { createIsolatedAnalyzer, type IsolatedAnalyzer } from '../../analysis-budget/isolated-analyzer.js';
import { articleTimeoutMs, articleTimeoutOption } from '../article-timeout-option.js';
import { openStore } from '../../store/open-store.js';
import { displayLocation } from '../../store/store-location.js';
import { dbOption } from '../db-option.js';
import { pipelineRun } from '../../store/pipeline-run.js';
import { checkDbToWrite } from '../db-path.js';
import { ACTORS_OPTION_HELP, VERBS_OPTION_HELP, actorsOptions, collectActorsFile } from '../actors-option.js';
import type { LogFormat } from '../logger.js';
import { createWorkerLogger } from '../worker-logger.js';
import { queueOption, redisOption } from '../redis-option.js';
import { displayRedisUrl } from '../../queue/redis-url.js';
import { DEFAULT_CONCURRENCY, DEFAULT_KEEP_COMPLETED, DEFAULT_STALLED_SECONDS } from '../../queue/defaults.js';
import type { Store } from '../../store/store.js';
import type { WorkerJobMessage } from '../worker-child-jobs.js';
import { STOP_SIGNALS } from '../stop-signals.js';
import { tellParent } from '../tell-parent.js';


interface WorkerOptions {
  redis: string;
  queue: string;
  db: string;
  concurrency: number;
  exitWhenEmpty?: boolean;
  stalledSeconds: number;
  keepCompleted: number;
  actors?: string[]; verbs?: string[];
  quoteModels: boolean;
  articleTimeout: number;
  quiet?: boolean;
  logFormat: LogFormat;
}

/**
 * `detente worker --redis URL --db FILE|URL`: takes article jobs from the queue (see `detente enqueue`), analyses
 * them and stores them; several workers, on one machine or many, can share a queue and a store.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('analyse the articles of the job queue (detente enqueue) and store them; run one per core, on as many machines as you like')
    .addOption(redisOption())
    .addOption(queueOption())
    .addOption(dbOption('the store to write (created when missing; several workers may share it)'))
    .option('--concurrency <n>', 'jobs in flight in this process (they are stored in one transaction)', parsePositiveInt, DEFAULT_CONCURRENCY)
    .option('--exit-when-empty', 'exit once the queue has no waiting, active or delayed job (status 1 when a job failed)')
    .option('--stalled-seconds <n>', "how long a crashed worker's jobs stay locked before another worker takes them", parsePositiveInt, DEFAULT_STALLED_SECONDS)
    .option('--keep-completed <n>', 'completed jobs kept in Redis (the newest; failed jobs are all kept)', parsePositiveInt, DEFAULT_KEEP_COMPLETED)
    .option('--actors <file>', ACTORS_OPTION_HELP, collectActorsFile)
    .option('--verbs <file>', VERBS_OPTION_HELP, collectActorsFile)
    .option('--no-quote-models', 'quotes by rules alone, without the trained cue and content-end models (faster, a little less accurate)')
    .addOption(articleTimeoutOption())
    .option('-q, --quiet', 'no start line and no summary (failures are still written)')
    .option('--log-format <format>', 'text | json (one JSON object per line on stderr)', 'text')
    .action(async (opts: WorkerOptions) => {
      const log = createWorkerLogger(opts.logFormat, { quiet: opts.quiet });
      checkDbToWrite(opts.db);
      // bullmq and ioredis load here, not with the CLI: every other command would pay for their imports
      const [{ connectRedis }, { runWorker }] = await Promise.all([import('../../queue/connect-redis.js'), import('../../queue/run-worker.js')]);
      const interrupt = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => interrupt.abort(signal);
      for (const sig of STOP_SIGNALS) process.on(sig, onSignal);
      let store: Store | undefined;
      let analyzer: IsolatedAnalyzer | undefined;
      const connection = await connectRedis(opts.redis, {
        onError: (e) => log.error(`Redis ${displayRedisUrl(opts.redis)}: ${e.message} (reconnecting)`),
      }).catch((error: unknown) => {
        for (const sig of STOP_SIGNALS) process.off(sig, onSignal);
        throw error;
      });
      try {
        store = await openStore(opts.db);
        // the models load once per worker process, in a worker thread, then serve every job; each article within
        // --article-timeout (analysis-budget/)
        analyzer = createIsolatedAnalyzer({ analyzer: { ...actorsOptions(opts.actors, opts.verbs), quoteModels: opts.quoteModels }, articleTimeoutMs: articleTimeoutMs(opts.articleTimeout) });
        const run = pipelineRun(await analyzer.ready());
        await store.recordRun(run);
        log.started({ pid: process.pid, queue: opts.queue, redis: displayRedisUrl(opts.redis), db: displayLocation(opts.db), concurrency: opts.concurrency });
        const stats = await runWorker({
          connection,
          queueName: opts.queue,
          analyzer,
          store,
          runId: run.id,
          concurrency: opts.concurrency,
          exitWhenEmpty: opts.exitWhenEmpty,
          stalledSeconds: opts.stalledSeconds,
          keepCompleted: opts.keepCompleted,
          signal: interrupt.signal,
          onFailure: (f) => {
            log.failure(f);
            tellParent({ detente: 'worker-job', state: 'settled', jobId: f.jobId, origin: f.origin } satisfies WorkerJobMessage);
          },
          onError: (e) => log.error(e.message),
          // bin/detente.js runs the worker in a child process: its parent learns which jobs are in flight, to say which
          // were lost if this process is killed without a chance to say it (worker-child-jobs.ts)
          onActive: (job) => tellParent({ detente: 'worker-job', state: 'active', ...job } satisfies WorkerJobMessage),
          onCompleted: (result, _stats, jobId) => tellParent({ detente: 'worker-job', state: 'settled', jobId, origin: result.articleId } satisfies WorkerJobMessage),
        });
        const counts = await store.counts();
        log.summary(stats, counts, displayLocation(opts.db));
        if (stats.failures.length) process.exitCode = 1;
      } finally {
        await analyzer?.close();
        await store?.close();
        await connection.quit().catch(() => connection.disconnect());
        for (const sig of STOP_SIGNALS) process.off(sig, onSignal);
      }
      // with no listener left, the signal's default action ends the process (exit status 128 + n)
      if (interrupt.signal.aborted) process.kill(process.pid, interrupt.signal.reason as NodeJS.Signals);
    });
}
