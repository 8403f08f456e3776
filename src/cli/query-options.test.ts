import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDate, checkDateRange, checkFormat } from './query-options.js';

test('a real calendar day passes the date check unchanged, and no date stays undefined', () => {
  assert.equal(checkDate('2024-02-29', '--from'), '2024-02-29');
  assert.equal(checkDate(undefined, '--from'), undefined);
});

test('impossible days, partial dates and other layouts are rejected with the option named', () => {
  for (const bad of ['2023-02-29', '2023-04-31', '2023-00-10', '2023', '2023-06', '2023-6-1', '19/06/2023', '']) {
    assert.throws(() => checkDate(bad, '--to'), new RegExp(`invalid --to "${bad}"`), bad);
  }
});

test('an unknown format is rejected with the accepted values listed', () => {
  assert.equal(checkFormat('jsonl', ['text', 'jsonl']), 'jsonl');
  assert.throws(() => checkFormat('csv', ['gdelt', 'jsonl']), /unknown --format "csv": use gdelt or jsonl/);
});

test('a --from after --to is an empty range and an error, naming both dates', () => {
  assert.deepEqual(checkDateRange('2023-06-01', '2023-06-30'), ['2023-06-01', '2023-06-30']);
  assert.deepEqual(checkDateRange(undefined, '2023-06-30'), [undefined, '2023-06-30']);
  assert.throws(() => checkDateRange('2023-06-30', '2023-06-01'), /--from 2023-06-30 is after --to 2023-06-01/);
});
