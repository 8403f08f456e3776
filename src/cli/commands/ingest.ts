import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { parseInputFormat, parsePositiveInt } from '../option-parsers.js';
import { durationParser } from '../duration.js';
import { createIsolatedAnalyzer } from '../../analysis-budget/isolated-analyzer.js';
import { articleTimeoutMs, articleTimeoutOption } from '../article-timeout-option.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { ingestIntoStore } from '../../ingest-into-store.js';
import { openStore } from '../../store/open-store.js';
import { displayLocation, isPostgresUrl } from '../../store/store-location.js';
import { dbOption } from '../db-option.js';
import { createLogger, type LogFormat } from '../logger.js';
import { createProgress } from '../progress.js';
import { pipelineRun } from '../../store/pipeline-run.js';
import { checkDbToWrite, removeCreatedDb } from '../db-path.js';
import { ACTORS_OPTION_HELP, VERBS_OPTION_HELP, actorsOptions, collectActorsFile } from '../actors-option.js';
import { withFallbackDate } from '../../ingest/fallback-date.js';
import { withAbsoluteOrigins } from '../../ingest/absolute-origins.js';
import { checkDate } from '../query-options.js';
import { STOP_SIGNALS } from '../stop-signals.js';
import { undatedWarning } from '../undated-articles.js';
import { createFetcher } from '../../ingest/fetcher.js';
import { allowPrivateUrlsOption } from '../private-urls-option.js';
import { maxFileBytes, maxFileOption } from '../max-file-option.js';
import { maxFetchOption } from '../max-fetch-option.js';
import { maxRecordOption } from '../max-record-option.js';
import { tellParent } from '../tell-parent.js';
import type { IngestProgressMessage } from '../ingest-child-progress.js';

/** `detente ingest <paths…> --db FILE|URL`: analyse and store; re-ingesting the same input adds nothing. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (SQLite or PostgreSQL); the same input twice adds nothing')
    .argument('<paths...>', "files, directories (recursive), http(s) URLs, or '-' for stdin")
    .addOption(dbOption('the store to write (created when missing)'))
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters', parseInputFormat)
    .option('--actors <file>', ACTORS_OPTION_HELP, collectActorsFile)
    .option('--verbs <file>', VERBS_OPTION_HELP, collectActorsFile)
    .option('--no-quote-models', 'quotes by rules alone, without the trained cue and content-end models (faster, a little less accurate)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose input states none (plain-text files): their events are dated relative to it')
    .option('--batch <n>', 'articles per transaction', parsePositiveInt, 200)
    // the default shown as a duration ("20s"): commander would print the parsed milliseconds, read as seconds
    .addOption(new Option('--timeout <duration>', 'how long to wait for each URL input to answer in full before it fails (E_FETCH_TIMEOUT): seconds, or e.g. 30s, 2m').argParser(durationParser({ ms: 1000, option: '--timeout' })).default(20_000, '20s'))
    .addOption(maxFileOption())
    .addOption(maxFetchOption())
    .addOption(maxRecordOption())
    .addOption(articleTimeoutOption())
    .addOption(allowPrivateUrlsOption())
    .option('-q, --quiet', 'no progress bar and no summary line (failures, warnings and an interruption are still written to stderr)')
    .option('--log-format <format>', 'text | json (one JSON object per line on stderr)', 'text')
    .action(
      async (paths: string[], opts: IngestOptions) => {
        // SIGINT (Ctrl-C), SIGTERM, SIGHUP: stop reading, store what is analysed, close the store (which leaves one
        // self-contained file, see openSqliteStore), say how to continue, then die of the same signal (exit status
        // 128 + n, as the shell and bin/detente.js expect). Repeated signals change nothing: under bin/detente.js a
        // Ctrl-C arrives twice, from the terminal and from the parent. Listened for before the models load (seconds
        // on a busy machine): a signal during the load is handled once it ends, so even a run stopped before its
        // first batch says so instead of dying silently.
        const interrupt = new AbortController();
        const onSignal = (signal: NodeJS.Signals) => interrupt.abort(signal);
        for (const sig of STOP_SIGNALS) process.on(sig, onSignal);
        try {
          await ingestAction(paths, opts, interrupt);
        } finally {
          for (const sig of STOP_SIGNALS) process.off(sig, onSignal);
        }
        // with no listener left, the signal's default action ends the process
        if (interrupt.signal.aborted) process.kill(process.pid, interrupt.signal.reason as NodeJS.Signals);
      },
    );
}

/** The options of `detente ingest` as commander gives them. */
interface IngestOptions {
  db: string;
  inputFormat?: InputFormat;
  actors?: string[];
  verbs?: string[];
  quoteModels: boolean;
  published?: string;
  batch: number;
  timeout: number;
  maxFileMb: number;
  maxFetchMb: number;
  maxRecordMb: number;
  articleTimeout: number;
  allowPrivateUrls?: boolean;
  quiet?: boolean;
  logFormat: LogFormat;
}

