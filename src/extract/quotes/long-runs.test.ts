import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import type { Doc } from '../../nlp/doc.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';
import { createQuoteRunner } from './test-quotes.js';
import { timeRatio } from '../../test-support/time-ratio.js';

// Review 26: adversarial articles under the 1M-character limit whose quote extraction took time in n².
const nlp = createNlp();
const resources = loadQuoteResources();
const extract = (doc: Doc) => extractQuotes(doc, resources, [], { name: 'quotes', version: 'test' });

test('a paragraph of 20,000 short quotations without a cue costs time in their number', () => {
  const text = (n: number) => 'The talks went well. ' + '"Yes" '.repeat(n);
  const ratio = timeRatio(extract, nlp.parse(text(5_000)), nlp.parse(text(20_000)));
  assert.ok(ratio < 9, `4× the quotations took ${ratio.toFixed(1)}× the time`);
});

test('a paragraph of 8,000 sentences each opening a parenthesis costs time in their number', () => {
  const text = (n: number) => 'Jo (left. '.repeat(n);
  const ratio = timeRatio(extract, nlp.parse(text(2_000)), nlp.parse(text(8_000)));
  assert.ok(ratio < 9, `4× the sentences took ${ratio.toFixed(1)}× the time`);
});

test('a sentence of 20,000 bare cues ("said, said, …") costs time in their number', () => {
  // each cue looked for the nearest quotation mark on either side by walking to the sentence edge (quote-edges.ts)
  const text = (n: number) => 'said, '.repeat(n);
  const ratio = timeRatio(extract, nlp.parse(text(5_000)), nlp.parse(text(20_000)));
  assert.ok(ratio < 9, `4× the cues took ${ratio.toFixed(1)}× the time`);
});

test('a quotation still carries on the speaker of the paragraph before, and of an earlier one in its own', () => {
  const run = createQuoteRunner();
  const quotes = run('"We will build the road," said Mayor Ana Ruiz. "It opens in May." The hall went quiet. "Then we pave it."\n"And we will not stop there."');
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0].parts?.map((p) => p.text), ['We will build the road', 'It opens in May.', 'Then we pave it.', 'And we will not stop there.']);
  assert.equal(quotes[0].speaker?.mention?.text, 'Mayor Ana Ruiz');
});
