import type { CodedEvent } from '../model/event.js';

/** Time bucket size for a dyad series. */
export type Interval = 'day' | 'week' | 'month' | 'year';

/** One bucket of a dyad series: counts per QuadClass, Goldstein sum and mean, and the trend label. */
export interface DyadBucket {
  period: string;
  events: number;
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
}

/** A dyad's relationship over time, with the overall direction (slope of the bucket means). */
export interface DyadSeries {
  dyad: [string, string];
  interval: Interval;
  buckets: DyadBucket[];
  /**
   * Least-squares slope of `goldsteinMean` against time, in Goldstein points per interval (buckets are
   * placed at their calendar position, so January and June are five months apart); > 0 warming, < 0 souring.
   */
  slope: number;
  trend: 'warming' | 'souring' | 'stable' | 'insufficient data';
}

/** The bucket key of a YYYY-MM-DD date: day as is, ISO week start (Monday), YYYY-MM, or YYYY. */
export function periodOf(date: string, interval: Interval): string {
  if (interval === 'day') return date.slice(0, 10);
  if (interval === 'month') return date.slice(0, 7);
  if (interval === 'year') return date.slice(0, 4);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

/** Calendar position of a bucket key in units of its interval (months since year 0, days since the epoch…). */
function positionOf(period: string, interval: Interval): number {
  if (interval === 'year') return Number(period);
  if (interval === 'month') return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  const days = Date.parse(`${period}T00:00:00Z`) / 86_400_000;
  return interval === 'week' ? days / 7 : days;
}

/**
 * Aggregates events of one dyad into a time series: per bucket the event count, counts per QuadClass
 * (1 verbal cooperation … 4 material conflict) and the Goldstein sum and mean — the usual measure of
 * cooperation vs conflict in event data (Goldstein 1992; GDELT's GoldsteinScale). Events without a date
 * are left out. The trend is the sign of the least-squares slope of bucket means against calendar time,
 * "stable" when |slope| < `stableBelow` (Goldstein points per interval), "insufficient data" with fewer
 * than `minBuckets` (default 3) buckets holding events: two points always make a line, so they are no trend.
 * @param events events already filtered to the dyad (either direction)
 */
export function dyadSeries(
  events: readonly Pick<CodedEvent, 'date' | 'quadClass' | 'goldstein'>[],
  {
    dyad,
    interval = 'month',
    stableBelow = 0.1,
    minBuckets = 3,
  }: { dyad: [string, string]; interval?: Interval; stableBelow?: number; minBuckets?: number },
): DyadSeries {
  const map = new Map<string, DyadBucket>();
  for (const ev of events) {
    if (!ev.date) continue;
    const period = periodOf(ev.date, interval);
    let b = map.get(period);
    if (!b) {
      b = { period, events: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 };
      map.set(period, b);
    }
    b.events++;
    b.quadClass[ev.quadClass - 1]++;
    b.goldsteinSum += ev.goldstein;
  }
  const buckets = [...map.values()].sort((a, b) => a.period.localeCompare(b.period));
  for (const b of buckets) {
    b.goldsteinSum = Math.round(b.goldsteinSum * 100) / 100;
    b.goldsteinMean = Math.round((b.goldsteinSum / b.events) * 100) / 100;
  }
  const n = buckets.length;
  let slope = 0;
  if (n >= 2) {
    const xs = buckets.map((b) => positionOf(b.period, interval));
    const ys = buckets.map((b) => b.goldsteinMean);
    const mx = xs.reduce((s, x) => s + x, 0) / n;
    const my = ys.reduce((s, y) => s + y, 0) / n;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      num += (xs[i] - mx) * (ys[i] - my);
      den += (xs[i] - mx) ** 2;
    }
    slope = Math.round((num / den) * 1000) / 1000;
  }
  const trend = n < Math.max(2, minBuckets) ? 'insufficient data' : Math.abs(slope) < stableBelow ? 'stable' : slope > 0 ? 'warming' : 'souring';
  return { dyad, interval, buckets, slope, trend };
}
