import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const codes = (text: string, date: string | null) =>
  Object.fromEntries(run(text, date).map((e) => [e.name, `${e.actor ?? '-'}/${e.country ?? '-'}`]));

const TEXT = 'Moscow rejected the proposal, and Russian diplomats in Geneva said the Kremlin would wait.';

test('before the Soviet Union ended, Moscow, the Kremlin and Russian diplomats are Soviet actors (USR)', () => {
  const c = codes(TEXT, '1987-03-02');
  assert.equal(c['Moscow'], 'USRGOV/USR', JSON.stringify(c));
  assert.equal(c['Kremlin'], 'USRGOV/USR', JSON.stringify(c));
  assert.ok(Object.values(c).every((v) => !v.includes('RUS')), JSON.stringify(c));
});

test('from its last day on, and without a date, they are Russian (RUS) as before', () => {
  for (const date of ['1991-12-26', '2023-06-19', null]) {
    const c = codes(TEXT, date);
    assert.equal(c['Moscow'], 'RUSGOV/RUS', `${date}: ${JSON.stringify(c)}`);
  }
  assert.equal(codes(TEXT, '1991-12-25')['Moscow'], 'USRGOV/USR');
});

test('a person in a Russian office on the day keeps it, as the dated office-holder list says', () => {
  const c = codes('Russian President Boris Yeltsin met miners in Kemerovo.', '1991-09-10');
  assert.equal(c['Boris Yeltsin'], 'RUSGOV/RUS', JSON.stringify(c));
});

test('before Yugoslavia began to break up, Belgrade and a minister of a Belgrade-datelined story are Yugoslav (YUG)', () => {
  const text = 'BELGRADE, March 22 - Prime Minister Dusan Vrhovac said Belgrade would repay its debts on time.';
  const before = codes(text, '1987-03-22');
  assert.equal(before['Dusan Vrhovac'], 'YUGGOV/YUG', JSON.stringify(before));
  const after = codes(text, '2005-03-22');
  assert.equal(after['Dusan Vrhovac'], 'SRBGOV/SRB', JSON.stringify(after));
});
