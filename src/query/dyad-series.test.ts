import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedCoarserThan, dyadSeries, MIN_TREND_EVENTS, partialPeriods, periodOf } from './dyad-series.js';

test('events are bucketed by month with QuadClass counts and Goldstein mean', () => {
  const s = dyadSeries(
    [
      { date: '2023-01-05', quadClass: 4, goldstein: -10 },
      { date: '2023-01-20', quadClass: 3, goldstein: -4 },
      { date: '2023-03-02', quadClass: 2, goldstein: -2 },
      { date: '2023-06-19', quadClass: 1, goldstein: 1 },
      { date: null, quadClass: 1, goldstein: 7 },
    ],
    // the t-test alone (MIN_TREND_EVENTS is tested below)
    { dyad: ['USA', 'CHN'], minEvents: 0 },
  );
  // every month from the first with events to the last, the empty ones with 0 events and no mean
  assert.deepEqual(s.buckets.map((b) => [b.period, b.events]), [['2023-01', 2], ['2023-02', 0], ['2023-03', 1], ['2023-04', 0], ['2023-05', 0], ['2023-06', 1]]);
  assert.deepEqual(s.buckets[1], { period: '2023-02', events: 0, mentions: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null, toneMean: null, eventIds: [] });
  assert.deepEqual(s.buckets[0].quadClass, [0, 0, 1, 1]);
  assert.equal(s.buckets[0].goldsteinMean, -7);
  // three noisy points rise, but not clearly enough to call it (t-test at 90%, one degree of freedom)
  assert.equal(s.trend, 'no clear trend');
  assert.ok(s.slope !== null && s.slope > 0 && s.slopeStdError !== null && s.slopeStdError > 0);
  // the 90% interval straddles 0 (so no direction) and is the slope ± t(0.95, 2 degrees of freedom = 2.920) × SE
  const [low, high] = s.slopeInterval90!;
  assert.ok(low < 0 && high > s.slope!, `${low} ${high}`);
  assert.ok(Math.abs((high - low) / 2 - 2.92 * s.slopeStdError!) < 0.01, `${low} ${high} ${s.slopeStdError}`);
});

test('a steady rise over six months is warming; the same rise buried in noise is no clear trend', () => {
  const months = ['2023-01-10', '2023-02-10', '2023-03-10', '2023-04-10', '2023-05-10', '2023-06-10'];
  const rising = dyadSeries(months.map((date, i) => ({ date, quadClass: 1, goldstein: -3 + i + (i % 2 ? 0.3 : -0.3) })), { dyad: ['A', 'B'], minEvents: 0 });
  assert.equal(rising.trend, 'warming');
  assert.ok(rising.slopeInterval90![0] > 0, 'warming: the 90% interval excludes 0');
  const noisy = dyadSeries(months.map((date, i) => ({ date, quadClass: 1, goldstein: [-6, 5, -4, 6, -3, 4][i] })), { dyad: ['A', 'B'], minEvents: 0 });
  assert.equal(noisy.trend, 'no clear trend');
});

test('an event dated only to a year is left out of a monthly series and counted, kept in a yearly one', () => {
  const events = [
    { date: '2023-01-01', datePrecision: 'year' as const, quadClass: 4, goldstein: -10 },
    { date: '2023-06-19', datePrecision: 'day' as const, quadClass: 1, goldstein: 1 },
    { date: '2023-06-12', datePrecision: 'week' as const, quadClass: 1, goldstein: 1 },
  ];
  const monthly = dyadSeries(events, { dyad: ['USA', 'CHN'] });
  assert.deepEqual([monthly.buckets.map((b) => b.period), monthly.coarserDates], [['2023-06'], 1]);
  const yearly = dyadSeries(events, { dyad: ['USA', 'CHN'], interval: 'year' });
  assert.deepEqual([yearly.buckets[0].events, yearly.coarserDates], [3, 0]);
});

test('the slope is per month of calendar time, not per bucket', () => {
  // January -6, February -4, December +6: +12 points over 11 months is about 1.1 a month (per bucket it would be 6)
  const s = dyadSeries(
    [
      { date: '2022-01-10', quadClass: 4, goldstein: -6 },
      { date: '2022-02-10', quadClass: 3, goldstein: -4 },
      { date: '2022-12-10', quadClass: 1, goldstein: 6 },
    ],
    { dyad: ['A', 'B'] },
  );
  assert.ok(s.slope !== null && s.slope > 0.9 && s.slope < 1.3, String(s.slope));
});

