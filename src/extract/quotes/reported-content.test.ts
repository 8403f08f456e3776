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

// PolNeAR train (issue 5, cue F1 by cause: a gold cue on a matched content, ours elsewhere): the that-clause after a
// relative clause set off by a comma is the relative verb's, not the inverted cue's; the cue reports the clause before it
test('"…, said X, who notes that …" gives the clause before the cue to "said" and the that-clause to "notes"', () => {
  const quotes = run('The offer falls short, said Tom Hale, a trader at Brixton, who notes that the port has promised to trim its fees.');
  const said = quotes.find((q) => q.cue?.text === 'said');
  assert.equal(said?.text, 'The offer falls short');
  assert.equal(said?.speaker.mention?.text, 'Tom Hale');
  const notes = quotes.find((q) => q.cue?.text === 'notes');
  assert.equal(notes?.text, 'that the port has promised to trim its fees');
});
