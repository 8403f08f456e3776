import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const entityOf = (text: string, surface: string) => extractEntities(nlp.parse(text), res).find((e) => e.mentions.some((m) => m.text === surface));

test('an acronym defined in parentheses names the same entity as its long form, with its type', () => {
  const text = 'Crews gathered at the Marlow Launch Center (MLC) on Friday. Staff at MLC cheered the landing.';
  const e = entityOf(text, 'Marlow Launch Center');
  assert.equal(e?.type, 'FAC');
  assert.equal(e?.mentions.filter((m) => m.text === 'MLC').length, 2);
});

test('a long form takes the actor code the knowledge base gives its acronym', () => {
  const e = entityOf('Figures from the International Labour Organisation (ILO) showed a rise. The ILO said so.', 'International Labour Organisation');
  assert.ok(e?.actor?.startsWith('IGO'), String(e?.actor));
  assert.ok(e?.mentions.some((m) => m.text === 'ILO'));
});

test('letters in parentheses that are not the initials of the name before them are no acronym of it', () => {
  const e = entityOf('Shares of the Northgate Shipping Company (NYSE) fell. The NYSE closed early.', 'Northgate Shipping Company');
  assert.ok(!e?.mentions.some((m) => m.text === 'NYSE'));
});
