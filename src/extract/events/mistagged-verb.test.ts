// Verbs the tagger reads as nouns (mistagged-verb.ts): past forms such as "shot", which wink tags NOUN in every
// context. Made-up sentences, with near-misses where the word is the noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2024-03-14', { validate: true });

test('"shot" after its subject and before its object is the verb, though the tagger reads it as a noun', () => {
  const ISR_MIL: EntitySpec = { id: 'isrmil', name: 'Israeli troops', type: 'ORG', actor: 'ISRMIL', country: 'ISR', surfaces: ['Israeli troops'] };
  const PSE: EntitySpec = { id: 'pse', name: 'Palestinians', type: 'NORP', actor: 'PSE', country: 'PSE', surfaces: ['Palestinians'] };
  assert.deepEqual(run('Israeli troops shot two Palestinians.', [ISR_MIL, PSE]), ['ISRMIL>PSE 193']);
  assert.deepEqual(run('Israeli troops shot at Palestinians near the fence.', [ISR_MIL, PSE]), ['ISRMIL>PSE 193']);
  // near-misses: a shot as a noun
  assert.deepEqual(run('An Israeli warship fired a warning shot at Palestinians.', [ISR_MIL, PSE]).filter((e) => e.endsWith(' 193')), []);
  assert.deepEqual(run('The first shot hit Palestinians.', [PSE]), []);
});
