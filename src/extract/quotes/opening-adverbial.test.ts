import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

// BBC and Reuters: a sentence-opening adverbial with no comma was read into the speaker ("instance the Bundesbank").
const run = createQuoteRunner();

test('a prepositional adverbial opening the sentence is not part of the speaker ("For instance the Bundesbank said …")', () => {
  const cases: [string, string][] = [
    ['For instance the Bundesbank said it would cut rates.', 'the Bundesbank'],
    ['In London the Treasury said rates would rise.', 'the Treasury'],
    ['In Ruritania Mr Roe said rates would rise.', 'Mr Roe'],
    ['For example Mr Roe said rates would rise.', 'Mr Roe'],
    ['In a statement Ms Doe said rates would rise.', 'Ms Doe'],
    ['In Ruritania Vice President Jo Doe said rates would rise.', 'Vice President Jo Doe'],
    ['Speaking to reporters the minister said rates would rise.', 'the minister'],
  ];
  for (const [text, speaker] of cases) assert.equal(run(text)[0]?.speaker.mention?.text, speaker, text);
});

test('a time phrase opening the sentence is not part of the speaker ("Last week Mr Roe said …")', () => {
  assert.equal(run('Last week Mr Roe said rates would rise.')[0]?.speaker.mention?.text, 'Mr Roe');
});

test('a speaker phrase with no adverbial before it keeps its words ("This year\'s budget report", "The head of the Bank of Ruritania")', () => {
  assert.equal(run("This year's budget report said rates would rise.")[0]?.speaker.mention?.text, "This year's budget report");
  assert.equal(run('The head of the Bank of Ruritania said rates would rise.')[0]?.speaker.mention?.text, 'The head of the Bank of Ruritania');
  assert.equal(run('In London Prime Minister Jo Roe said rates would rise.')[0]?.speaker.mention?.text, 'Prime Minister Jo Roe');
});

test('a description before a name after a subordinator stays in the speaker ("after producers\' cartel Opec said", "As party leader Jo Roe claimed")', () => {
  assert.equal(run("Oil fell after producers' cartel Opec said it would not cut output.")[0]?.speaker.mention?.text, "producers' cartel Opec");
  assert.equal(run('As party leader Jo Roe claimed the tax was unfair, the vote went ahead.')[0]?.speaker.mention?.text, 'party leader Jo Roe');
  assert.equal(run('In Ruritania regulator chief Jo Roe said rates would rise.')[0]?.speaker.mention?.text, 'Ruritania regulator chief Jo Roe');
});

test('the antecedent of a relative pronoun after a preposition keeps its description ("a challenge from Tory leader Jo Roe who said")', () => {
  const [q] = run('The premier was responding to a challenge from Tory leader Jo Roe who said taxes would rise.');
  // (the entities layer's relative-who rule then picks the person out of it: relative-who-speaker.ts)
  assert.equal(q?.speaker.mention?.text, 'a challenge from Tory leader Jo Roe');
});
