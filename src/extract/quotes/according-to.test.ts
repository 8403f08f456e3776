import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

test('"That\'s according to X" reports the pronoun that stands for what was said before', () => {
  const quotes = run('The mill will shut in May and 300 workers will lose their jobs. That\u2019s according to a union organiser at the site.');
  const q = quotes.find((x) => x.cue?.text === 'according to');
  assert.ok(q, 'the source is found');
  assert.equal(q.text, 'That');
  assert.equal(q.speaker.mention?.text, 'a union organiser at the site');
  const and = run('Ticket sales doubled in a year. And this was according to the club\u2019s own accounts.').find((x) => x.cue?.text === 'according to');
  assert.equal(and?.text, 'this');
});

test('"according to plan" stays no source, and a longer clause before the source is still its content', () => {
  assert.equal(run('That is according to plan, the coach said.').filter((x) => x.cue?.text === 'according to').length, 0);
  const q = run('The bridge will reopen in June, according to the county engineer.').find((x) => x.cue?.text === 'according to');
  assert.equal(q?.text, 'The bridge will reopen in June');
});
