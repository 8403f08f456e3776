/**
 * The part of a run's text summary that says how many of the stored articles took a stored article's place, written
 * alike by `ingest`, `watch` and `worker`: fuller copies from the same URL (SaveResult.replaced) and corrections of an
 * earlier version with the same source id (SaveResult.revised; external-id.ts).
 * @param counts `replaced` and `revised` of the run
 * @returns ` (N in place of a shorter copy from the same URL, M corrected versions in place of the earlier one)`,
 *   the parts that are not 0, or '' when both are
 */
export function replacedCount({ replaced, revised }: { replaced: number; revised: number }): string {
  const parts = [
    replaced ? `${replaced} in place of a shorter copy from the same URL` : '',
    revised ? `${revised} corrected version(s) in place of the earlier one (same source and id)` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