/** The ingest itself; stops early (storing what is analysed) once `interrupt` is aborted. */
async function ingestAction(paths: string[], opts: IngestOptions, interrupt: AbortController): Promise<void> {
  const published = checkDate(opts.published, '--published');
  const log = createLogger(opts.logFormat, { quiet: opts.quiet });
  checkDbToWrite(opts.db);
  // the analyses run in a worker thread, each article within --article-timeout (analysis-budget/)
  const analyzer = createIsolatedAnalyzer({ analyzer: { ...actorsOptions(opts.actors, opts.verbs), quoteModels: opts.quoteModels }, articleTimeoutMs: articleTimeoutMs(opts.articleTimeout) });
  // a database this run creates and stores nothing in (every input failed) is removed again: an empty file
  // left behind would look like a store that holds the inputs
  const created = opts.db !== ':memory:' && !isPostgresUrl(opts.db) && !existsSync(opts.db);
  // a dictionary that cannot be loaded fails the command here, before the store is created (as it did in this thread)
  const description = await analyzer.ready().catch(async (err: unknown) => {
    await analyzer.close();
    throw err;
  });
  const store = await openStore(opts.db).catch(async (err: unknown) => {
    await analyzer.close();
    throw err;
  });
  const where = displayLocation(opts.db);
  let empty = false;
  let closed = false;
  // returns the store's close (a promise for PostgreSQL) the first time, nothing after
  const closeStore = () => {
    if (closed) return;
    closed = true;
    return store.close();
  };
  // a process.exit elsewhere (stdout closed by its reader: main.ts) still closes the store
  process.once('exit', closeStore);
  const progress = createProgress({ enabled: !opts.quiet && opts.logFormat === 'text' && Boolean(process.stderr.isTTY) });
  try {
    const run = pipelineRun(description);
    await store.recordRun(run);
    const skipped: string[] = [];
    // stored origins are absolute paths: a GDELT export's SOURCEURL falls back to them
    const read = withAbsoluteOrigins(readInputs(paths, { format: opts.inputFormat, maxBytes: maxFileBytes(opts.maxFileMb), maxRecordBytes: maxFileBytes(opts.maxRecordMb), fetcher: createFetcher({ timeoutMs: opts.timeout, maxBytes: maxFileBytes(opts.maxFetchMb), allowPrivateAddresses: opts.allowPrivateUrls }), onSkippedFile: (p) => skipped.push(p), signal: interrupt.signal }));
    const stats = await ingestIntoStore(published ? withFallbackDate(read, published) : read, {
      analyzer,
      store,
      runId: run.id,
      batchSize: opts.batch,
      onProgress: (s) => progress.update({ read: s.read, stored: s.stored, failed: s.failures.length }),
      onBatch: (s) => {
        log.progress(s);
        // bin/detente.js runs the ingest in a child process: its parent learns what is stored, to say so if this process
        // is killed without a chance to (SIGKILL: ingest-child-progress.ts)
        tellParent({ detente: 'ingest-progress', read: s.read, stored: s.stored, failed: s.failures.length, db: where } satisfies IngestProgressMessage);
      },
      onFailure: (f) => log.failure(f),
      onIssue: (i) => log.issue(i),
      signal: interrupt.signal,
    });
    progress.stop();
    const counts = await store.counts();
    empty = counts.articles === 0 && counts.duplicates === 0;
    log.summary(stats, counts, where, { removed: created && empty });
    log.skippedFiles(skipped);
    // only the articles this run analysed: those read again and skipped were warned of when first stored; of those
    // analysed, near copies found when saving are linked, not stored, and the warning says so beside the summary's `stored`
    const undated = undatedWarning(stats.undated, stats.analysed, 'new article(s)', stats.stored);
    if (undated) log.issue(undated);
    if (interrupt.signal.aborted) log.interrupted(String(interrupt.signal.reason), stats, counts, where);
    if (stats.failures.length) process.exitCode = 1;
  } finally {
    progress.stop();
    await analyzer.close();
    await closeStore();
    process.off('exit', closeStore);
    if (created && empty) removeCreatedDb(opts.db);
  }
}
