import { IngestCode } from './errors.js';
import type { ReadResult } from './read-result.js';

/**
 * Marks a page of a crawl (a WARC or ARC response record) that holds no article as skipped: a crawl holds home,
 * section and index pages besides its articles, so in a WARC they are expected and are counted, not reported as
 * failures (which would make every real crawl's ingest exit 1). A single HTML file or URL given on its own with no
 * article stays an E_INGEST_NO_ARTICLE failure.
 * @param result readHtml's result for the record
 * @returns the result, an E_INGEST_NO_ARTICLE failure marked `skip: 'no-article'`
 */
export function skipNoArticlePage(result: ReadResult): ReadResult {
  return !result.ok && result.code === IngestCode.NoArticle ? { ...result, skip: 'no-article' } : result;
}
