import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { parsePositiveInt } from '../option-parsers.js';
import { createIsolatedAnalyzer } from '../../analysis-budget/isolated-analyzer.js';
import { articleTimeoutMs, articleTimeoutOption } from '../article-timeout-option.js';
import { maxFetchOption } from '../max-fetch-option.js';
import { maxFileBytes } from '../max-file-option.js';
import { createFetcher } from '../../ingest/fetcher.js';
import { IngestCode } from '../../ingest/errors.js';
import { allowPrivateUrlsOption } from '../private-urls-option.js';
import type { ReadResult } from '../../ingest/read-result.js';
import { withLanguage } from '../../ingest/with-language.js';
import { ingestIntoStore } from '../../ingest-into-store.js';
import { isSkippedResult } from '../../ingest/skipped-result.js';
import { openStore } from '../../store/open-store.js';
import { displayLocation, isPostgresUrl } from '../../store/store-location.js';
import { dbOption } from '../db-option.js';
import type { Store } from '../../store/store.js';
import { parseDuration } from '../duration.js';
import { createLogger, type LogFormat } from '../logger.js';
import { pipelineRun } from '../../store/pipeline-run.js';
import { checkDbToWrite, removeCreatedDb } from '../db-path.js';
import { MAX_PAGE_TRIES, PAGE_ISSUE, createPageRetries, type PageRetries } from '../page-retries.js';
import { pageOfItem } from '../page-of-item.js';
import { feedRound, type FeedRound } from '../feed-round.js';
import { replacesStored, type DuplicateMatch } from '../../store/store.js';

interface WatchOptions {
  db: string;
  every: string;
  rounds?: number;
  follow?: boolean;
  timeout: string;
  perHost: string;
  maxFetchMb: number;
  articleTimeout: number;
  allowPrivateUrls?: boolean;
  quiet?: boolean;
  logFormat: LogFormat;
}

/**
 * One poll of one feed: a conditional GET with the validators stored from the last poll; new items
 * (with `retries`, i.e. --follow: their linked pages fetched) as read results. Updates the feed state.
 * An item whose page cannot be read is stored from its summary with a warning, and its page goes on the retry list;
 * an item already stored is checked against the list (a summary stored by an earlier watch).
 */
