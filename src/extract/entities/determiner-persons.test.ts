import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const persons = (text: string) => extractEntities(nlp.parse(text), res).filter((e) => e.type === 'PERSON').map((e) => e.name);

test('a one-word person guess after a lower-case determiner is a capitalised noun, not a person', () => {
  // (without this step the tagger's guess "Emperor" was a person)
  assert.deepEqual(persons('Then the Emperor said that the war was over.'), []);
});

test('a name modifying the noun after the determiner stays a person', () => {
  assert.ok(persons('Senator Kowalczyk criticised the Kowalczyk administration for its budget.').includes('Kowalczyk'));
});
