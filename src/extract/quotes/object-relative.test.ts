import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const parts = (text: string) => run(text).map((q) => [q.cue?.text, q.parts?.map((p) => p.text) ?? q.text]);

// PolNeAR train: the relative pronoun before the speaker is the first part of the gold content ("which … the Mexican
// government should pay for"); detente read only the clause after the cue
test('"a sea wall, which the mayor said the state should pay for": the object relative pronoun is the first part', () => {
  assert.deepEqual(parts('They want a sea wall, which the mayor said the state should pay for.').at(-1), ['said', ['which', 'the state should pay for']]);
  assert.deepEqual(parts('The new ruling, which the ministry has vowed to ignore, came on Friday.'), [['vowed', ['which', 'to ignore']]]);
  assert.deepEqual(parts('She had twin girls, whom they named Ana and Eva.'), [['named', ['whom', 'Ana and Eva']]]);
  assert.deepEqual(parts('That is exactly what the coach wanted to hear.'), [['wanted', ['what', 'to hear']]]);
});

test('a relative pronoun after a preposition, or before a that-clause, is no part of the content', () => {
  // "in which": the pronoun belongs to the preposition; the that-clause is what was said
  assert.deepEqual(parts('He gave a speech in which he said that taxes would fall.'), [['said', 'that taxes would fall']]);
  const [[, content]] = parts('The interview, which she said that she regretted, aired late.');
  assert.ok(typeof content === 'string' && content.startsWith('that she regretted'), String(content));
});
