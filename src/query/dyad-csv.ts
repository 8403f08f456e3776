import { toCsv, type CsvColumn } from './csv-rows.js';
import type { DyadBucket, DyadSeries } from './dyad-series.js';

/** One CSV row of a dyad series: a period, with the series it belongs to. */
interface DyadCsvRow {
  series: DyadSeries;
  bucket: DyadBucket;
}

/**
 * The columns of `detente dyad --format csv`: one row per period, with the fields `--format json` gives — the
 * period's (`period`, `events`, `mentions`, the four QuadClass counts, `goldstein_sum`, `goldstein_mean`), then the
 * series' own, the same on every row (`dyad` as `A-B`, `directed`, `interval`, `slope` and `slope_std_error` in
 * Goldstein points per period, empty when JSON has null, `trend`, the `coverage_…` fields, `coarser_dates`, `undated`),
 * then the period's `event_ids` (separated by spaces), and after it the slope's 90% interval `slope_low_90`,
 * `slope_high_90` and the period's `tone_mean` (its articles' mean tone; later columns go last so that readers by
 * position keep working)
 * — so that a data frame read from it (R, pandas) needs no second file. QuadClass columns: `quadClass[0]` … `[3]` of
 * the JSON, QuadClass 1 (verbal cooperation) to 4 (material conflict) as in CAMEO and GDELT.
 */
export const DYAD_CSV_COLUMNS: readonly CsvColumn<DyadCsvRow>[] = [
  { header: 'period', value: (r) => r.bucket.period },
  { header: 'events', value: (r) => r.bucket.events },
  { header: 'mentions', value: (r) => r.bucket.mentions },
  { header: 'verbal_cooperation', value: (r) => r.bucket.quadClass[0] },
  { header: 'material_cooperation', value: (r) => r.bucket.quadClass[1] },
  { header: 'verbal_conflict', value: (r) => r.bucket.quadClass[2] },
  { header: 'material_conflict', value: (r) => r.bucket.quadClass[3] },
  { header: 'goldstein_sum', value: (r) => r.bucket.goldsteinSum },
  { header: 'goldstein_mean', value: (r) => r.bucket.goldsteinMean },
  { header: 'dyad', value: (r) => r.series.dyad.join('-') },
  { header: 'directed', value: (r) => r.series.directed },
  { header: 'interval', value: (r) => r.series.interval },
  { header: 'slope', value: (r) => r.series.slope },
  { header: 'slope_std_error', value: (r) => r.series.slopeStdError },
  { header: 'trend', value: (r) => r.series.trend },
  { header: 'coverage_periods', value: (r) => r.series.coverage.periods },
  { header: 'coverage_periods_with_events', value: (r) => r.series.coverage.periodsWithEvents },
  { header: 'coverage_longest_gap', value: (r) => r.series.coverage.longestGap },
  { header: 'coverage_sparse', value: (r) => r.series.coverage.sparse },
  { header: 'coarser_dates', value: (r) => r.series.coarserDates },
  { header: 'undated', value: (r) => r.series.undated },
  // after every older column, so that readers by position keep working
  { header: 'event_ids', value: (r) => r.bucket.eventIds.join(' ') },
  { header: 'slope_low_90', value: (r) => r.series.slopeInterval90?.[0] ?? null },
  { header: 'slope_high_90', value: (r) => r.series.slopeInterval90?.[1] ?? null },
  // the mean tone of the period's articles (DyadBucket.toneMean); last, as the columns above
  { header: 'tone_mean', value: (r) => r.bucket.toneMean },
];

/**
 * A dyad series as CSV (RFC 4180 through {@link toCsv}, csv-stringify): a header line and one row per period with
 * events, in the series' order; just the header when no period holds events.
 * @param series a series from `dyadSeries` (query/dyad-series.ts)
 * @returns the CSV text, ending in a line break
 */
export function dyadSeriesCsv(series: DyadSeries): string {
  return toCsv(series.buckets.map((bucket) => ({ series, bucket })), DYAD_CSV_COLUMNS);
}
