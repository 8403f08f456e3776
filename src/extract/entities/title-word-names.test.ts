import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-10');

test('a company name opening with a title word is the company, no king named World', () => {
  const text = 'NEW YORK, March 10 - King World Holdings Inc said it would buy two radio stations for 40 mln dlrs. King World said the deal would add to profit next year.';
  const entities = run(text);
  assert.ok(!entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text === 'World')), JSON.stringify(entities.map((e) => [e.type, e.name])));
  const company = entities.find((e) => e.mentions.some((m) => m.text === 'King World'));
  assert.equal(company?.type, 'ORG');
  assert.ok(company?.mentions.some((m) => m.text === 'King World Holdings Inc'));
});

test('a title word opening a station name makes a place, no titled person', () => {
  const entities = run('LONDON - Commuters waited for hours at Queen Mary station after a signal failure on Tuesday.');
  assert.ok(!entities.some((e) => e.type === 'PERSON' && e.actor !== null), JSON.stringify(entities.map((e) => [e.type, e.name, e.actor])));
});
