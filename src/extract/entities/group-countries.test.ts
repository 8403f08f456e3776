import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const mentions = (text: string) =>
  run(text).flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => ({ text: m.text, rule: m.provenance.rule, type: e.type, actor: e.actor })));

test('a country before a lower-case group noun is a place mention too, and the group keeps its actor code', () => {
  const found = mentions('Protesters in Ramadi threw stones at US troops on Friday.');
  assert.deepEqual(found.find((m) => m.text === 'US'), { text: 'US', rule: 'group-country', type: 'GPE', actor: 'USA' });
  assert.equal(found.find((m) => m.text === 'US troops')?.actor, 'USAMIL');
});

test('a determiner before the country is left out of the place', () => {
  const found = mentions('Villagers said the US army had left the valley.');
  assert.equal(found.find((m) => m.rule === 'group-country')?.text, 'US');
});

test('a demonym before a group noun and a capitalised group name add no place', () => {
  const found = mentions('Iraqi troops and the U.S. Army patrolled the road near Baiji.');
  assert.deepEqual(found.filter((m) => m.rule === 'group-country'), []);
});
