// The act whose anniversary is marked lies whole years before it (fresh-eyes review 24: a shelling dated on the day
// its first anniversary was marked). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anniversaryOf } from './anniversary.js';
import { resolveEventDate } from './resolve-date.js';

const dated = (s: string, trigger: string, published = '1997-04-22') => resolveEventDate(s, 0, s.indexOf(trigger), published);

test('an act named after "anniversary … of" is dated the years counted before the anniversary', () => {
  const day = dated('Ruritania marked the first anniversary on Friday of the army shelling of a camp which killed 40 people.', 'shelling');
  assert.deepEqual([day.date, day.precision, day.text], ['1996-04-18', 'day', 'on Friday']);
  // no day stated: the anniversary may be marked a few days off it, so only the year
  const year = dated('Crowds marked the tenth anniversary of the invasion.', 'invasion');
  assert.deepEqual([year.date, year.precision, year.text], ['1987-01-01', 'year', 'tenth anniversary']);
  assert.equal(dated('Veterans marked the 25th anniversary of the day the army crossed the river.', 'crossed').date, '1972-01-01');
});

test('an anniversary with no count puts the act before it; an act beside the anniversary keeps its date', () => {
  const r = dated('Crowds marked the anniversary of the invasion.', 'invasion');
  assert.deepEqual([r.date, r.relation], ['1997-04-22', 'before']);
  // the act is the day's, done on the anniversary (a comma closes the of-phrase)
  const beside = dated('On the fifth anniversary of the invasion, police detained 30 protesters.', 'detained');
  assert.deepEqual([beside.date, beside.relation], ['1997-04-22', undefined]);
  assert.equal(anniversaryOf('Police detained 30 protesters on the fifth anniversary of the invasion.', 7), null);
  assert.equal(dated('Police detained 30 protesters on Friday.', 'detained').date, '1997-04-18');
});
