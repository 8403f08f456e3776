import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { openingSubordinator } from './opening-subordinator.js';
import { CLAUSE_OPENERS } from './reported-content.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const content = (text: string, cue: string) => run(text).find((q) => q.cue?.text === cue)?.text;

// PolNeAR train: a cue inside a fronted subordinate clause read the main clause after the comma into its content
// when the subordinator did not open the sentence ("However, while the RNC says …, they are …")
test('a fronted clause after an opening adverbial and its comma ends its content at the clause\'s comma', () => {
  assert.equal(
    content('However, while the league says it is close to its target, it has found few sponsors among the big banks.', 'says'),
    'it is close to its target',
  );
  assert.equal(
    content('In March 1998, after the mill asked workers to accept a pay freeze, 900 employees walked out.', 'asked'),
    'workers to accept a pay freeze',
  );
});

test('a fronted clause after adverbs right before its subordinator ends its content at the clause\'s comma', () => {
  assert.equal(content('Just when the growers thought the drought was over, the wells ran dry again.', 'thought'), 'the drought was over');
});

test('a sentence opening with its subordinator keeps the rule it had', () => {
  assert.equal(content('While the league says it is close to its target, it has found few sponsors.', 'says'), 'it is close to its target');
});

test('a clause set off after the subject ends its content at its comma; the main clause\'s cue after it reads on', () => {
  assert.equal(
    content('Ms Varga, though she praised the judge and said senators should give him a hearing, stopped short of backing him.', 'said'),
    'senators should give him a hearing',
  );
  assert.equal(
    content('The mayor, after a long meeting, said the growers would get the water, a deal that angered the city.', 'said'),
    'the growers would get the water, a deal that angered the city',
  );
});

test('the main clause\'s cue after an opening adverbial still reads its whole clause', () => {
  assert.equal(
    content('In March, the mill said workers would accept a pay freeze, a cut of 3 percent.', 'said'),
    'workers would accept a pay freeze, a cut of 3 percent',
  );
});

test('an adverb set off by commas, a verb in the lead or a quotation is no opening of a fronted clause', () => {
  const nlp = createNlp();
  const at = (text: string) => {
    const doc = nlp.parse(text);
    const none = new Uint8Array(doc.tokenCount);
    const k = openingSubordinator(doc, 0, doc.tokenCount, none, CLAUSE_OPENERS);
    return k < 0 ? null : doc.lower[k];
  };
  assert.equal(at('However, while the league says it is close, it has few sponsors.'), 'while');
  assert.equal(at('Just when the growers thought so, the wells ran dry.'), 'when');
  assert.equal(at('Much of that money, though, went to consultants.'), null);
  assert.equal(at('The league said, while it is close, it has few sponsors.'), null);
  assert.equal(at('Last week, when the growers met, the wells ran dry.'), 'when');
  assert.equal(at('The mayor, after a long meeting that ran late into the night, said no.'), 'after');
  assert.equal(at('The mayor, who had met the growers after the vote, said no.'), null);
});
