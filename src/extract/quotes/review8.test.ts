import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteSchema, type Quote } from '../../model/quote.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';

// Regressions from review 8 (a researcher's hand check of quotes on 22 real articles); every sentence here is our own
// wording of the failing shape.
const nlp = createNlp();
const resources = loadQuoteResources();

function run(text: string): Quote[] {
  const { quotes } = extractQuotes(nlp.parse(text), resources, [], { name: 'quotes', version: 'test' });
  for (const q of quotes) {
    QuoteSchema.parse(q);
    assert.equal(text.slice(q.start, q.end), q.text);
  }
  return quotes;
}

test('a page link with its screen-reader suffix is no label-line quote ("Our Standards: The … Principles., opens new tab")', () => {
  assert.deepEqual(run('Our Standards: The Harbour Press Trust Principles., opens new tab'), []);
  assert.deepEqual(run('Corrections Policy: How we correct our stories (opens in a new window)'), []);
  const [q] = run('Mayor Okafor: The ferry will run again by spring');
  assert.equal(q.provenance.rule, 'label-line');
});

test('a straight double mark typed for an apostrophe in wire copy neither closes nor opens a quotation (We don"t …)', () => {
  const quotes = run('"We don"t expect any trouble with the auditors," Mendes said. "The regulators agree."');
  assert.equal(quotes[0].text, 'We don"t expect any trouble with the auditors');
  assert.equal(quotes[0].speaker.mention?.text, 'Mendes');
  assert.ok(quotes.every((q) => q.speaker.mention?.text === 'Mendes'));
});

test('the hedge "X is believed to …" with no holder is no quote, while a stated holder keeps the attribution', () => {
  assert.deepEqual(run('The valley is believed to hold large reserves of copper.'), []);
  const [q] = run('The valley is believed to hold large reserves of copper, the ministry said.');
  assert.equal(q.speaker.mention?.text, 'the ministry');
  assert.equal(q.text, 'The valley is believed to hold large reserves of copper');
  const [r] = run('The ferry is expected to sail on Monday.');
  assert.equal(r.provenance.rule, 'indirect-raised');
});

test('a capitalised subordinator opening the sentence is no speaker ("When asked whether …, the minister said")', () => {
  const quotes = run('When asked whether she backed the plan, the minister said she did.');
  const asked = quotes.find((q) => q.cue?.text === 'asked');
  assert.ok(asked, 'the question is still reported');
  assert.equal(asked.speaker.mention, null);
  assert.ok(quotes.every((q) => q.speaker.mention?.text !== 'When'));
});

test('a reported content stops at a bullet joining feed items, on the far side from its cue ("… speaks • X, officials say")', () => {
  const [q] = run('Aunt of sailor lost at sea speaks • Harbour fees will double next year, officials say');
  assert.equal(q.text, 'Harbour fees will double next year');
  const [r] = run('Jailed reporter Ola Berg denied that he had spied in Oslo • Storm closes northern ports • Watch the moment a whale surfaces');
  assert.equal(r.text, 'that he had spied in Oslo');
});
