import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { QuoteSchema, type Quote } from '../../model/quote.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';

/**
 * For tests: a function that parses a text and extracts its quotes with the shipped resources, checking each quote
 * against the schema and its span against its text. One parser and one set of resources per runner.
 * @returns `(text, entities = []) => quotes`
 * @throws AssertionError (from the returned function) when a quote breaks the schema or its span's slice is not its text
 */
export function createQuoteRunner(): (text: string, entities?: Entity[]) => Quote[] {
  const nlp = createNlp();
  const resources = loadQuoteResources();
  return (text, entities = []) => {
    const { quotes } = extractQuotes(nlp.parse(text), resources, entities, { name: 'quotes', version: 'test' });
    for (const q of quotes) {
      QuoteSchema.parse(q);
      assert.equal(text.slice(q.start, q.end), q.text);
    }
    return quotes;
  };
}
