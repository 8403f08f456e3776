import type { ReadResult } from './read-result.js';

/** A read result that is no article and no failure: a record its input is expected to hold (see {@link isSkippedResult}). */
export type SkippedResult = Extract<ReadResult, { ok: false }> & { skip: NonNullable<Extract<ReadResult, { ok: false }>['skip']> };

/**
 * Whether a read result is a record its input is expected to hold besides articles — marked `skip` by its reader,
 * today only `no-article`: a crawl's home and index pages (crawl-skip.ts) — so that a batch counts it as skipped,
 * not as a failure, and it leaves the exit status alone. The one decision of every consumer of read results
 * (`ingest` and `watch` through ingestIntoStore, `enqueue`, `analyze`, `explain`); a failure without the mark stays a failure.
 * @param result a read result
 * @returns true for a skipped record (then `result.skip` says why)
 */
export function isSkippedResult(result: ReadResult): result is SkippedResult {
  return !result.ok && result.skip !== undefined;
}
