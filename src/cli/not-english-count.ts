/**
 * The part of a run's text summary that counts the articles stored without entities, quotes or events because their
 * text is not English (analyze.ts), written alike by `ingest`, `watch` and `worker`.
 * @param count how many such articles the run analysed
 * @returns `not English N (stored without entities, quotes or events), ` or '' when there were none
 */
export function notEnglishCount(count: number): string {
  return count ? `not English ${count} (stored without entities, quotes or events), ` : '';
}
