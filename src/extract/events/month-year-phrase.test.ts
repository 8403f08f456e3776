import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEventDate } from './resolve-date.js';

// Review 27 (conflict analyst): "in March last year" in a story of 12 March 2024 was dated March 2024.
const dateOf = (sentence: string, trigger: string, published: string | null = '2024-03-12') => {
  const r = resolveEventDate(sentence, 0, sentence.indexOf(trigger), published);
  return [r.date, r.precision, r.text];
};

test('a month followed by a relative year is that month of the year the phrase names', () => {
  assert.deepEqual(dateOf('Rebels attacked the town in March last year.', 'attacked'), ['2023-03-01', 'month', 'March last year']);
  assert.deepEqual(dateOf('Rebels attacked the town in January of last year.', 'attacked'), ['2023-01-01', 'month', 'January of last year']);
  assert.deepEqual(dateOf('Rebels attacked the town on 4 February last year.', 'attacked'), ['2023-02-04', 'day', 'on 4 February last year']);
  assert.deepEqual(dateOf('Rebels attacked the town in February this year.', 'attacked'), ['2024-02-01', 'month', 'February this year']);
});

test('near misses: a month alone, a year phrase elsewhere, no publication date', () => {
  assert.deepEqual(dateOf('Rebels attacked the town last March.', 'attacked'), ['2023-03-01', 'month', 'March']);
  assert.deepEqual(dateOf('Rebels attacked the town in February, as they did last year.', 'attacked'), ['2024-02-01', 'month', 'February']);
  // a relative year names no year without a publication date: nothing dates the event
  assert.deepEqual(dateOf('Rebels attacked the town in March last year.', 'attacked', null), [null, null, null]);
});
