import type { IngestFailure } from '../ingest-into-store.js';

/** A per-item failure in a batch (the ingest loop's shape): which input and why. */
export type Failure = IngestFailure;

/** Formats the end-of-batch failure summary for stderr. */
export function formatFailures(failures: readonly Failure[]): string {
  const lines = [`${failures.length} input(s) failed:`];
  for (const f of failures) lines.push(`  ${f.origin}: ${f.code}: ${f.message}`);
  return lines.join('\n');
}
