import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const entities = (text: string) => run(text).map((e) => `${e.type}:${e.name}`);

test('a name going on over "bint" or "bin" is one person, also at the start of a sentence', () => {
  const es = entities('Princess Noura bint Khalid al-Rashid is set to be the first woman to head the mission.');
  assert.ok(es.some((e) => e.startsWith('PERSON:') && e.includes('bint Khalid al-Rashid')), es.join(', '));
  assert.ok(!es.some((e) => e.startsWith('GPE:') || e.startsWith('LOC:')), es.join(', '));
});

test('"Sheikh" inside a Somali name is part of it, not an honorific opening a second person', () => {
  // fresh-eyes review 27: were "Hassan" and "Mohamud", two persons
  const es = entities("Somalia's president Hassan Sheikh Mohamud vowed to defeat the militants. Farah Sheikh Ali said he would run.");
  assert.ok(es.includes('PERSON:Hassan Sheikh Mohamud'), es.join(', '));
  assert.ok(es.includes('PERSON:Farah Sheikh Ali'), es.join(', '));
  assert.ok(!es.includes('PERSON:Mohamud') && !es.includes('PERSON:Ali'), es.join(', '));
  // near miss: an honorific after a comma opens another person
  const two = entities('The talks were led by Ahmed Noor, Sheikh Ali said.');
  assert.ok(two.includes('PERSON:Ali') || two.some((e) => e.endsWith(':Sheikh Ali')), two.join(', '));
});
