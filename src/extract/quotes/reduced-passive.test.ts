import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

// user report: a noun-phrase subject of "expected" was read as the one who expects ("The bill" expecting "to pass …")
test('"The bill, expected to pass easily, would raise the minimum wage": the bill expects nothing, no quote', () => {
  assert.deepEqual(run('The bill, expected to pass easily, would raise the minimum wage.').map((q) => q.text), []);
});

test('"the old mine, thought to contain little copper, was sold …": a reduced passive of "thought", no quote', () => {
  assert.deepEqual(run('The old mine, thought to contain little copper, was sold to a local firm.').map((q) => q.text), []);
});

test('a participle clause after a clause with its own verb is a reduced passive too', () => {
  assert.deepEqual(run('The plan was unveiled ahead of the vote, expected to be held in June.').map((q) => q.text), []);
});

test('an active past tense after an apposition keeps its quote ("Jo Doe, a lawyer, expected to win the case")', () => {
  const [q] = run('Jo Doe, a lawyer, expected to win the case.');
  assert.equal(q?.text, 'to win the case');
  assert.equal(q?.speaker.mention?.text, 'Jo Doe');
});

test('the reported clause holding such a participle is still the speaker\'s', () => {
  const [q] = run('The senator said the bill, expected to pass easily, would help families.');
  assert.equal(q?.text, 'the bill, expected to pass easily, would help families');
});
