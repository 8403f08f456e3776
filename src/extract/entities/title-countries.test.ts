import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const mentions = (text: string) =>
  run(text).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ text: m.text, rule: m.provenance.rule, type: e.type, actor: e.actor })));

test('a country opening a person\'s title is a place mention too, and the person keeps the title\'s actor code', () => {
  const found = mentions('UK Foreign Secretary Marta Lindqvist flew to Oslo on Monday.');
  assert.deepEqual(found.find((m) => m.text === 'UK'), { text: 'UK', rule: 'title-country', type: 'GPE', actor: 'GBR' });
  assert.equal(found.find((m) => m.text === 'Marta Lindqvist')?.actor, 'GBRGOV');
});

test('a demonym opening a title adds no place, nor does a title without a country', () => {
  const found = mentions('Norwegian Prime Minister Marta Lindqvist met Senator Aldo Brenner.');
  assert.deepEqual(found.filter((m) => m.type === 'GPE'), []);
});
