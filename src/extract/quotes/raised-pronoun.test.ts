import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

// user report: a raised subject read as the quote ("He" shown as content)
test('"He is expected to recognise …": no quote reads "He"; the predicate is the content', () => {
  const quotes = run('He is expected to recognise the new government next week.');
  assert.deepEqual(quotes.map((q) => q.text), ['to recognise the new government next week']);
});

test('a raised subject that is a noun phrase stays in the content: "The talks seem to be stalling"', () => {
  const quotes = run('The border talks seem to be stalling again.');
  // one quote of two parts
  assert.deepEqual(quotes.map((q) => q.parts?.map((p) => p.text)), [['The border talks', 'to be stalling again']]);
});
