import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from './publication-date.js';

test('an ISO date with a time keeps its calendar date', () => {
  assert.equal(normaliseDate('1990-08-15T13:37'), '1990-08-15');
  assert.equal(normaliseDate('2023-06-19T23:30:00-04:00'), '2023-06-19');
  assert.equal(normaliseDate('2013-03-22'), '2013-03-22');
});

test('RSS, Reuters and prose dates become YYYY-MM-DD', () => {
  assert.equal(normaliseDate('Tue, 10 Jun 2003 04:00:00 GMT'), '2003-06-10');
  assert.equal(normaliseDate('26-FEB-1987 15:01:01.79'), '1987-02-26');
  assert.equal(normaliseDate('June 19, 2023'), '2023-06-19');
  assert.equal(normaliseDate('19 June 2023'), '2023-06-19');
  assert.equal(normaliseDate('20230619121500'), '2023-06-19');
});

test('missing, malformed and impossible dates give null', () => {
  assert.equal(normaliseDate(undefined), null);
  assert.equal(normaliseDate(''), null);
  assert.equal(normaliseDate('last Tuesday'), null);
  assert.equal(normaliseDate('2023-02-30'), null);
  assert.equal(normaliseDate('0001-01-01'), null);
});

test('localised RSS dates with Portuguese month names are read', () => {
  assert.equal(normaliseDate('Seg, 24 Set 2018 19:42:40 -0300'), '2018-09-24');
  assert.equal(normaliseDate('3 déc. 2020'), '2020-12-03');
});
