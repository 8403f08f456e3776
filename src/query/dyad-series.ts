import type { CodedEvent } from '../model/event.js';

/** Time bucket size for a dyad series: a quarter is a calendar quarter (Q1 January–March), as ICEWS aggregates. */
export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The intervals a dyad series can be bucketed by, shortest first. */
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * One period of a dyad series: counts per QuadClass, Goldstein sum and mean. A period without events is a bucket too
 * (events 0, Goldstein sum 0, mean null), so that a time series has a row for every period of its span.
 */
export interface DyadBucket {
  period: string;
  /** Events in the period (each counted once, however many times it is reported: see groupEventMentions). */
  events: number;
  /** Coded events the period's events stand for (their `mentions`; each event 1 when not given): at least `events`. */
  mentions: number;
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  /** Mean Goldstein score of the period's events; null when the period has none (a mean of nothing is no 0). */
  goldsteinMean: number | null;
  /**
   * Mean tone of the distinct articles that report the period's events (their `articleTone`: positive − negative % of
   * words, −100…+100, docs/tone.md), each article once however many events it reports — as GDELT's AvgTone averages
   * documents, not events; null when the period has no events or none of their articles has a tone.
   */
  toneMean: number | null;
  /**
   * The ids of the period's events (`<article id>-eN`, as `detente events` and `detente explain --event` take them), in
   * input order: for an event reported again, the id of its first report (its other reports are in `mentions`).
   * Empty when the input events carry no ids.
   */
  eventIds: string[];
}

/** A dyad's relationship over time, with the overall direction (slope of the events' Goldstein scores over time). */
export interface DyadSeries {
  dyad: [string, string];
  /** True when only events from `dyad[0]` to `dyad[1]` were counted; false when both directions were pooled. */
  directed: boolean;
  interval: Interval;
  /**
   * Every period from the first with events to the last — or from `span.from`'s period to `span.to`'s when given —
   * in calendar order, periods without events included (events 0): time-series users (ICEWS, R's ts, pandas'
   * resample) expect one row per period, and a missing row is read as missing data, not as no events.
   */
  buckets: DyadBucket[];
  /**
   * Least-squares slope of the events' Goldstein scores against time, each event one point at its bucket's
   * calendar position (so January and June are five months apart, and a month of one event weighs one event,
   * not as much as a month of fifty), in Goldstein points per interval; > 0 warming, < 0 souring; null whenever
   * `trend` is 'insufficient data' (fewer than `minBuckets` buckets: two buckets always make a line, so its slope
   * says nothing a reader should use; review 14 found `dyad --format json` printing one beside that trend).
   */
  slope: number | null;
  /** Standard error of `slope` (null with fewer than three buckets, and whenever `slope` is null). */
  slopeStdError: number | null;
  /**
   * The slope's two-sided 90% confidence interval `[low, high]`, `slope` ± t(0.95, events − 2) × `slopeStdError`, in
   * Goldstein points per interval: 'warming' / 'souring' exactly when it excludes 0 (null whenever `slopeStdError` is).
   */
  slopeInterval90: [number, number] | null;
  /**
   * 'warming' / 'souring' when the slope differs from zero at the 90% level (two-sided t-test, events − 2 degrees of freedom),
   * 'stable' when the slope's 90% confidence interval lies within ±`stableBelow` (an equivalence test: a small
   * slope that is also uncertain is no evidence of stability), 'no clear trend' otherwise, 'insufficient data'
   * with too few buckets, 'too sparse' when enough buckets hold events but they are a small share of the span
   * (`coverage.sparse`): a slope through a few far-apart periods says nothing of the years between them (a review:
   * USA–IRQ by month, 1990–2006, was "warming" with events in 9 of 197 months). `slope` is still given.
   * 'too few events' when the periods are enough and filled enough but hold fewer than `minEvents` events
   * ({@link MIN_TREND_EVENTS}): `slope` is still given, no direction.
   */
  trend: 'warming' | 'souring' | 'stable' | 'no clear trend' | 'insufficient data' | 'too sparse' | 'too few events';
  /**
   * How the periods from the first bucket to the last are filled: `periods` in that span (both ends counted),
   * `periodsWithEvents`, `longestGap` (most consecutive periods without an event), and `sparse`: true when fewer
   * than {@link SPARSE_SHARE} of the periods hold events, so the slope joins a few far-apart points and says
   * little about the years between them.
   */
  coverage: { periods: number; periodsWithEvents: number; longestGap: number; sparse: boolean };
  /** Events left out because their date states only a period coarser than the interval ("in 1990" by month). */
  coarserDates: number;
  /** Events left out because they have no date at all (neither the text nor the article gave one). */
  undated: number;
}