async function pollFeed(
  url: string,
  store: Store,
  fetcher: ReturnType<typeof createFetcher>,
  retries: PageRetries | null,
  firstPoll: boolean,
): Promise<{ results: ReadResult[]; status: string; round: FeedRound }> {
  // Loaded on first use: the feed parser and the DOM library cost ~180 ms of every command's start-up otherwise.
  const { readUrl } = await import('../../ingest/read-url.js');
  const prev = await store.getFeedState(url);
  // --follow reads the whole feed at its first poll of a run (no validators), so that items stored from their
  // summaries by an earlier watch are listed and their pages tried again (a 304 would list none)
  const validators = retries && firstPoll ? {} : { etag: prev?.etag, lastModified: prev?.lastModified };
  const { results, fetched } = await readUrl(url, fetcher, { validators, format: 'feed' });
  const read = results.filter((r) => r.ok).length;
  // a feed with no items is no failure (its warning is logged with the round's issues): its validators are kept
  const failed = results.filter((r) => !r.ok && !isSkippedResult(r)).length;
  const empty = read === 0 && results.some(isSkippedResult);
  const status = !fetched ? 'failed' : fetched.notModified ? 'not modified' : failed ? `${read} item(s), ${failed} failed` : empty ? 'no items' : `${read} item(s)`;
  // a feed that did not read whole (malformed, truncated: a failure named after the feed itself) keeps the validators
  // it had: a 304 to the next poll would otherwise hide the failure and the items after it for good. A feed read whole
  // but for an item of its own that is broken (`feed#n`, and at least one other item read) keeps the new ones: the same bytes
  // would give the same items and the same failure again, and every round fetched and reported them (review 25)
  const complete = failed === 0 || (read > 0 && !results.some((r) => !r.ok && !isSkippedResult(r) && !/#\d+$/.test(r.origin)));
  await store.setFeedState({
    url,
    etag: (complete ? fetched?.etag : undefined) ?? prev?.etag ?? null,
    lastModified: (complete ? fetched?.lastModified : undefined) ?? prev?.lastModified ?? null,
    lastChecked: new Date().toISOString(),
    lastStatus: status,
    itemsSeen: (prev?.itemsSeen ?? 0) + results.filter((r) => r.ok).length,
  });
  // the stored copy of each item read (null: none), for the round's count of new items and for --follow
  const dups: (DuplicateMatch | null)[] = [];
  for (const r of results) dups.push(r.ok ? await store.findDuplicate(r.article) : null);
  const fresh = dups.filter((d, i) => results[i].ok && (!d || replacesStored(d))).length;
  const round = feedRound(url, results, Boolean(fetched?.notModified), fresh);
  if (!retries) return { results, status, round };
  const out: ReadResult[] = [];
  for (const [i, r] of results.entries()) {
    const dup = r.ok && r.article.url ? dups[i] : null;
    if (!r.ok || !r.article.url || dup) {
      if (r.ok && dup) await retries.noteStored(r.article, dup.of);
      out.push(r);
      continue;
    }
    const page = (await readUrl(r.article.url, fetcher)).results[0];
    // the page's full text, under the item's URL (page-of-item.ts: so that later rounds and watches recognise it) when
    // it reads; the feed item's summary otherwise, with a warning saying why; its page is tried again in later rounds
    // (retries), and a page read then takes the summary's place in the store
    if (page?.ok) out.push({ ok: true, article: pageOfItem(r.article, page.article) });
    else if (page?.code === IngestCode.FetchPrivateAddress) {
      // a link to a private address (this machine, its network, a cloud metadata service) on a host the command line
      // does not name: refused, never tried again; the refusal is a failure of the round (exit status 1), and the
      // item's summary, read from the feed, is stored all the same
      retries.refused(r.article);
      out.push({ ...r, issues: [...(r.issues ?? []), { code: PAGE_ISSUE, message: `${r.article.url}: the page was not fetched (${page.code}: its address is not public); the feed's summary is stored instead`, source: 'ingest' }] });
      out.push(page);
    } else {
      const why = page ? `${page.code}: ${page.message}` : 'no page read';
      retries.failed(r.article);
      out.push({ ...r, issues: [...(r.issues ?? []), { code: PAGE_ISSUE, message: `${r.article.url}: the page could not be read (${why}); the feed's summary is stored instead, and the page is tried again in the next rounds (${MAX_PAGE_TRIES} tries in all)`, source: 'ingest' }] });
    }
  }
  return { results: out, status, round };
}

/** `detente watch FEED… --every 15m --db FILE|URL`: poll feeds and store new articles. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds or news sitemaps and store new articles (conditional GET: unchanged feeds cost nothing)')
    .argument('<feeds...>', 'feed URLs')
    .addOption(dbOption('the store to write (created when missing)'))
    .option('--every <duration>', 'poll interval, e.g. 15m, 1h (a bare number is seconds)', '15m')
    .option('--rounds <n>', 'stop after n polls (default: until interrupted)', parsePositiveInt)
    .option('--follow', "fetch each new item's page for the full text")
    .option('--timeout <duration>', 'per-request timeout, e.g. 30s, 2m (a bare number is seconds, as for ingest)', '20s')
    .option('--per-host <duration>', 'minimum interval between requests to one host, e.g. 500ms, 2s (a bare number is seconds)', '1s')
    .addOption(maxFetchOption())
    .addOption(articleTimeoutOption())
    .addOption(allowPrivateUrlsOption())
    .option('-q, --quiet', 'no per-round lines')
    .option('--log-format <format>', 'text | json', 'text')
    .action(async (feeds: string[], opts: WatchOptions) => {
      const every = parseDuration(opts.every, { ms: 1000, option: '--every' });
      const log = createLogger(opts.logFormat, { quiet: opts.quiet });
      // the feeds' hosts are trusted (the user named them); their items' pages on other hosts must be public addresses
      const fetcher = createFetcher({
        timeoutMs: parseDuration(opts.timeout, { ms: 1000, option: '--timeout' }),
        perHostIntervalMs: parseDuration(opts.perHost, { ms: 100, option: '--per-host' }),
        maxBytes: maxFileBytes(opts.maxFetchMb),
        allowPrivateAddresses: opts.allowPrivateUrls,
        trustedUrls: feeds,
      });
      checkDbToWrite(opts.db);
      // the analyses run in a worker thread, each article within --article-timeout (analysis-budget/)
      const analyzer = createIsolatedAnalyzer({ articleTimeoutMs: articleTimeoutMs(opts.articleTimeout) });
      const description = await analyzer.ready().catch(async (err: unknown) => {
        await analyzer.close();
        throw err;
      });
      // a database this run creates while no poll ever reaches its feed is removed again (as ingest does)
      const created = opts.db !== ':memory:' && !isPostgresUrl(opts.db) && !existsSync(opts.db);
      let reached = false;
      const store = await openStore(opts.db).catch(async (err: unknown) => {
        await analyzer.close();
        throw err;
      });
      const where = displayLocation(opts.db);
      const run = pipelineRun(description);
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
      // the pages of items stored from their summaries, tried again at the start of each round (--follow)
      const retries = opts.follow
        ? createPageRetries(async (url) => (await (await import('../../ingest/read-url.js')).readUrl(url, fetcher)).results[0], store)
        : null;
      try {
        for (let round = 1; !stop && (opts.rounds === undefined || round <= opts.rounds); round++) {
          const results: ReadResult[] = [];
          const polls: FeedRound[] = [];
          if (retries?.waiting) {
            const retried = await retries.retry();
            results.push(...retried.results);
            for (const issue of retried.gaveUp) log.issue(issue);
            if (!opts.quiet && opts.logFormat === 'text') process.stderr.write(`round ${round}: ${retried.results.length} page(s) read on a later try\n`);
          }
          for (const feed of feeds) {
            const polled = await pollFeed(feed, store, fetcher, retries, round === 1);
            if (polled.status !== 'failed') reached = true;
            results.push(...polled.results);
            polls.push(polled.round);
            if (!opts.quiet && opts.logFormat === 'text') process.stderr.write(`round ${round}: ${feed}: ${polled.status}\n`);
          }
          // as readInputs does: an article in another language than English gets its lang (and no English analysis)
          const stats = await ingestIntoStore(await Promise.all(results.map(withLanguage)), { analyzer, store, runId: run.id, onFailure: (f) => log.failure(f), onIssue: (i) => log.issue(i) });
          log.round(round, polls);
          log.summary(stats, await store.counts(), where, { round });
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
        await analyzer.close();
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