test('two buckets are a line, not a trend', () => {
  const s = dyadSeries(
    [
      { date: '2023-01-05', quadClass: 4, goldstein: -10 },
      { date: '2023-06-19', quadClass: 1, goldstein: 4 },
    ],
    { dyad: ['USA', 'CHN'] },
  );
  assert.equal(s.trend, 'insufficient data');
  // no slope beside it: a JSON reader would take the line through two points for a trend
  assert.equal(s.slope, null);
  assert.equal(s.slopeStdError, null);
});

test('one event a month in two months is insufficient data with no slope, in three a trend with a slope', () => {
  const months = ['2024-03-11', '2024-04-11', '2024-05-11'].map((date, i) => ({ date, quadClass: 1 as const, goldstein: 1 + 2 * i }));
  const two = dyadSeries(months.slice(0, 2), { dyad: ['NOR', 'SWE'] });
  assert.deepEqual([two.trend, two.slope, two.slopeStdError], ['insufficient data', null, null]);
  const three = dyadSeries(months, { dyad: ['NOR', 'SWE'] });
  assert.notEqual(three.trend, 'insufficient data');
  assert.equal(three.slope, 2);
  // a minBuckets above the buckets held is insufficient data too, and gives no slope
  const strict = dyadSeries(months, { dyad: ['NOR', 'SWE'], minBuckets: 4 });
  assert.deepEqual([strict.trend, strict.slope, strict.slopeStdError], ['insufficient data', null, null]);
});

test('a relationship moving from cooperation to conflict is souring', () => {
  const s = dyadSeries(
    [
      { date: '2020-01-01', quadClass: 1, goldstein: 5 },
      { date: '2021-01-01', quadClass: 3, goldstein: -2 },
      { date: '2022-01-01', quadClass: 4, goldstein: -9 },
    ],
    { dyad: ['IND', 'PAK'], interval: 'year', minEvents: 0 },
  );
  assert.equal(s.trend, 'souring');
});

test('a single bucket is not enough to call a trend', () => {
  assert.equal(dyadSeries([{ date: '2020-01-01', quadClass: 1, goldstein: 5 }], { dyad: ['A', 'B'] }).trend, 'insufficient data');
});

test('weeks start on Monday', () => {
  assert.equal(periodOf('2023-06-21', 'week'), '2023-06-19');
  assert.equal(periodOf('2023-06-19', 'week'), '2023-06-19');
});

test('with no dated event there is no slope, and the undated events are counted, not bucketed', () => {
  const s = dyadSeries(
    [
      { date: null, quadClass: 1, goldstein: 3 },
      { date: null, quadClass: 4, goldstein: -9 },
    ],
    { dyad: ['A', 'B'] },
  );
  assert.equal(s.slope, null);
  assert.equal(s.slopeStdError, null);
  assert.equal(s.trend, 'insufficient data');
  assert.equal(s.undated, 2);
  assert.deepEqual(s.buckets, []);
});

test('a single bucket has no slope either', () => {
  assert.equal(dyadSeries([{ date: '2021-05-02', quadClass: 2, goldstein: 4 }], { dyad: ['A', 'B'] }).slope, null);
});

test('an event dated to a week that starts on a Sunday (as the event dates give it) is in the Monday week that holds most of it', () => {
  const events = [{ date: '2023-06-18', datePrecision: 'week' as const, quadClass: 1, goldstein: 1 }];
  assert.deepEqual(dyadSeries(events, { dyad: ['USA', 'CHN'], interval: 'week' }).buckets.map((b) => b.period), ['2023-06-19']);
  // a week starting on 28 June lies mostly in July
  const late = [{ date: '2023-06-28', datePrecision: 'week' as const, quadClass: 1, goldstein: 1 }];
  assert.deepEqual(dyadSeries(late, { dyad: ['USA', 'CHN'] }).buckets.map((b) => b.period), ['2023-07']);
});

