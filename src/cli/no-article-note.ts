/**
 * The note `analyze` and `explain` print after a batch for the records that hold no article (a WARC's home and
 * index pages, an empty Reuters-21578 document: read results marked `skip: 'no-article'`, src/ingest/crawl-skip.ts). As in `ingest`, these
 * are counted, not failures, and leave the exit status alone.
 * @param count how many such pages the batch held (> 0)
 * @returns one line, without a trailing newline
 */
export function noArticleNote(count: number): string {
  return `detente: skipped (no article) ${count}: record(s) with no article body (a crawl's home or index pages, an archive's empty documents), not failures`;
}
