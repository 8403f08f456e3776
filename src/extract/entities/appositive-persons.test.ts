import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();

test('a name set off by commas before "said he" is a person, not an organisation', () => {
  const text = 'The head of the Ukrainian state-owned Naftoprom company, Ion Rusu, said he was pleased with the price.';
  const es = extractEntities(nlp.parse(text), res);
  const rusu = es.find((e) => e.mentions.some((m) => m.text === 'Ion Rusu'));
  assert.equal(rusu?.type, 'PERSON');
});
