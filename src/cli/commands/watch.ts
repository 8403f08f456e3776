import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { parsePositiveInt } from '../option-parsers.js';
import { createAnalyzer } from '../../analyze.js';
import { createFetcher } from '../../ingest/fetcher.js';
import type { ReadResult } from '../../ingest/read-result.js';
import { ingestIntoStore } from '../../ingest-into-store.js';
import { openStore } from '../../store/open-store.js';
import { displayLocation, isPostgresUrl } from '../../store/store-location.js';
import { dbOption } from '../db-option.js';
import type { Store } from '../../store/store.js';
import { parseDuration } from '../duration.js';
import { createLogger, type LogFormat } from '../logger.js';
import { pipelineRun } from '../pipeline-run.js';
import { checkDbToWrite, removeCreatedDb } from '../db-path.js';

interface WatchOptions {
  db: string;
  every: string;
  rounds?: number;
  follow?: boolean;
  timeout: string;
  perHost: string;
  quiet?: boolean;
  logFormat: LogFormat;
}

/**
 * One poll of one feed: a conditional GET with the validators stored from the last poll; new items
 * (optionally with their linked pages fetched: `follow`) as read results. Updates the feed state.
 */
async function pollFeed(url: string, store: Store, fetcher: ReturnType<typeof createFetcher>, follow: boolean): Promise<{ results: ReadResult[]; status: string }> {
  // Loaded on first use: the feed parser and the DOM library cost ~180 ms of every command's start-up otherwise.
  const { readUrl } = await import('../../ingest/read-url.js');
  const prev = await store.getFeedState(url);
  const { results, fetched } = await readUrl(url, fetcher, { validators: { etag: prev?.etag, lastModified: prev?.lastModified }, format: 'feed' });
  const status = !fetched ? 'failed' : fetched.notModified ? 'not modified' : `${results.filter((r) => r.ok).length} item(s)`;
  await store.setFeedState({
    url,
    etag: fetched?.etag ?? prev?.etag ?? null,
    lastModified: fetched?.lastModified ?? prev?.lastModified ?? null,
    lastChecked: new Date().toISOString(),
    lastStatus: status,
    itemsSeen: (prev?.itemsSeen ?? 0) + results.filter((r) => r.ok).length,
  });
  if (!follow) return { results, status };
  const out: ReadResult[] = [];
  for (const r of results) {
    if (!r.ok || !r.article.url || (await store.findDuplicate(r.article))) {
      out.push(r);
      continue;
    }
    const page = (await readUrl(r.article.url, fetcher)).results[0];
    // the page's full text when it reads; the feed item's summary otherwise, with a warning saying why (the item is
    // then stored, so a later round does not fetch its page again)
    if (page?.ok) out.push({ ok: true, article: { ...page.article, published: page.article.published ?? r.article.published } });
    else {
      const why = page ? `${page.code}: ${page.message}` : 'no page read';
      out.push({ ...r, issues: [...(r.issues ?? []), { code: 'W_INGEST_PAGE', message: `${r.article.url}: the page could not be read (${why}); the feed's summary is stored instead`, source: 'ingest' }] });
    }
  }
  return { results: out, status };
}

/** `detente watch FEED… --every 15m --db FILE|URL`: poll feeds and store new articles. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds or news sitemaps and store new articles (conditional GET: unchanged feeds cost nothing)')
    .argument('<feeds...>', 'feed URLs')
    .addOption(dbOption('the store to write (created when missing)'))
    .option('--every <duration>', 'poll interval, e.g. 15m, 1h', '15m')
    .option('--rounds <n>', 'stop after n polls (default: until interrupted)', parsePositiveInt)
    .option('--follow', "fetch each new item's page for the full text")
    .option('--timeout <duration>', 'per-request timeout', '20s')
    .option('--per-host <duration>', 'minimum interval between requests to one host', '1s')
    .option('-q, --quiet', 'no per-round lines')
    .option('--log-format <format>', 'text | json', 'text')
    .action(async (feeds: string[], opts: WatchOptions) => {
      const every = parseDuration(opts.every, { ms: 1000, option: '--every' });
      const log = createLogger(opts.logFormat, { quiet: opts.quiet });
      const fetcher = createFetcher({ timeoutMs: parseDuration(opts.timeout, { ms: 1000, option: '--timeout' }), perHostIntervalMs: parseDuration(opts.perHost, { ms: 100, option: '--per-host' }) });
      const analyzer = createAnalyzer();
      checkDbToWrite(opts.db);
      // a database this run creates while no poll ever reaches its feed is removed again (as ingest does)
      const created = opts.db !== ':memory:' && !isPostgresUrl(opts.db) && !existsSync(opts.db);
      let reached = false;
      const store = await openStore(opts.db);
      const where = displayLocation(opts.db);
      const run = pipelineRun(analyzer);
      await store.recordRun(run);
      let stop = false;
      let wake: (() => void) | null = null;
      const onSignal = () => {
        stop = true;
        wake?.();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let failedRounds = 0;
      try {
        for (let round = 1; !stop && (opts.rounds === undefined || round <= opts.rounds); round++) {
          const results: ReadResult[] = [];
          for (const feed of feeds) {
            const polled = await pollFeed(feed, store, fetcher, Boolean(opts.follow));
            if (polled.status !== 'failed') reached = true;
            results.push(...polled.results);
            if (!opts.quiet && opts.logFormat === 'text') process.stderr.write(`round ${round}: ${feed}: ${polled.status}\n`);
          }
          const stats = await ingestIntoStore(results, { analyzer, store, runId: run.id, onFailure: (f) => log.failure(f), onIssue: (i) => log.issue(i) });
          log.summary(stats, await store.counts(), where);
          if (stats.failures.length) failedRounds++;
          if (opts.rounds !== undefined && round >= opts.rounds) break;
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, every);
            wake = () => {
              clearTimeout(t);
              resolve();
            };
          });
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        const empty = (await store.counts()).articles === 0;
        await store.close();
        if (created && !reached && empty) {
          removeCreatedDb(opts.db);
          process.stderr.write(`store ${where}: removed again (this run created it, and no poll reached a feed)\n`);
        }
      }
      if (failedRounds) process.exitCode = 1;
    });
}
