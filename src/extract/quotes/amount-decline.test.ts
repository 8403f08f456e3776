import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const quotesOf = createQuoteRunner();

test('"declined" followed by an amount is a fall, not a refusal: no quote', () => {
  for (const text of [
    'Net profit at the shipping group declined 12 pct to 40 mln crowns.',
    'Revenue at the ferry line declined to 40 mln dlrs from 52 mln.',
    'The harbour index declined sharply by 4.5 points on Tuesday.',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [], text);
});

test('near misses: a refusal keeps its quote ("declined to comment", "declined an invitation", "declined to name 2 bidders")', () => {
  for (const [text, content] of [
    ['The mayor declined to comment on the dredging audit.', 'to comment on the dredging audit'],
    ['The mayor declined an invitation to the harbour gala.', 'an invitation to the harbour gala'],
    ['The mayor declined to name 2 bidders for the ferry line.', 'to name 2 bidders for the ferry line'],
    ['The ferry line declined more than 20 requests for interviews.', 'more than 20 requests for interviews'],
  ]) assert.deepEqual(quotesOf(text).map((q) => q.text), [content], text);
});
