import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const entities = (text: string) => run(text).map((e) => `${e.type}:${e.name}`);

test('a name going on over "bint" or "bin" is one person, also at the start of a sentence', () => {
  const es = entities('Princess Noura bint Khalid al-Rashid is set to be the first woman to head the mission.');
  assert.ok(es.some((e) => e.startsWith('PERSON:') && e.includes('bint Khalid al-Rashid')), es.join(', '));
  assert.ok(!es.some((e) => e.startsWith('GPE:') || e.startsWith('LOC:')), es.join(', '));
});
