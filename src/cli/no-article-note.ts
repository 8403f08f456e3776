/**
 * The note `analyze` and `explain` print after a batch for the pages of a crawl that hold no article (a WARC's
 * home and index pages: read results marked `skip: 'no-article'`, src/ingest/crawl-skip.ts). As in `ingest`, these
 * are counted, not failures, and leave the exit status alone.
 * @param count how many such pages the batch held (> 0)
 * @returns one line, without a trailing newline
 */
export function noArticleNote(count: number): string {
  return `detente: skipped (no article) ${count}: page(s) of a crawl with no article body (home or index pages), not failures`;
}
