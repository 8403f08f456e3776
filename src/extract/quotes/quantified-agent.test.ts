import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNlp } from '../../nlp/nlp.js';
import { quantifiedAgent } from './quantified-agent.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const nlp = createNlp();

describe('passive agents opening with a quantifier or a number', () => {
  for (const [text, speaker, content] of [
    ['The ferry levy was opposed by most growers.', 'most growers', 'The ferry levy'],
    ['The new rota was criticized by many of the nurses.', 'many of the nurses', 'The new rota'],
    ['The harbour plan was backed by nearly 7 in 10 of the residents.', 'nearly 7 in 10 of the residents', 'The harbour plan'],
  ] as const) {
    it(`reads "${speaker}" as the agent of "${text}"`, () => {
      const quotes = run(text);
      assert.deepEqual(
        quotes.map((q) => [q.speaker.mention?.text, q.text]),
        [[speaker, content]],
      );
    });
  }

  it('finds no quantified agent where no quantifier or number opens the phrase: "by phone", "by the way"', () => {
    for (const text of ['by phone', 'by the way']) {
      const doc = nlp.parse(text);
      assert.equal(quantifiedAgent(doc, 1, doc.tokenCount), null, text);
    }
  });
});
