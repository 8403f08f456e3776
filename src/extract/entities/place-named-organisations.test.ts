import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const entityOf = (text: string, surface: string) => extractEntities(nlp.parse(text), res).find((e) => e.mentions.some((m) => m.text === surface));

test('a business named after a known place is an organisation: "Staten Island Computers", "the Karachi Stock Exchange"', () => {
  assert.equal(entityOf('I bought the laptop at Staten Island Computers last week.', 'Staten Island Computers')?.type, 'ORG');
  const kse = entityOf('Shares on the Karachi Stock Exchange rose sharply on Monday.', 'Karachi Stock Exchange');
  assert.equal(kse?.type, 'ORG');
  assert.equal(kse?.country, 'PAK');
});

test('a place followed by a place word, or a known place as a whole, stays a place: "Tokyo Bay", "Mexico City"', () => {
  assert.notEqual(entityOf('The ferry crossed Tokyo Bay at dawn.', 'Tokyo Bay')?.type, 'ORG');
  assert.notEqual(entityOf('He was born in Mexico City in 1970.', 'Mexico City')?.type, 'ORG');
});
