import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { QuoteSchema, type Quote } from '../../model/quote.js';
import type { Span } from '../../model/span.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { PART_JOINER } from './quote-parts.js';
import { loadQuoteResources } from './resources.js';

/**
 * For tests: a function that parses a text and extracts its quotes with the shipped resources, checking each quote
 * against the schema and its spans against its text ({@link assertQuoteSpans}). One parser and one set of resources per runner.
 * @returns `(text, entities = []) => quotes`
 * @throws AssertionError (from the returned function) when a quote breaks the schema or its span's slice is not its text
 */
export function createQuoteRunner(): (text: string, entities?: Entity[]) => Quote[] {
  const nlp = createNlp();
  const resources = loadQuoteResources();
  return (text, entities = []) => {
    const { quotes } = extractQuotes(nlp.parse(text), resources, entities, { name: 'quotes', version: 'test' });
    for (const q of quotes) assertQuoteSpans(text, q);
    return quotes;
  };
}

/**
 * For tests: checks a quote against the schema and its spans against `text`: the content span's slice is its text, or,
 * for a discontinuous content, each part's slice is its text, the parts are in order and do not overlap, the content
 * span runs from the first part's start to the last part's end and the text joins the parts (`Quote.parts`).
 * @throws AssertionError when one of these does not hold
 */
export function assertQuoteSpans(text: string, q: Quote): void {
  QuoteSchema.parse(q);
  if (!q.parts) {
    assert.equal(text.slice(q.start, q.end), q.text);
    return;
  }
  assert.ok(q.parts.length >= 2, `${q.id}: parts hold two pieces or more`);
  for (let i = 0; i < q.parts.length; i++) {
    const p: Span = q.parts[i];
    assert.equal(text.slice(p.start, p.end), p.text);
    if (i > 0) assert.ok(q.parts[i - 1].end <= p.start, `${q.id}: parts in text order, not overlapping`);
  }
  assert.equal(q.start, q.parts[0].start);
  assert.equal(q.end, q.parts[q.parts.length - 1].end);
  assert.equal(q.text, q.parts.map((p) => p.text).join(PART_JOINER));
}

/**
 * For tests of content boundaries: each quote with a discontinuous content (`Quote.parts`) as one quote per part
 * (the part's span and text, the rest of the quote as it is), the way the pieces were before they were joined.
 * @param quotes quotes of one article
 * @returns the pieces in the quotes' order
 */
export function quotePieces(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    if (!q.parts) out.push(q);
    else for (const p of q.parts) out.push({ ...q, text: p.text, start: p.start, end: p.end, parts: undefined });
  }
  return out;
}
