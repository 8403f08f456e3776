import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const quotesOf = createQuoteRunner();

test('"Neither X nor Y wished to comment" is a negated quote (review 18)', () => {
  const quotes = quotesOf('Neither the harbour board nor the ferry union would comment on the audit.');
  assert.ok(quotes.length > 0, 'the refusal is kept as a quote');
  for (const q of quotes) assert.equal(q.negated, true, `"${q.text}" is negated`);
});

test('a subject opening with "nobody" or "none of" negates the cue', () => {
  for (const text of ['Nobody at the depot would confirm the closure.', 'None of the three bidders commented on the ruling.']) {
    const quotes = quotesOf(text);
    assert.ok(quotes.length > 0, `a quote in: ${text}`);
    for (const q of quotes) assert.equal(q.negated, true, `"${q.text}" is negated`);
  }
});

test('a subject that names someone keeps the cue as it is', () => {
  const quotes = quotesOf('The harbour board said the audit was late.');
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0].negated, true);
});

test('"had no formal comment on", "was unable to say", "was unavailable to comment" are negated: nothing was said', () => {
  for (const text of [
    'The harbour board had no formal comment on the dredging report.',
    'A spokesman for the ferry line was unable to say when the service would resume.',
    'The ferry line was unavailable to comment on the timetable.',
  ]) {
    const quotes = quotesOf(text);
    assert.ok(quotes.length > 0, `a quote in "${text}"`);
    for (const q of quotes) assert.equal(q.negated, true, `"${q.text}" is negated`);
  }
});

test('near misses stay asserted: "was able to say", "said there was no doubt …"', () => {
  for (const text of ['A spokesman for the ferry line was able to say when the service would resume.', 'The mayor said there was no doubt the ferry would run.']) {
    const quotes = quotesOf(text);
    assert.ok(quotes.length > 0, `a quote in "${text}"`);
    for (const q of quotes) assert.notEqual(q.negated, true, `"${q.text}" is not negated`);
  }
});

test('"declined to comment", "refused to say", "declined further comment" are negated: a refusal to speak', () => {
  for (const text of [
    'The harbour board declined to comment on the dredging report.',
    'The ferry line refused to say when the service would resume.',
    'The harbour board declined further comment on the audit.',
  ]) {
    const quotes = quotesOf(text);
    assert.ok(quotes.length > 0, `a quote in "${text}"`);
    for (const q of quotes) assert.equal(q.negated, true, `"${q.text}" is negated`);
  }
});

test('a negated refusal to speak is no negation: "did not refuse to comment" is a comment', () => {
  const quotes = quotesOf('The harbour master did not refuse to comment on the dredging report.');
  assert.ok(quotes.length > 0);
  for (const q of quotes) assert.notEqual(q.negated, true, `"${q.text}" is not negated`);
});

test('near misses: a refusal to act ("refused to drop the levy", "declined an invitation") is not a withheld statement', () => {
  for (const text of ['The harbour board refused to drop the mooring levy.', 'The harbour board declined an invitation to the gala.']) {
    const quotes = quotesOf(text);
    assert.ok(quotes.length > 0, `a quote in "${text}"`);
    for (const q of quotes) assert.notEqual(q.negated, true, `"${q.text}" is not negated`);
  }
});