// Two-sided 90% critical values of Student's t for 1–10 degrees of freedom, then 15, 20, 30, 40, 60, 120 and ∞
// (standard tables, e.g. NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2). Between two tabulated
// values the lower df's (larger) value is used: the interval is at most that much wider than the exact one (at 78
// degrees of freedom 1.671 instead of 1.665).
const T90: readonly [number, number][] = [
  [1, 6.314], [2, 2.92], [3, 2.353], [4, 2.132], [5, 2.015], [6, 1.943], [7, 1.895], [8, 1.86], [9, 1.833], [10, 1.812],
  [15, 1.753], [20, 1.725], [30, 1.697], [40, 1.684], [60, 1.671], [120, 1.658], [Infinity, 1.645],
];

/** The 90% two-sided critical t value for `df` degrees of freedom (the next tabulated df at or below). */
function tCritical90(df: number): number {
  let v = T90[0][1];
  for (const [d, t] of T90) if (df >= d) v = t;
  return v;
}

/** Share of a series' periods that must hold events for its trend to describe the whole span (see DyadSeries.coverage). */
export const SPARSE_SHARE = 0.25;

/**
 * Fewest events (each counted once) for a trend verdict: below it the trend is 'too few events'. The t-test counts
 * every event as an independent point, but a dyad's events come in articles (one story codes several events of the
 * pair on one date), so a handful of articles decide a small series. Measured on our stores (tempeval3 TimeBank,
 * AQUAINT and silver, 2,729 stories; Reuters-21578 reut2-000 to 002, 3,000 stories), every dyad with a warming or
 * souring verdict by week, month, quarter or year, refitted without each of its articles in turn: 9 of the 11
 * verdicts from fewer than 20 events changed when one article was left out (7 of 8 under 10 events, 2 of 3 from 10 to
 * 19), among them the review's "souring" from 15 events in 3 weeks (JPN–USA by week, 11 articles). 20 events are about
 * 13 articles of such a pair; a verdict from fewer rests on one or two stories.
 */
export const MIN_TREND_EVENTS = 20;

// date precisions and intervals name the same periods, shortest first; a season (three months from March, June,
// September or December) lies across two calendar quarters, so only a year holds it, and a winter (from December)
// across two years, so none does
const PERIOD_RANK: Record<Interval | 'season', number> = { day: 0, week: 1, month: 2, quarter: 3, season: 3.5, year: 4 };

/**
 * Whether an event's date states only a period longer than `interval` ("in 1990" by month, "last month" by week), so
 * that it belongs in no bucket of a series by `interval`: "in 1990" has no month, it belongs in a yearly series, not in
 * January's bucket. A stated week counts in the month that holds most of it; a season ("last summer") only in a year,
 * and a winter (its `date` in December) in none: it runs into the next year.
 * @param ev a dated event's `datePrecision` (absent: a day) and its `date` (YYYY-MM-DD, the period's first day)
 */
export function datedCoarserThan(ev: Pick<CodedEvent, 'datePrecision'> & { date?: string | null }, interval: Interval): boolean {
  if (ev.datePrecision === 'season' && ev.date?.slice(5, 7) === '12') return true;
  return PERIOD_RANK[ev.datePrecision ?? 'day'] > PERIOD_RANK[interval] && !(ev.datePrecision === 'week' && interval === 'month');
}

