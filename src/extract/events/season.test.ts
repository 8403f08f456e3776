import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seasonExpressions, seasonStart } from './season.js';

const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const noon = (d: string) => new Date(`${d}T12:00:00Z`);
const first = (s: string, ref: string | null) => {
  const x = seasonExpressions(s)[0];
  return x ? day(seasonStart(x, ref ? noon(ref) : null)) : 'none';
};

test('a season with a written year is that season; a winter the one that ends in its year', () => {
  assert.equal(first('in the spring of 1986', null), '1986-03-01');
  assert.equal(first('during summer 1987', null), '1987-06-01');
  assert.equal(first('in the autumn of 1990', null), '1990-09-01');
  assert.equal(first('the fall of 1990', null), '1990-09-01');
  assert.equal(first('the winter of 1987', null), '1986-12-01');
});

test('"last summer" is the latest summer over by publication; "this summer" the one of its year', () => {
  assert.equal(first('last summer', '1987-03-10'), '1986-06-01');
  assert.equal(first('last summer', '1987-07-15'), '1986-06-01');
  assert.equal(first('last summer', '1987-10-02'), '1987-06-01');
  assert.equal(first('last winter', '1987-01-20'), '1985-12-01');
  assert.equal(first('last winter', '1987-03-10'), '1986-12-01');
  assert.equal(first('this spring', '1987-04-10'), '1987-03-01');
  assert.equal(first('this winter', '1987-01-20'), '1986-12-01');
  assert.equal(first('this winter', '1987-03-10'), '1986-12-01', 'in March, the winter just over');
  assert.equal(first('this winter', '1987-11-20'), '1987-12-01');
  // without a publication date only a written year anchors a season
  assert.equal(first('last summer', null), null);
});

test('a season without a qualifier or a year, and "fall" as a verb or a noun of falling, are no date', () => {
  assert.equal(first('in the summer the town fills up', '1987-03-10'), 'none');
  assert.equal(first('prices will fall further', '1987-03-10'), 'none');
  assert.equal(first('after last fall in prices', '1987-03-10'), 'none');
  assert.deepEqual(seasonExpressions('The summer palace reopened last spring.').map((x) => x.text), ['last spring']);
});
