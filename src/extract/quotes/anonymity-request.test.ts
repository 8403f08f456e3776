import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const quotesOf = createQuoteRunner();

test('"declined to be named", "asked not to be identified": a request to stay unnamed is no quote', () => {
  for (const [text, contents] of [
    ['The clerk at the ferry office refused to be identified.', []],
    ['A dock worker, who declined to be quoted by name, said pay was late.', ['pay was late']],
    ['An aide, who asked not to be identified because he was not authorised to speak, said talks had stalled.', ['talks had stalled']],
  ] as const) assert.deepEqual(quotesOf(text).map((q) => q.text), contents, text);
});

test('near misses: "asked to be named chair of the board" (an appointment) and "declined to be drawn on" keep their quote', () => {
  for (const [text, content] of [
    ['The mayor asked to be named chair of the harbour board.', 'to be named chair of the harbour board'],
    ['The mayor declined to be drawn on the dredging audit.', 'to be drawn on the dredging audit'],
  ]) assert.ok(quotesOf(text).some((q) => q.text === content), text);
});
