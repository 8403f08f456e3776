// An act told as done before the report, with no date of its own, keeps the publication day and says it lies before
// it (review 22: past acts with no date words took the publication day as if done that day). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEventDate } from './resolve-date.js';

const dated = (s: string, trigger: string, published = '2024-03-13') => resolveEventDate(s, 0, s.indexOf(trigger), published);

test('a past perfect, an adverb or adjective of an earlier time, a relative present perfect: before the publication day', () => {
  for (const [s, trigger] of [
    ['The minister said Ruritania had imposed new curbs on grain.', 'imposed'],
    ['Ruritania had already been accused of arming the rebels.', 'accused'],
    ['The envoy recently criticised the border guards.', 'criticised'],
    ['Krakozhia has previously accused its neighbour of spying.', 'accused'],
    ['Protests followed the recent detention of two reporters.', 'detention'],
    ['The president, who has threatened to close the border, spoke to farmers.', 'threatened'],
  ]) {
    const r = dated(s, trigger);
    assert.deepEqual([r.date, r.precision, r.text, r.relation], ['2024-03-13', 'day', null, 'before'], s);
  }
});

test('an act of the day, a bare present perfect and an act with a date of its own are not marked', () => {
  for (const [s, trigger] of [
    ['Ruritania imposed new curbs on grain.', 'imposed'],
    ['Ruritania has imposed new curbs on grain.', 'imposed'],
    ['Ruritania will impose new curbs on grain.', 'impose'],
    ['The envoy is already visiting the border.', 'visiting'],
    ['The rebels, who have been fighting the army for six years, seized a town.', 'fighting'],
  ]) assert.equal(dated(s, trigger).relation, undefined, s);
  const r = dated('Ruritania had imposed new curbs on grain in 2019.', 'imposed');
  assert.deepEqual([r.date, r.precision, r.relation], ['2019-01-01', 'year', undefined]);
});

test('with no publication date nothing is dated, and nothing is said to lie before it', () => {
  const r = resolveEventDate('Ruritania had imposed new curbs.', 0, 15, null);
  assert.deepEqual([r.date, r.relation], [null, undefined]);
});

test('a coded event carries the relation: a past perfect attack is dated on publication, before it', async () => {
  const { countrySpec, createEventRunner } = await import('./test-events.js');
  const { events } = createEventRunner('2024-03-13', { validate: true });
  const specs = [countrySpec('RUR', 'Ruritania'), countrySpec('KRA', 'Krakozhia')];
  const [before] = events('Ruritania had attacked Krakozhia.', specs);
  assert.deepEqual([before.code, before.date, before.dateRelation], ['190', '2024-03-13', 'before']);
  const [today] = events('Ruritania attacked Krakozhia.', specs);
  assert.deepEqual([today.code, today.date, 'dateRelation' in today], ['190', '2024-03-13', false]);
});

test('acts a report sums up or a charge is for lie before the publication day (review 24)', () => {
  for (const [s, trigger] of [
    ['Since 1990 - when the army set up a buffer zone in the north - some 300 soldiers have been killed fighting the rebels.', 'fighting'],
    ['Since 2004, there are 90 foreign soldiers killed in the province.', 'killed'],
    ['Both kingdoms have fought two of their four wars for the river delta.', 'fought'],
    ['Ruritania and Freedonia have fought three wars since independence.', 'fought'],
    ['The court gave four of the men the maximum sentence of 20 years for murdering prisoners near the town.', 'murdering'],
    ['The militia has staged rocket attacks on the capital in the past.', 'staged'],
  ]) assert.equal(dated(s, trigger).relation, 'before', s);
});

test('a state begun since a past time, acts of the day counted, and a recent past are not marked', () => {
  for (const [s, trigger] of [
    ['Ruritania has occupied a strip of the border region since 1990.', 'occupied'],
    ['Troops have killed two rebels in the north.', 'killed'],
    ['Troops fired twice at the rebels in the north.', 'fired'],
    ['The militia staged rocket attacks on the capital in the past 48 hours.', 'staged'],
    ['The men began murdering prisoners near the town.', 'murdering'],
  ]) assert.equal(dated(s, trigger).relation, undefined, s);
});