test('a lone early event and a thin last month do not turn many steady months into souring: each event counts once', () => {
  const events: { date: string; quadClass: 1 | 2 | 3 | 4; goldstein: number }[] = [{ date: '1985-08-14', quadClass: 1, goldstein: 3 }];
  for (let m = 1; m <= 9; m++) for (const g of [-5, 0, 1, 2, 4, -2, 3, 0, 1, -4]) events.push({ date: `1987-0${m}-15`, quadClass: g < 0 ? 3 : 1, goldstein: g + (m % 3) * 0.2 });
  events.push({ date: '1987-10-02', quadClass: 3, goldstein: -2 }, { date: '1987-10-09', quadClass: 3, goldstein: -2 });
  const s = dyadSeries(events, { dyad: ['USA', 'USR'] });
  // fitted to the eleven monthly means alone, the slope was -0.14 a month with t = -5.1: "souring"; per event it is
  // -0.08 ± 0.084, neither souring nor shown to be stable (its confidence interval reaches past ±0.1)
  assert.equal(s.trend, 'no clear trend');
  assert.ok(s.slope !== null && Math.abs(s.slope) < 0.1, String(s.slope));
});

test('stable needs a slope that is small and sure: a flat but noisy series is no clear trend, a flat steady one stable', () => {
  const steady: { date: string; quadClass: 1 | 2 | 3 | 4; goldstein: number }[] = [];
  const noisy: { date: string; quadClass: 1 | 2 | 3 | 4; goldstein: number }[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `2020-${String(m).padStart(2, '0')}-10`;
    for (const g of [1, 2, 3, 2, 1, 2, 3, 2]) steady.push({ date: month, quadClass: 1, goldstein: g });
    // a palindrome: its slope is exactly 0, its scores swing from +8 to -9
    const high = (m <= 6 ? m % 2 : (13 - m) % 2) === 1;
    noisy.push({ date: month, quadClass: high ? 1 : 4, goldstein: high ? 8 : -9 });
  }
  assert.equal(dyadSeries(steady, { dyad: ['A', 'B'] }).trend, 'stable');
  const n = dyadSeries(noisy, { dyad: ['A', 'B'], minEvents: 0 });
  assert.ok(n.slope !== null && Math.abs(n.slope) < 0.1, String(n.slope));
  assert.equal(n.trend, 'no clear trend');
});

test('coverage counts the periods of the span and flags a series whose events sit in a few far-apart periods', () => {
  const events = ['1990-08-02', '1990-08-20', '1991-02-24', '2003-03-20', '2006-12-30'].map((date) => ({ date, quadClass: 4 as const, goldstein: -10 }));
  const s = dyadSeries(events, { dyad: ['USA', 'IRQ'] });
  assert.deepEqual(s.coverage, { periods: 197, periodsWithEvents: 4, longestGap: 144, sparse: true });
  // a slope through four months of 197 gives no direction, whatever its sign (USA–IRQ by month was "warming")
  assert.equal(s.trend, 'too sparse');
  assert.notEqual(s.slope, null);
  const dense = dyadSeries(['2020-01-05', '2020-02-05', '2020-04-05'].map((date) => ({ date, quadClass: 1 as const, goldstein: 1 })), { dyad: ['A', 'B'] });
  assert.deepEqual(dense.coverage, { periods: 4, periodsWithEvents: 3, longestGap: 1, sparse: false });
  assert.deepEqual(dyadSeries([], { dyad: ['A', 'B'] }).coverage, { periods: 0, periodsWithEvents: 0, longestGap: 0, sparse: false });
});

test('an event dated to a month is coarser than a day or a week, a week not coarser than a month', () => {
  assert.deepEqual((['day', 'week', 'month', 'year'] as const).map((i) => datedCoarserThan({ datePrecision: 'month' }, i)), [true, true, false, false]);
  assert.equal(datedCoarserThan({ datePrecision: 'week' }, 'month'), false);
  assert.equal(datedCoarserThan({ datePrecision: 'week' }, 'day'), true);
  assert.equal(datedCoarserThan({}, 'day'), false);
});

