import type { AnalysisIssue } from '../model/analysis.js';
import type { ReadResult } from './read-result.js';

/** A read result that is no article and no failure: a record its input is expected to hold (see {@link isSkippedResult}). */
export type SkippedResult = Extract<ReadResult, { ok: false }> & { skip: NonNullable<Extract<ReadResult, { ok: false }>['skip']> };

/**
 * Whether a read result is a record its input is expected to hold besides articles — marked `skip` by its reader,
 * `no-article`: a crawl's home and index pages (crawl-skip.ts); `no-items`: a feed that lists no items — so that a
 * batch counts or reports it, not as a failure, and it leaves the exit status alone. The one decision of every consumer of read results
 * (`ingest` and `watch` through ingestIntoStore, `enqueue`, `analyze`, `explain`); a failure without the mark stays a failure.
 * @param result a read result
 * @returns true for a skipped record (then `result.skip` says why)
 */
export function isSkippedResult(result: ReadResult): result is SkippedResult {
  return !result.ok && result.skip !== undefined;
}

/**
 * The warning a batch prints for a skipped record it does not just count: a feed with no items (`skip: 'no-items'`),
 * which the user must be able to tell from a feed that was read (its items counted) and from a broken path or URL (a
 * failure, exit status 1). A crawl's pages without an article are only counted (null here).
 * @param result a skipped read result ({@link isSkippedResult})
 * @returns the issue (code W_INGEST_NO_ITEMS, the reader's message, source `ingest`), or null
 */
export function skipWarning(result: SkippedResult): AnalysisIssue | null {
  return result.skip === 'no-items' ? { code: result.code, message: result.message, source: 'ingest' } : null;
}
