import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });
const places = (text: string) => extractEntities(nlp.parse(text), res).flatMap((e) => e.mentions.map((m) => `${m.text} ${e.type} ${e.actor ?? '-'}`));

test('"Washington D.C." and "Washington DC" are one place, not the US government', () => {
  assert.deepEqual(places('Protesters marched in Washington D.C. on Sunday.'), ['Washington D.C. GPE -']);
  assert.deepEqual(places('She moved to Washington DC last year.'), ['Washington DC GPE -']);
});

test('"Washington" alone acting is still the government', () => {
  assert.deepEqual(places('Washington rejected the proposal.'), ['Washington GPE USAGOV']);
});