test('by quarter, events fall in calendar quarters (YYYY-Qn), a month-dated event counts, a year-dated one is coarser', () => {
  const events = [
    { date: '2019-02-11', quadClass: 1 as const, goldstein: 2 },
    { date: '2019-03-31', quadClass: 3 as const, goldstein: -2 },
    { date: '2019-04-01', datePrecision: 'month' as const, quadClass: 1 as const, goldstein: 1 },
    { date: '2019-12-30', datePrecision: 'week' as const, quadClass: 4 as const, goldstein: -9 },
    { date: '2019-01-01', datePrecision: 'year' as const, quadClass: 1 as const, goldstein: 3 },
  ];
  const s = dyadSeries(events, { dyad: ['NZL', 'FJI'], interval: 'quarter' });
  // the week from Monday 30 December lies mostly in January: the first quarter of 2020
  assert.deepEqual(s.buckets.filter((b) => b.events > 0).map((b) => [b.period, b.events]), [['2019-Q1', 2], ['2019-Q2', 1], ['2020-Q1', 1]]);
  assert.equal(s.coarserDates, 1);
  // five quarters from 2019-Q1 to 2020-Q1, three of them with events
  assert.deepEqual([s.coverage.periods, s.coverage.periodsWithEvents, s.coverage.longestGap], [5, 3, 2]);
  assert.deepEqual(['2023-01-01', '2023-06-30', '2023-07-01', '2023-12-31'].map((d) => periodOf(d, 'quarter')), ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
  assert.deepEqual((['month', 'quarter', 'year'] as const).map((i) => datedCoarserThan({ datePrecision: 'year' }, i)), [true, true, false]);
  assert.equal(datedCoarserThan({ datePrecision: 'month' }, 'quarter'), false);
});

test('a series has a row for every period of its span: between its events, and out to --from/--to when given', () => {
  const events = [
    { date: '2005-11-20', quadClass: 4 as const, goldstein: -10 },
    { date: '2006-02-03', quadClass: 1 as const, goldstein: 3 },
  ];
  const months = dyadSeries(events, { dyad: ['ISR', 'PSE'] });
  assert.deepEqual(months.buckets.map((b) => [b.period, b.events]), [['2005-11', 1], ['2005-12', 0], ['2006-01', 0], ['2006-02', 1]]);
  const spanned = dyadSeries(events, { dyad: ['ISR', 'PSE'], interval: 'quarter', span: { from: '2005-01-01', to: '2006-12-31' } });
  assert.deepEqual(spanned.buckets.map((b) => b.period), ['2005-Q1', '2005-Q2', '2005-Q3', '2005-Q4', '2006-Q1', '2006-Q2', '2006-Q3', '2006-Q4']);
  assert.deepEqual(spanned.buckets.map((b) => b.events), [0, 0, 0, 1, 1, 0, 0, 0]);
  // coverage is of the events' own span, as before: two quarters in a row
  assert.deepEqual(spanned.coverage, { periods: 2, periodsWithEvents: 2, longestGap: 0, sparse: false });
  // weeks step by seven days across a year's end; days across a month's end; years
  const weeks = dyadSeries([{ date: '2023-12-20', quadClass: 1, goldstein: 1 }, { date: '2024-01-09', quadClass: 1, goldstein: 1 }], { dyad: ['A', 'B'], interval: 'week' });
  assert.deepEqual(weeks.buckets.map((b) => b.period), ['2023-12-18', '2023-12-25', '2024-01-01', '2024-01-08']);
  const days = dyadSeries([], { dyad: ['A', 'B'], interval: 'day', span: { from: '2024-02-28', to: '2024-03-01' } });
  assert.deepEqual(days.buckets.map((b) => b.period), ['2024-02-28', '2024-02-29', '2024-03-01']);
  assert.deepEqual(dyadSeries([], { dyad: ['A', 'B'], interval: 'year', span: { from: '1999-05-01', to: '2001-01-01' } }).buckets.map((b) => b.period), ['1999', '2000', '2001']);
  // an event outside the span given (not filtered by the caller) widens the span instead of being lost
  const wider = dyadSeries(events, { dyad: ['ISR', 'PSE'], span: { from: '2006-01-01' } });
  assert.deepEqual(wider.buckets.map((b) => [b.period, b.events]), [['2005-11', 1], ['2005-12', 0], ['2006-01', 0], ['2006-02', 1]]);
  // the trend is that of the events alone: empty periods add no points
  assert.deepEqual([months.trend, months.slope], ['insufficient data', null]);
});

test('fewer than MIN_TREND_EVENTS events give no direction: "too few events", with the slope; as many give the verdict', () => {
  // made-up: 15 events in three weeks falling from +4 to -4 (the review's "souring" from 15 events in 3 weeks)
  const weeks = ['2024-03-04', '2024-03-11', '2024-03-18'];
  const events = (perWeek: number) => weeks.flatMap((date, w) => Array.from({ length: perWeek }, (_, i) => ({ date, quadClass: 1 as const, goldstein: 4 - 4 * w + (i % 2 ? 0.5 : -0.5) })));
  const few = dyadSeries(events(5), { dyad: ['KOR', 'JPN'], interval: 'week' });
  assert.equal(MIN_TREND_EVENTS, 20);
  assert.equal(few.trend, 'too few events');
  assert.equal(few.slope, -4);
  const enough = dyadSeries(events(7), { dyad: ['KOR', 'JPN'], interval: 'week' });
  assert.equal(enough.trend, 'souring');
  // the periods and their fill come first: two periods are insufficient data, whatever the count
  assert.equal(dyadSeries(events(5).slice(0, 10), { dyad: ['KOR', 'JPN'], interval: 'week' }).trend, 'insufficient data');
});

test('an event dated to a season is coarser than a quarter (a season lies across two), not than a year', () => {
  assert.deepEqual((['day', 'week', 'month', 'quarter', 'year'] as const).map((i) => datedCoarserThan({ datePrecision: 'season', date: '1987-06-01' }, i)), [true, true, true, true, false]);
  // a winter runs from December into the next year: no bucket holds it
  assert.equal(datedCoarserThan({ datePrecision: 'season', date: '1986-12-01' }, 'year'), true);
});

test('a range that starts or ends inside a period names the cut periods; one on period bounds names none', () => {
  assert.deepEqual(partialPeriods({ from: '2004-10-15', to: '2004-12-31' }, 'month'), { first: '2004-10' });
  assert.deepEqual(partialPeriods({ from: '2004-10-01', to: '2004-12-30' }, 'month'), { last: '2004-12' });
  assert.deepEqual(partialPeriods({ from: '2004-01-01', to: '2004-12-31' }, 'quarter'), {});
  assert.deepEqual(partialPeriods({ from: '2004-02-29', to: '2005-03-31' }, 'year'), { first: '2004', last: '2005' });
  // ISO weeks start on Monday: 2024-03-04 is a Monday, 2024-03-10 a Sunday
  assert.deepEqual(partialPeriods({ from: '2024-03-04', to: '2024-03-10' }, 'week'), {});
  assert.deepEqual(partialPeriods({ from: '2024-03-05' }, 'week'), { first: '2024-03-04' });
  assert.deepEqual(partialPeriods({ from: '2024-03-05', to: '2024-03-05' }, 'day'), {});
});

test("a period's tone is the mean of its distinct articles' tones, each article once however many events it reports; null without tones or events", () => {
  const ev = (date: string, articleId: string, articleTone: number | null) => ({ date, quadClass: 1 as const, goldstein: 1, datePrecision: 'day' as const, articleId, articleTone });
  const series = dyadSeries([ev('2024-01-03', 'a', -2), ev('2024-01-09', 'a', -2), ev('2024-01-20', 'b', 1), ev('2024-03-02', 'c', null)], { dyad: ['FRA', 'DEU'] });
  assert.deepEqual(series.buckets.map((b) => [b.period, b.events, b.toneMean]), [['2024-01', 3, -0.5], ['2024-02', 0, null], ['2024-03', 1, null]]);
});

test('the 90% interval reads Student t at the tabulated degrees of freedom at or below n − 2 (78 → the value for 60)', () => {
  // 80 events over 8 months with a made-up spread: the interval's half width over the standard error is the t value
  const events = Array.from({ length: 80 }, (_, i) => ({ date: `2022-0${1 + (i % 8)}-1${i % 10}`, quadClass: 1 as const, goldstein: ((i * 7) % 11) - 5 + (i % 8) * 0.3 }));
  const s = dyadSeries(events, { dyad: ['A', 'B'] });
  assert.ok(s.slopeInterval90 && s.slopeStdError, JSON.stringify(s.slopeInterval90));
  const t = (s.slopeInterval90[1] - s.slopeInterval90[0]) / 2 / s.slopeStdError;
  assert.ok(Math.abs(t - 1.671) < 0.01, String(t));
});
