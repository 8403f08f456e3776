import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDay } from './calendar-day.js';
import { checkDate } from '../cli/query-options.js';
import { checkEventFilter } from '../store/store-filters.js';
import { UserActorsFileSchema } from '../extract/entities/actor-kb.js';

const DAYS = ['2024-02-29', '2000-02-29', '2023-12-31', '1987-03-01', '0050-06-01', '0004-02-29', '9999-12-31'];
const NOT_DAYS = ['2023-02-29', '1900-02-29', '2023-04-31', '2023-00-10', '2023-13-01', '2023-06-00', '0050-02-29'];
const NOT_THE_FORM = ['2023', '2023-06', '2023-6-1', '19/06/2023', '2023-06-19T00:00', ' 2023-06-19', 'last week', ''];

test('a calendar day is a real day of the Gregorian calendar written YYYY-MM-DD, leap years by the 400-year rule', () => {
  for (const day of DAYS) assert.equal(isCalendarDay(day), true, day);
  for (const bad of [...NOT_DAYS, ...NOT_THE_FORM]) assert.equal(isCalendarDay(bad), false, bad);
});

test('years 0000-0099 are read as written, not as 1900-1999 as Date.UTC reads them (0000 is a leap year, 1900 is not)', () => {
  assert.equal(isCalendarDay('0096-02-29'), true);
  assert.equal(isCalendarDay('0050-02-29'), false);
  assert.equal(isCalendarDay('0000-02-29'), true);
});

test('the CLI date options, the store filters and a user actors file accept and refuse the same days', () => {
  const actorsFile = (day: string) => ({ people: [{ name: 'Tova Brisk', terms: [{ actor: 'NORGOV', from: day, to: null }] }] });
  for (const day of [...DAYS, ...NOT_DAYS]) {
    const expected = isCalendarDay(day);
    assert.equal(accepts(() => checkDate(day, '--from')), expected, `cli ${day}`);
    assert.equal(accepts(() => checkEventFilter({ from: day })), expected, `store ${day}`);
    assert.equal(UserActorsFileSchema.safeParse(actorsFile(day)).success, expected, `actors file ${day}`);
  }
});

function accepts(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}
