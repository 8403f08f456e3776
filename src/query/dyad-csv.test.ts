import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadSeries } from './dyad-series.js';
import { DYAD_CSV_COLUMNS, dyadSeriesCsv } from './dyad-csv.js';

/** The rows of a CSV whose fields hold no comma, quote or line break (a dyad series'), keyed by the header. */
function parse(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.split('\n').filter(Boolean).map((l) => l.split(','));
  return lines.map((fields) => Object.fromEntries(header.map((h, i) => [h, fields[i]])));
}

// made-up events of a dyad over three months: two verbal cooperations, a material conflict, a demand
const events = [
  { date: '2024-01-10', quadClass: 1 as const, goldstein: 3.4, mentions: 2 },
  { date: '2024-01-22', quadClass: 1 as const, goldstein: 1, mentions: 1 },
  { date: '2024-02-03', quadClass: 4 as const, goldstein: -10, mentions: 1 },
  { date: '2024-03-15', quadClass: 3 as const, goldstein: -5, mentions: 1 },
  { date: null, quadClass: 3 as const, goldstein: -5, mentions: 1 },
];

test('dyad CSV has one row per period with the fields JSON gives, the series fields on every row', () => {
  const series = dyadSeries(events, { dyad: ['AUT', 'CHE'], directed: true, interval: 'month' });
  const rows = parse(dyadSeriesCsv(series)) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), DYAD_CSV_COLUMNS.map((c) => c.header));
  assert.deepEqual(rows.map((r) => r.period), series.buckets.map((b) => b.period));
  series.buckets.forEach((b, i) => {
    const r = rows[i];
    assert.deepEqual(
      [r.events, r.mentions, r.verbal_cooperation, r.material_cooperation, r.verbal_conflict, r.material_conflict, r.goldstein_sum, r.goldstein_mean].map(Number),
      [b.events, b.mentions, ...b.quadClass, b.goldsteinSum, b.goldsteinMean],
    );
    assert.deepEqual(
      [r.dyad, r.directed, r.interval, r.trend, r.slope, r.coverage_periods, r.coverage_sparse, r.coarser_dates, r.undated],
      ['AUT-CHE', 'true', 'month', series.trend, String(series.slope), String(series.coverage.periods), String(series.coverage.sparse), '0', '1'],
    );
  });
  assert.equal(rows[0].mentions, '3');
});

test('a slope JSON gives as null is an empty CSV field, and a series with no events is the header alone', () => {
  const two = dyadSeries(events.slice(0, 3), { dyad: ['AUT', 'CHE'], directed: false, interval: 'month' });
  assert.equal(two.slope, null);
  const rows = parse(dyadSeriesCsv(two)) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => [r.slope, r.slope_std_error, r.trend]), [['', '', 'insufficient data'], ['', '', 'insufficient data']]);
  const none = dyadSeriesCsv(dyadSeries([], { dyad: ['AUT', 'CHE'], directed: false, interval: 'month' }));
  assert.equal(none, `${DYAD_CSV_COLUMNS.map((c) => c.header).join(',')}\n`);
});
