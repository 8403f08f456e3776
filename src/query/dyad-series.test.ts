import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadSeries, periodOf } from './dyad-series.js';

test('events are bucketed by month with QuadClass counts and Goldstein mean', () => {
  const s = dyadSeries(
    [
      { date: '2023-01-05', quadClass: 4, goldstein: -10 },
      { date: '2023-01-20', quadClass: 3, goldstein: -4 },
      { date: '2023-03-02', quadClass: 2, goldstein: -2 },
      { date: '2023-06-19', quadClass: 1, goldstein: 1 },
      { date: null, quadClass: 1, goldstein: 7 },
    ],
    { dyad: ['USA', 'CHN'] },
  );
  assert.deepEqual(s.buckets.map((b) => b.period), ['2023-01', '2023-03', '2023-06']);
  assert.deepEqual(s.buckets[0].quadClass, [0, 0, 1, 1]);
  assert.equal(s.buckets[0].goldsteinMean, -7);
  assert.equal(s.trend, 'warming');
  assert.ok(s.slope > 0);
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
  assert.ok(s.slope > 0.9 && s.slope < 1.3, String(s.slope));
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
  assert.ok(s.slope > 0);
});

test('a relationship moving from cooperation to conflict is souring', () => {
  const s = dyadSeries(
    [
      { date: '2020-01-01', quadClass: 1, goldstein: 5 },
      { date: '2021-01-01', quadClass: 3, goldstein: -2 },
      { date: '2022-01-01', quadClass: 4, goldstein: -9 },
    ],
    { dyad: ['IND', 'PAK'], interval: 'year' },
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
