/** A per-item failure in a batch: which input and why (with a stable error code). */
export interface Failure {
  origin: string;
  code: string;
  message: string;
}

/** Formats the end-of-batch failure summary for stderr. */
export function formatFailures(failures: readonly Failure[]): string {
  const lines = [`${failures.length} input(s) failed:`];
  for (const f of failures) lines.push(`  ${f.origin}: ${f.code}: ${f.message}`);
  return lines.join('\n');
}
