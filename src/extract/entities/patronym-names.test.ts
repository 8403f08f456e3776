import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const entities = (text: string) => extractEntities(nlp.parse(text), res).map((e) => `${e.type}:${e.name}`);

test('a name going on over "bint" or "bin" is one person, also at the start of a sentence', () => {
  const es = entities('Princess Reema bint Bandar al-Saud will become the first woman to lead the mission.');
  assert.ok(es.some((e) => e.startsWith('PERSON:') && e.includes('bint Bandar al-Saud')), es.join(', '));
  assert.ok(!es.some((e) => e.startsWith('GPE:') || e.startsWith('LOC:')), es.join(', '));
});
