import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const persons = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name);

test('a one-word person guess after a lower-case determiner is a capitalised noun, not a person', () => {
  // (without this step the tagger's guess "Emperor" was a person)
  assert.deepEqual(persons('Then the Emperor said that the war was over.'), []);
});

test('a name modifying the noun after the determiner stays a person', () => {
  assert.ok(persons('Senator Kowalczyk criticised the Kowalczyk administration for its budget.').includes('Kowalczyk'));
});
