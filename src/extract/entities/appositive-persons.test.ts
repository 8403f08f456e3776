import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

test('a name set off by commas before "said he" is a person, not an organisation', () => {
  const text = 'The head of the Ukrainian state-owned Naftoprom company, Ion Rusu, said he was pleased with the price.';
  const es = run(text);
  const rusu = es.find((e) => e.mentions.some((m) => m.text === 'Ion Rusu'));
  assert.equal(rusu?.type, 'PERSON');
});
