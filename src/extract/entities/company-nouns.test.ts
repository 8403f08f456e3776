import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const typeOf = (text: string, surface: string) => {
  const at = text.indexOf(surface);
  return run(text).find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length))?.type;
};

test('a name modifying "company" after "the" is the company', () => {
  const text = 'The chief of the Ukrainian state-owned Naftoprom company met the press.';
  assert.equal(typeOf(text, 'Naftoprom'), 'ORG');
  assert.equal(typeOf('The state-owned Kovalchuk company said prices would rise.', 'Kovalchuk'), 'ORG');
});

test('an indefinite article opens no company name', () => {
  const text = 'Travellers should call an Asian airline directly for an answer.';
  assert.notEqual(typeOf(text, 'Asian'), 'ORG');
});
