import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

test('the Turkish General Staff is the Turkish military, not a general named Staff', () => {
  const text = 'General Selim Aydan, deputy head of the Turkish General Staff, said winter drills would begin in May. The Turkish General Staff later said all leave was cancelled.';
  const es = run(text, '1987-03-27');
  const staff = es.find((e) => e.name === 'Turkish General Staff');
  assert.equal(staff?.type, 'ORG');
  assert.equal(staff?.actor, 'TURMIL');
  assert.ok(!es.some((e) => e.type === 'PERSON' && e.name === 'Staff'));
});

test('an officer named before ", <title> of the <country> General Staff" takes its code', () => {
  const text = 'General Selim Aydan, Deputy Chief of the Turkish General Staff, said on Friday that winter drills would begin in May.';
  const es = run(text, '1987-03-27');
  assert.equal(es.find((e) => e.name === 'Selim Aydan')?.actor, 'TURMIL');
});
