import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();
const typeOf = (text: string, surface: string) => entityWithMention(run(text), surface)?.type;

test('a known brand the tagger reads as a place is an organisation: "lunch at Taco Bell", "shares in Burger King"', () => {
  assert.equal(typeOf('We had a quick lunch at Taco Bell before the match.', 'Taco Bell'), 'ORG');
  assert.equal(typeOf('He later bought shares in Burger King and sold them in March.', 'Burger King'), 'ORG');
});

test('a known town stays a place even when a brand shares its name', () => {
  assert.equal(typeOf('The delegation flew on to Lagos and then to Abuja.', 'Lagos'), 'GPE');
});
