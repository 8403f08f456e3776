import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const quotesOf = createQuoteRunner();

test('a cue inside a question about what someone would say is no quote (review 18)', () => {
  const quotes = quotesOf('Pressed about whether she would comment on the harbour debts, Ana Ruiz replied: "That is not how I work."');
  assert.deepEqual(quotes.map((q) => q.cue?.text), ['replied']);
  assert.equal(quotes[0].speaker.mention?.text, 'Ana Ruiz');
});

test('the writer\'s forecast "will undoubtedly claim" is no quote, a plain "will claim" still is', () => {
  assert.deepEqual(quotesOf('The minister will undoubtedly claim the figures are out of date.'), []);
  const plain = quotesOf('The minister will claim the figures are out of date.');
  assert.equal(plain.length, 1);
  assert.equal(plain[0].text, 'the figures are out of date');
});

test('a "whether" in a clause of its own before the cue leaves the cue as it is', () => {
  const quotes = quotesOf('Nobody knows whether the plan works, but the mayor would say it has saved money.');
  assert.ok(quotes.some((q) => q.cue?.text === 'say' && q.text.startsWith('it has saved')), JSON.stringify(quotes.map((q) => q.text)));
});
