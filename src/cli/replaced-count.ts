/**
 * The part of a run's text summary that says how many of the stored articles took a stored article's place, written
 * alike by `ingest`, `watch` and `worker`: fuller copies from the same URL (SaveResult.replaced) and corrections of an
 * earlier version with the same source id, or an updated page in place of its stored version from the same URL
 * (SaveResult.revised; external-id.ts, exact-copy.ts).
 * @param counts `replaced` and `revised` of the run
 * @returns ` (N in place of a shorter copy from the same URL, updated M: a newer version in place of the stored one …)`,
 *   the parts that are not 0, or '' when both are
 */
export function replacedCount({ replaced, revised }: { replaced: number; revised: number }): string {
  const parts = [
    replaced ? `${replaced} in place of a shorter copy from the same URL` : '',
    revised ? `updated ${revised}: a newer version in place of the stored one (same URL, or same source and id), or a stored undated article analysed again with the publication date given` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
