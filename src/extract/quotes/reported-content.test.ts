import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

// PolNeAR train (issue 5, content boundaries): a raised predicate cut at the comma of an aside kept the "and" before it
// (made-up example below); no content ends on a dangling conjunction
test('a reported content never ends on a dangling "and" before a comma', () => {
  const quotes = run('The senator was expected to carry the state comfortably and, if the count holds, she will lead the ticket in July.');
  const raised = quotes.find((q) => q.cue?.text === 'expected');
  assert.ok(raised, 'the raised cue reads a content');
  assert.deepEqual(
    (raised.parts ?? [raised]).map((p) => p.text),
    ['The senator', 'to carry the state comfortably'],
  );
});
