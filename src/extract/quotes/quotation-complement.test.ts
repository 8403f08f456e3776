import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const quotesOf = createQuoteRunner();

test('"cannot continue \\"…\\"" is no cue of the quotation (review 18: a negated "continue" quote)', () => {
  const quotes = quotesOf('Ms Lind insists her office cannot continue "along this road of endless borrowing".');
  assert.ok(!quotes.some((q) => q.cue?.text === 'continue'), JSON.stringify(quotes.map((q) => q.cue?.text)));
});

test('"continued:" before a quotation still attributes it', () => {
  const quotes = quotesOf('The mayor continued: "We cannot go on like this."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].cue?.text, 'continued');
  assert.equal(quotes[0].speaker.mention?.text, 'The mayor');
});

test('a quotation after a sentence of the writer\'s own is not a piece of the mixed quote before it (review 18)', () => {
  const quotes = quotesOf('Jo Roe called the levy "a tax on work" in her speech. The hall went quiet for a moment. "We will repeal it on day one and we will not apologise for it."');
  const later = quotes.find((q) => q.text.startsWith('We will repeal'));
  assert.ok(later, JSON.stringify(quotes.map((q) => q.text)));
  assert.equal(later.parts, undefined);
  assert.equal(later.speaker.mention?.text, 'Jo Roe');
  assert.equal(later.cue, null);
});

test('a quotation right after the mixed quote\'s sentence still carries it on', () => {
  const quotes = quotesOf('Jo Roe called the levy "a tax on work" in her speech. "We will repeal it on day one and we will not apologise for it."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].parts?.length, 2);
});