/** The bucket key of a YYYY-MM-DD date: day as is, ISO week start (Monday), YYYY-MM, YYYY-Qn (calendar quarter), or YYYY. */
export function periodOf(date: string, interval: Interval): string {
  if (interval === 'day') return date.slice(0, 10);
  if (interval === 'month') return date.slice(0, 7);
  if (interval === 'quarter') return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  if (interval === 'year') return date.slice(0, 4);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

/** The period after `period` (a key of {@link periodOf}) in the same interval. */
export function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'year') return String(Number(period) + 1).padStart(4, '0');
  if (interval === 'quarter') {
    const q = Number(period.slice(6, 7));
    return q === 4 ? `${String(Number(period.slice(0, 4)) + 1).padStart(4, '0')}-Q1` : `${period.slice(0, 4)}-Q${q + 1}`;
  }
  if (interval === 'month') {
    const m = Number(period.slice(5, 7));
    return m === 12 ? `${String(Number(period.slice(0, 4)) + 1).padStart(4, '0')}-01` : `${period.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
  }
  return addDays(period, interval === 'week' ? 7 : 1);
}

/** The day `days` after (negative: before) `date` (YYYY-MM-DD), in the proleptic Gregorian calendar (UTC). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The periods a date range cuts into: `first` when `from` is not the first day of its period, `last` when `to` is
 * not the last day of its. Such a row counts only the events dated inside the range to the day (or to a shorter
 * period), since an event dated only to a period is in a range when its whole period is (README, `--from`).
 * @param span the range's days, `YYYY-MM-DD`, either may be absent
 * @param interval the series' interval
 * @returns the cut periods' keys ({@link periodOf}); none for `day`
 */
export function partialPeriods(span: { from?: string; to?: string }, interval: Interval): { first?: string; last?: string } {
  const out: { first?: string; last?: string } = {};
  if (span.from && periodOf(addDays(span.from, -1), interval) === periodOf(span.from, interval)) out.first = periodOf(span.from, interval);
  if (span.to && periodOf(addDays(span.to, 1), interval) === periodOf(span.to, interval)) out.last = periodOf(span.to, interval);
  return out;
}

/** An empty bucket: a period without events. */
function emptyBucket(period: string): DyadBucket {
  return { period, events: 0, mentions: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null, toneMean: null, eventIds: [] };
}

/**
 * The buckets with events, sorted, with an empty bucket for every period between them, and before the first and after
 * the last down to `span.from`'s period and up to `span.to`'s when given. No events and no full span: no buckets.
 */
function withEmptyPeriods(buckets: readonly DyadBucket[], interval: Interval, span: { from?: string; to?: string }): DyadBucket[] {
  // a bucket outside the span (an event the caller did not filter to it) widens it rather than being dropped
  const ends = [span.from && periodOf(span.from, interval), buckets[0]?.period].filter((p) => !!p) as string[];
  const tails = [span.to && periodOf(span.to, interval), buckets[buckets.length - 1]?.period].filter((p) => !!p) as string[];
  if (buckets.length === 0 && (ends.length === 0 || tails.length === 0)) return [];
  const first = ends.sort()[0];
  const last = tails.sort()[tails.length - 1];
  if (first === undefined || last === undefined) return [...buckets];
  const byPeriod = new Map(buckets.map((b) => [b.period, b]));
  const out: DyadBucket[] = [];
  // keys of one interval sort as their periods do (four-digit years)
  for (let p = first; p <= last; p = nextPeriod(p, interval)) out.push(byPeriod.get(p) ?? emptyBucket(p));
  return out;
}

/** The day three days after `date` (YYYY-MM-DD): the middle of a week that starts on `date`. */
function midWeek(date: string): string {
  return addDays(date, 3);
}

/** Calendar position of a bucket key in units of its interval (months since year 0, days since the epoch…). */
function positionOf(period: string, interval: Interval): number {
  if (interval === 'year') return Number(period);
  if (interval === 'month') return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  if (interval === 'quarter') return Number(period.slice(0, 4)) * 4 + Number(period.slice(6, 7)) - 1;
  const days = Date.parse(`${period}T00:00:00Z`) / 86_400_000;
  return interval === 'week' ? days / 7 : days;
}

/**
 * Aggregates events of one dyad into a time series: per bucket the event count, counts per QuadClass
 * (1 verbal cooperation … 4 material conflict) and the Goldstein sum and mean — the usual measure of
 * cooperation vs conflict in event data (Goldstein 1992; GDELT's GoldsteinScale). Events without a date
 * are left out (counted in `undated`), and so are events whose date states only a period coarser than the interval ("in 1990" in a
 * monthly series: counted in `coarserDates`). The trend is the sign of the least-squares slope of the events'
 * Goldstein scores against their buckets' calendar time (every event one point: a bucket counts as much as it
 * has events) when it differs from zero at the 90% level (two-sided t-test, events − 2 degrees of freedom), "stable"
 * when its 90% confidence interval lies within ±`stableBelow` (Goldstein points per interval), "no clear trend"
 * otherwise, "insufficient data" with fewer than `minBuckets` (default 3, at least 3)
 * buckets holding events: two points always make a line, so they are no trend; "too sparse" when under
 * {@link SPARSE_SHARE} of the span's periods hold events (the slope is still computed); "too few events" with fewer than
 * `minEvents` (default {@link MIN_TREND_EVENTS}) events (the slope is still computed).
 * @param events events already filtered to the dyad (either direction), one per event; `mentions`: how many coded
 *   events each stands for (groupEventMentions; default 1), summed into the buckets' `mentions`; `id`: the event's id,
 *   listed in its bucket's `eventIds`
 * @param options `span`: the query's `from`/`to` dates (YYYY-MM-DD), when given the series' first and last periods
 *   (the events should lie within them); without, the series runs from the first period with events to the last
 */
export function dyadSeries(
  events: readonly (Pick<CodedEvent, 'date' | 'quadClass' | 'goldstein' | 'datePrecision'> & { mentions?: number; id?: string; articleId?: string; articleTone?: number | null })[],
  {
    dyad,
    directed = false,
    interval = 'month',
    stableBelow = 0.1,
    minBuckets = 3,
    minEvents = MIN_TREND_EVENTS,
    span = {},
  }: { dyad: [string, string]; directed?: boolean; interval?: Interval; stableBelow?: number; minBuckets?: number; minEvents?: number; span?: { from?: string; to?: string } },
): DyadSeries {
  const map = new Map<string, DyadBucket>();
  // unrounded Goldstein sums and sums of squares per period, for the fit
  const sums = new Map<string, { y: number; yy: number }>();
  // the tone of each distinct article per period, for toneMean
  const tones = new Map<string, Map<string, number>>();
  let coarserDates = 0;
  let undated = 0;
  for (const ev of events) {
    if (!ev.date) {
      undated++;
      continue;
    }
    if (datedCoarserThan(ev, interval)) {
      coarserDates++;
      continue;
    }
    // a stated week ("earlier this week") is dated by its first day, which chrono-node takes to be a Sunday; its
    // middle day puts it in the ISO (Monday) week, or the month, that holds most of it
    const period = periodOf(ev.datePrecision === 'week' ? midWeek(ev.date) : ev.date, interval);
    let b = map.get(period);
    if (!b) {
      b = { period, events: 0, mentions: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0, toneMean: null, eventIds: [] };
      map.set(period, b);
    }
    b.events++;
    b.mentions += ev.mentions ?? 1;
    b.quadClass[ev.quadClass - 1]++;
    b.goldsteinSum += ev.goldstein;
    if (ev.id) b.eventIds.push(ev.id);
    if (ev.articleId !== undefined && ev.articleTone !== null && ev.articleTone !== undefined) {
      const byArticle = tones.get(period) ?? new Map<string, number>();
      byArticle.set(ev.articleId, ev.articleTone);
      tones.set(period, byArticle);
    }
    const sum = sums.get(period) ?? { y: 0, yy: 0 };
    sum.y += ev.goldstein;
    sum.yy += ev.goldstein * ev.goldstein;
    sums.set(period, sum);
  }
  const buckets = [...map.values()].sort((a, b) => a.period.localeCompare(b.period));
  for (const b of buckets) {
    b.goldsteinSum = Math.round(b.goldsteinSum * 100) / 100;
    b.goldsteinMean = Math.round((b.goldsteinSum / b.events) * 100) / 100;
    const byArticle = tones.get(b.period);
    if (byArticle?.size) {
      let sum = 0;
      for (const t of byArticle.values()) sum += t;
      b.toneMean = Math.round((sum / byArticle.size) * 100) / 100;
    }
  }
  const periods = withEmptyPeriods(buckets, interval, span);
  const n = buckets.length;
  let slope: number | null = null;
  let slopeStdError: number | null = null;
  let slopeInterval90: [number, number] | null = null;
  let significant = false;
  let withinStable = false;
  if (n >= 2) {
    // every event is one point (x = its bucket's calendar position, y = its Goldstein score): a month with one
    // event weighs what one event weighs, not what a month of fifty does
    const xs = buckets.map((b) => positionOf(b.period, interval));
    let w = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      w += buckets[i].events;
      sx += buckets[i].events * xs[i];
      sy += sums.get(buckets[i].period)!.y;
    }
    const mx = sx / w;
    const my = sy / w;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      num += (xs[i] - mx) * (sums.get(buckets[i].period)!.y - buckets[i].events * my);
      den += buckets[i].events * (xs[i] - mx) ** 2;
    }
    const b1 = num / den;
    slope = Math.round(b1 * 1000) / 1000;
    if (n >= 3 && w > 2) {
      // residual sum of squares from each bucket's sums: Σ (y − ŷ)² = Σy² − 2ŷΣy + kŷ²
      let ssr = 0;
      for (let i = 0; i < n; i++) {
        const { y, yy } = sums.get(buckets[i].period)!;
        const fit = my + b1 * (xs[i] - mx);
        ssr += yy - 2 * fit * y + buckets[i].events * fit * fit;
      }
      const se = Math.sqrt(Math.max(0, ssr) / (w - 2) / den);
      slopeStdError = Math.round(se * 1000) / 1000;
      const t = tCritical90(w - 2);
      slopeInterval90 = [Math.round((b1 - t * se) * 1000) / 1000, Math.round((b1 + t * se) * 1000) / 1000];
      significant = se === 0 ? b1 !== 0 : Math.abs(b1 / se) >= t;
      withinStable = Math.abs(b1) + t * se < stableBelow;
    }
  }
  const coverage = coverageOf(buckets, interval);
  const trend =
    slope === null || n < Math.max(3, minBuckets)
      ? 'insufficient data'
      : coverage.sparse
        ? 'too sparse'
        : buckets.reduce((k, b) => k + b.events, 0) < minEvents
          ? 'too few events'
          : significant
            ? (slope > 0 ? 'warming' : 'souring')
            : withinStable
              ? 'stable'
              : 'no clear trend';
  // too few periods for a trend: no slope either, so that a reader of the JSON cannot take the line through two
  // points for one
  if (trend === 'insufficient data') return { dyad, directed, interval, buckets: periods, slope: null, slopeStdError: null, slopeInterval90: null, trend, coverage, coarserDates, undated };
  return { dyad, directed, interval, buckets: periods, slope, slopeStdError, slopeInterval90, trend, coverage, coarserDates, undated };
}

/** {@link DyadSeries.coverage} of sorted buckets. */
function coverageOf(buckets: readonly DyadBucket[], interval: Interval): DyadSeries['coverage'] {
  if (buckets.length === 0) return { periods: 0, periodsWithEvents: 0, longestGap: 0, sparse: false };
  const xs = buckets.map((b) => Math.round(positionOf(b.period, interval)));
  let longestGap = 0;
  for (let i = 1; i < xs.length; i++) longestGap = Math.max(longestGap, xs[i] - xs[i - 1] - 1);
  const periods = xs[xs.length - 1] - xs[0] + 1;
  return { periods, periodsWithEvents: buckets.length, longestGap, sparse: buckets.length < SPARSE_SHARE * periods };
}
