import { IngestCode } from './errors.js';
import type { ReadResult } from './read-result.js';

/**
 * Marks a page of a crawl (a WARC or ARC response record) that holds no article as skipped: a crawl holds home,
 * section and index pages besides its articles, so in a WARC they are expected and are counted, not reported as
 * failures (which would make every real crawl's ingest exit 1). The same for an empty document of a Reuters-21578
 * file (read-reuters.ts). A single HTML file or URL given on its own with no article stays an E_INGEST_NO_ARTICLE
 * failure.
 * @param result readHtml's result for the record
 * @returns the result, an E_INGEST_NO_ARTICLE failure marked `skip: 'no-article'`
 */
export function skipNoArticlePage(result: ReadResult): ReadResult {
  return !result.ok && result.code === IngestCode.NoArticle ? { ...result, skip: 'no-article' } : result;
}

/**
 * What a crawl file (WARC or ARC) that holds records but no HTTP 200 HTML response gives: a warning, not a failure —
 * a crawl of resources, requests or metadata only (a WARC of POST requests, of images, a crawl's own log) is a valid
 * file with nothing to read, as a feed with no items is (W_INGEST_NO_ITEMS, marked `skip: 'no-items'`, so a batch
 * prints it and leaves the exit status alone). A file in which no record parsed at all stays a failure where it is read.
 * @param origin the file
 * @param records how many records it holds (> 0)
 * @param format 'WARC' or 'ARC', for the message
 * @returns the warning result
 */
export function noPagesInCrawl(origin: string, records: number, format: 'WARC' | 'ARC'): ReadResult {
  return { ok: false, origin, code: IngestCode.NoItems, message: `${origin}: no HTTP 200 HTML response among ${records} ${format} record(s); nothing to read`, skip: 'no-items' };
}
