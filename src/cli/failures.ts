import type { IngestFailure } from '../ingest-into-store.js';

/** A per-item failure in a batch (the ingest loop's shape): which input and why. */
export type Failure = IngestFailure;

/**
 * One failure as `origin: CODE: reason`. Reader messages usually start with the origin already
 * (`a.jsonl:2: invalid JSON …`, `a.bin looks binary …`); that repeated origin is dropped so the input is named
 * once (`a.bin: E_INGEST_BINARY: looks binary …`). An origin followed by anything but ": " or " " (`a.arc#512: …`,
 * a record within the file) is kept: it says more than the origin.
 * @param f the failure
 * @returns the line, without a trailing newline
 */
export function formatFailure(f: Pick<Failure, 'origin' | 'code' | 'message'>): string {
  return `${f.origin}: ${failureReason(f)}`;
}

/**
 * A failure's `CODE: reason`, the message without a leading repeat of its origin (see {@link formatFailure}).
 * @param f the failure
 * @returns e.g. `E_FETCH_STATUS: HTTP 404 Not Found`
 */
export function failureReason(f: Pick<Failure, 'origin' | 'code' | 'message'>): string {
  const m = f.message;
  const after = m.startsWith(f.origin) ? m.slice(f.origin.length) : '';
  const reason = after.startsWith(': ') ? after.slice(2) : after.startsWith(' ') && after.length > 1 ? after.slice(1) : m;
  return `${f.code}: ${reason}`;
}

/**
 * Formats the end-of-batch failure summary for stderr: a count line, then one indented {@link formatFailure} line each.
 * @param failures the failures of the batch, in input order
 * @returns the summary, without a trailing newline
 */
export function formatFailures(failures: readonly Failure[]): string {
  const lines = [`${failures.length} input(s) failed:`];
  for (const f of failures) lines.push(`  ${formatFailure(f)}`);
  return lines.join('\n');
}
