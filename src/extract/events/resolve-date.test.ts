import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceInstant, resolveEventDate } from './resolve-date.js';

const at = (s: string, phrase: string) => s.indexOf(phrase);

test('a weekday names the latest such day on or before publication', () => {
  const s = 'The envoys met on Friday in Geneva.';
  assert.equal(resolveEventDate(s, 0, at(s, 'met'), '2024-03-13').date, '2024-03-08');
  const t = 'The envoys met on Wednesday in Geneva.';
  assert.equal(resolveEventDate(t, 0, at(t, 'met'), '2024-03-13').date, '2024-03-13');
});

test('periods resolve to their first day, never after publication', () => {
  const s = 'The talks collapsed earlier this year.';
  const r = resolveEventDate(s, 100, 100 + at(s, 'collapsed'), '2024-06-20');
  assert.equal(r.date, '2024-01-01');
  assert.equal(r.precision, 'year');
  assert.equal(r.text, 'this year');
  assert.equal(r.start, 100 + at(s, 'this year'));
});

test('no date expression gives the publication date, and no date at all without one', () => {
  const s = 'The ministers signed the accord.';
  assert.deepEqual(resolveEventDate(s, 0, 4, '2024-06-20T08:00:00Z'), { date: '2024-06-20', precision: 'day', text: null, start: null, end: null });
  assert.equal(resolveEventDate(s, 0, 4, null).date, null);
  assert.equal(referenceInstant('not a date'), null);
});

test('an absolute date with a year resolves even without a publication date', () => {
  const s = 'The treaty was signed on 3 June 1998 in Oslo.';
  assert.equal(resolveEventDate(s, 0, at(s, 'signed'), null).date, '1998-06-03');
});

test('relative expressions do not resolve without a publication date (never against the clock)', () => {
  for (const s of ['The ministry cut the budget last year.', 'The envoy arrived in Rome last week.', 'Rebels attacked the town on Monday.']) {
    assert.equal(resolveEventDate(s, 0, 4, null).date, null, s);
  }
  const s = 'The ministry cut the budget in March 2004.';
  assert.equal(resolveEventDate(s, 0, at(s, 'cut'), null).date, '2004-03-01');
});

test('a bare year is that year, and a month or a year is stated as such (first day, with its precision)', () => {
  const s = 'Iraq invaded Kuwait in 1990, the minister recalled.';
  const r = resolveEventDate(s, 0, at(s, 'invaded'), '2023-06-19');
  assert.deepEqual([r.date, r.precision, r.text], ['1990-01-01', 'year', '1990']);
  const t = 'Rebels seized the airport last month.';
  const m = resolveEventDate(t, 0, at(t, 'seized'), '2023-06-19');
  assert.deepEqual([m.date, m.precision], ['2023-05-01', 'month']);
  const w = 'Rebels seized the airport last week.';
  assert.equal(resolveEventDate(w, 0, at(w, 'seized'), '2023-06-19').precision, 'week');
  const d = 'Rebels seized the airport on Friday.';
  assert.deepEqual(Object.values(resolveEventDate(d, 0, at(d, 'seized'), '2023-06-19')).slice(0, 2), ['2023-06-16', 'day']);
  // a number that is no year, and a year after publication, are not dates
  const n = 'The army deployed in 1500 positions along the border.';
  assert.equal(resolveEventDate(n, 0, at(n, 'deployed'), '2023-06-19').date, '2023-06-19');
  const f = 'The treaty expires in 2030, the envoy said.';
  assert.equal(resolveEventDate(f, 0, at(f, 'expires'), '2023-06-19').precision, 'day');
  // a year that ends a name ("the Trade Act of 1974") dates the name, not the event
  const a = 'Under the Trade Act of 1974 the minister demanded that Beijing open its markets.';
  assert.deepEqual([resolveEventDate(a, 0, at(a, 'demanded'), '2023-06-19').date], ['2023-06-19']);
  const o = 'The talks of 1990 ended in failure.';
  assert.equal(resolveEventDate(o, 0, at(o, 'ended'), '2023-06-19').date, '1990-01-01');
});

test('a span counted from another event is no date, and "between 1939 and 1945" starts in 1939', () => {
  const s = 'In April 2022, two months after the invasion, the university moved again.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'invasion'), '2026-05-01')).slice(0, 2), ['2022-04-01', 'month']);
  const t = 'The army fought the rebels during several wars between 1939 and 1945.';
  assert.equal(resolveEventDate(t, 0, at(t, 'fought'), '2024-11-18').date, '1939-01-01');
});

test('a month and day without a year before the publication date in the year are those of the year before', () => {
  const s = 'The minister recalled the Nov. 12 raids on the border villages.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'raids'), '2024-06-02')).slice(0, 3), ['2023-11-12', 'day', 'Nov. 12']);
  const m = 'The militia seized the airport in September, the envoy said.';
  assert.equal(resolveEventDate(m, 0, at(m, 'seized'), '2025-02-10').date, '2024-09-01');
});

test('a date in the sentence wins over the date of its wire dateline, which stays the date when it is the only one', () => {
  const s = 'OSLO/ROME, May 4 (Reuters) - Soldiers shot a photographer near the border in January and then fled.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'shot'), '2025-05-04')).slice(0, 3), ['2025-01-01', 'month', 'January']);
  const d = 'OSLO, May 4 - Soldiers shot a photographer near the border.';
  assert.equal(resolveEventDate(d, 0, at(d, 'shot'), '2025-05-05').date, '2025-05-04');
});

test('a date in another clause than the trigger\'s gives way to the dateline', () => {
  const s = 'OSLO, May 4 - The premier admitted a mistake in a deal which three months ago split his cabinet.';
  assert.equal(resolveEventDate(s, 0, at(s, 'admitted'), '2025-05-04').date, '2025-05-04');
  // with no dateline it is still the sentence's only date
  const n = 'The premier admitted a mistake in a deal which three months ago split his cabinet.';
  assert.equal(resolveEventDate(n, 0, at(n, 'admitted'), '2025-05-04').date, '2025-02-01');
});

test('an age ("a week-old offensive") is no date, so the dateline dates the sentence', () => {
  const s = 'OSLO, May 4 - A general said rebels lost 300 men in a week-old offensive near the border.';
  assert.equal(resolveEventDate(s, 0, at(s, 'said'), '2025-05-04').date, '2025-05-04');
});
