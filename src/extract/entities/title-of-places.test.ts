import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const named = (text: string) => run(text).map((e) => [e.mentions[0].text, e.type, e.actor]);

test('a reigning title of a country is a person coded as that government', () => {
  const es = named('The Sultan of Oman received the envoy on Sunday.');
  assert.ok(es.some(([t, type, actor]) => t === 'Sultan of Oman' && type === 'PERSON' && actor === 'OMNGOV'), JSON.stringify(es));
});

test('the place in a title is no surname: the city named alone stays a place', () => {
  const es = named('The Duke of Lisbon was born there. Lisbon is a busy port.');
  assert.ok(es.some(([t, type]) => t === 'Duke of Lisbon' && type === 'PERSON'), JSON.stringify(es));
  assert.ok(es.some(([t, type]) => t === 'Lisbon' && type === 'GPE'), JSON.stringify(es));
});
