import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

test('a cue noun after a determiner and an adjective takes the subject of the verb before it as speaker, not "no formal"', () => {
  const [q] = run('The harbour board had no formal comment on the dredging report.');
  assert.equal(q?.speaker?.mention?.text, 'The harbour board');
  assert.equal(q?.text, 'the dredging report');
  const [r] = run('Mayor Ruiz made an impassioned call for an end to ferry fares.');
  assert.equal(r?.speaker?.mention?.text, 'Mayor Ruiz');
});

test('a quantifier before the cue word is its subject: "some note that …" keeps "some"', () => {
  const [q] = run('But some note that the ferry operator has never turned a profit.');
  assert.equal(q?.speaker?.mention?.text, 'some');
  assert.match(q?.text ?? '', /the ferry operator has never turned a profit/);
});

test('a participle-only form with no auxiliary modifies the noun before it: no speaker, no quote', () => {
  assert.deepEqual(run('Profits rose to £98m from the £63m seen a year earlier.').map((q) => q.text), []);
  assert.deepEqual(run('Harbour traffic slowed from the busy years seen in the 1990s.').map((q) => q.text), []);
  assert.deepEqual(run('The other known title of the game is Lantern Road.').map((q) => q.text), []);
});

test('the same participle after an auxiliary is still a cue: "have seen the port as …", "was seen as …"', () => {
  const [q] = run('Dock workers have seen the port as a lifeline for years.');
  assert.equal(q?.speaker?.mention?.text, 'Dock workers');
  assert.match(q?.text ?? '', /the port as a lifeline/);
  const [r] = run('The levy was seen as a threat to the harbour.');
  assert.match(r?.text ?? '', /as a threat to the harbour/);
});

test('a noun cue inside another cue\'s content keeps its reading: "Mr Roe said towns should have a greater say in …"', () => {
  const quotes = run('Writing in a newspaper, Mr Roe also said harbour towns should have a greater say in reforms.');
  assert.deepEqual(quotes.map((q) => [q.speaker?.mention?.text, q.text]), [['Mr Roe', 'harbour towns should have a greater say in reforms']]);
});
