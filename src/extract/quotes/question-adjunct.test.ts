import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { questionAfterAdjunct } from './question-adjunct.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const question = (text: string) => run(text).find((q) => q.cue?.text === 'asked');

// issue 5 leftover: a passive question lost its content when a time or occasion adjunct stood between "was asked" and
// the question ("was asked on Tuesday whether …" gave no quote at all, "was asked whether …" one)
test('"Ruiz was asked on Tuesday whether she would run again": the question after the adjunct is the content', () => {
  assert.equal(question('Ruiz was asked on Tuesday whether she would run again.')?.text, 'whether she would run again');
  assert.equal(question('The minister was asked during a radio interview if the tax would rise.')?.text, 'if the tax would rise');
  assert.equal(question('Hale was asked last week about the harbour contract.')?.text, 'the harbour contract');
});

test('an adjunct followed by no question word, or a verb inside it, gives no question', () => {
  const nlp = createNlp();
  const at = (text: string) => {
    const doc = nlp.parse(text);
    const end = doc.lower.indexOf('asked') + 1;
    return questionAfterAdjunct(doc, end, doc.sentences[0].endToken, new Uint8Array(doc.tokenCount));
  };
  assert.ok(at('Ruiz was asked on Tuesday whether she would run.') > 0);
  assert.equal(at('Ruiz was asked on Tuesday to resign.'), -1);
  assert.equal(at('Ruiz was asked at the hearing she attended whether it mattered.'), -1);
  assert.equal(at('Ruiz was asked whether she would run.'), -1);
});
