import { IngestCode } from '../ingest/errors.js';
import type { ReadResult } from '../ingest/read-result.js';
import type { AnalysisIssue } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { Store } from '../store/store.js';
import { pageOfItem } from './page-of-item.js';

/** The issue code of a feed item stored from its summary because its page could not be read. */
export const PAGE_ISSUE = 'W_INGEST_PAGE';

/** Page fetches per feed item, the first included, before `watch --follow` settles for the item's summary. */
export const MAX_PAGE_TRIES = 3;

/** Reads one page: `readUrl(url, fetcher).results[0]` in the watch command; undefined when nothing was read. */
export type ReadPage = (url: string) => Promise<ReadResult | undefined>;

/** What one round of retries gave. */
export interface RetryRound {
  /** the pages read, each with its item's URL, ready for ingestIntoStore (which replaces the stored summary) */
  results: ReadResult[];
  /** one W_INGEST_PAGE warning for each item whose last try failed */
  gaveUp: AnalysisIssue[];
}

/** The pages of feed items stored from their summaries that a watch tries again, round by round. */
export interface PageRetries {
  /** an item whose page could not be read this round: its summary is stored now, its page tried in later rounds */
  failed(item: Article): void;
  /**
   * an item whose page was refused (E_FETCH_PRIVATE_ADDRESS: a private address on a host the command line does not
   * name): its summary is stored now, and its page is not tried again by this watch, whose answer would be the same
   */
  refused(item: Article): void;
  /**
   * an item of a poll that is already stored: when the stored copy (`storedId`) is a summary stored after a failed
   * page fetch (by an earlier watch: it carries {@link PAGE_ISSUE}), its page is tried in later rounds. Each URL is
   * looked up once per watch.
   */
  noteStored(item: Article, storedId: string): Promise<void>;
  /** tries each waiting page once (call at the start of a round, before the polls) */
  retry(): Promise<RetryRound>;
  /** URLs waiting for another try */
  readonly waiting: number;
}

/**
 * Creates the retry list of one `watch --follow` run. A feed item whose page fetch fails is stored from its summary
 * (with a {@link PAGE_ISSUE} warning) and, because it is then stored, later polls would never fetch its page again;
 * here its page is tried once a round up to {@link MAX_PAGE_TRIES} times in all. The list lives as long as the watch:
 * a summary stored by an earlier watch is found again (by its warning) when its feed lists it, and gets
 * MAX_PAGE_TRIES - 1 more tries.
 * @param readPage reads one page URL
 * @param store the watch's store (only `getAnalysis` is used)
 * @param maxTries page fetches per item, the first included (default {@link MAX_PAGE_TRIES})
 */
export function createPageRetries(readPage: ReadPage, store: Pick<Store, 'getAnalysis'>, maxTries = MAX_PAGE_TRIES): PageRetries {
  const waiting = new Map<string, { item: Article; tries: number }>();
  const seen = new Set<string>();
  return {
    failed(item) {
      if (!item.url) return;
      seen.add(item.url);
      if (maxTries > 1) waiting.set(item.url, { item, tries: 1 });
    },
    refused(item) {
      if (item.url) seen.add(item.url);
    },
    async noteStored(item, storedId) {
      if (!item.url || seen.has(item.url)) return;
      seen.add(item.url);
      const stored = await store.getAnalysis(storedId);
      if (maxTries > 1 && stored?.article.url === item.url && stored.issues.some((i) => i.code === PAGE_ISSUE)) {
        waiting.set(item.url, { item: stored.article, tries: 1 });
      }
    },
    async retry() {
      const round: RetryRound = { results: [], gaveUp: [] };
      for (const [url, entry] of [...waiting]) {
        entry.tries++;
        const page = await readPage(url);
        if (page?.ok) {
          waiting.delete(url);
          round.results.push({ ok: true, article: pageOfItem(entry.item, page.article) });
        } else if (page?.code === IngestCode.FetchPrivateAddress) {
          // a summary stored by an earlier watch that was allowed private addresses, or whose host has moved: refused
          // now, and again at every try
          waiting.delete(url);
          round.gaveUp.push({ code: PAGE_ISSUE, message: `${page.message}; the feed's summary stays stored`, source: 'ingest' });
        } else if (entry.tries >= maxTries) {
          waiting.delete(url);
          const why = page ? `${page.code}: ${page.message}` : 'no page read';
          round.gaveUp.push({ code: PAGE_ISSUE, message: `${url}: the page could not be read in ${entry.tries} tries (last: ${why}); the feed's summary stays stored`, source: 'ingest' });
        }
      }
      return round;
    },
    get waiting() {
      return waiting.size;
    },
  };
}
