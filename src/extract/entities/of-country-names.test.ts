import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const named = (text: string) => run(text).map((e) => [e.mentions[0].text, e.type, e.actor]);

test('the Government of a country is one organisation coded as that government', () => {
  assert.deepEqual(named('The Government of Peru rejected the offer on Tuesday.'), [['Government of Peru', 'ORG', 'PERGOV']]);
});

test("a court named after its country is one organisation with the cue word's agent", () => {
  const es = named('The Supreme Court of Kenya ruled against the election board.');
  assert.ok(es.some(([t, type, actor]) => t === 'Supreme Court of Kenya' && type === 'ORG' && actor === 'KENJUD'), JSON.stringify(es));
});

test('a person named before "of" and a country stays a person and a place', () => {
  const es = named('Maria Okafor of Nigeria won the race.');
  assert.ok(es.some(([t, type]) => t === 'Nigeria' && type === 'GPE'), JSON.stringify(es));
});
