import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tickerStartBefore } from './bracketed-ticker.js';
import { createNlp } from './nlp.js';
import { createQuoteRunner } from '../extract/quotes/test-quotes.js';

const nlp = createNlp();

/** The text from the ticker's "<" to the token `word` (its ">"), or null when `word` closes no ticker. */
function tickerEndingAt(text: string, nth: number): string | null {
  const doc = nlp.parse(text);
  const closes = [];
  for (let t = 0; t < doc.tokenCount; t++) if (doc.lower[t] === '>') closes.push(t);
  const k = closes[nth];
  const start = tickerStartBefore(doc, k, 0);
  return start < 0 ? null : text.slice(doc.starts[start], doc.ends[k]);
}

test('a ticker in angle brackets, with or without an exchange suffix, ends at its closing bracket', () => {
  assert.equal(tickerEndingAt('Acme Corp <ACME> said sales rose.', 0), '<ACME>');
  assert.equal(tickerEndingAt('Brelvo Holdings <BRVH.L> said sales rose.', 0), '<BRVH.L>');
  assert.equal(tickerEndingAt('Quell Telephone <Q&T> said sales rose.', 0), '<Q&T>');
  // brackets around words or an empty pair are no ticker
  assert.equal(tickerEndingAt('The index <fell sharply> on Monday.', 0), null);
  assert.equal(tickerEndingAt('The arrow <> points left.', 0), null);
});

test('the company before a ticker is the speaker of its cue', () => {
  const run = createQuoteRunner();
  for (const text of ['Acme Corp <ACME> said its profit rose 20 pct in 1986.', 'Brelvo Holdings <BRVH.L> said its profit rose 20 pct in 1986.']) {
    const q = run(text).find((x) => x.cue?.text === 'said');
    assert.equal(q?.text, 'its profit rose 20 pct in 1986', text);
    assert.equal(q?.speaker.mention?.text, text.split(' <')[0], text);
  }
});
