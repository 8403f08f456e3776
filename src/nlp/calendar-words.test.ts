import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarName, isMonthWord, MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.js';

test('the calendar words hold twelve months and seven weekdays, lower case', () => {
  assert.equal(MONTH_NAMES.size, 12);
  assert.equal(WEEKDAY_NAMES.size, 7);
  for (const w of [...MONTH_NAMES, ...WEEKDAY_NAMES]) assert.equal(w, w.toLowerCase());
});

test('a full month or weekday name is a calendar name, an abbreviation only a month word', () => {
  assert.ok(isCalendarName('thursday') && isCalendarName('may'));
  assert.ok(!isCalendarName('sept') && isMonthWord('sept.'));
  assert.ok(!isCalendarName('mayor') && !isMonthWord('market'));
});
