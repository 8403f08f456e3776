import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

/** The one quote of `text` with its cue, speaker and content. */
function only(text: string): { cue: string | undefined; speaker: string | undefined; content: string } {
  const quotes = run(text);
  assert.equal(quotes.length, 1, `one quote in: ${text}`);
  const [q] = quotes;
  return { cue: q.cue?.text, speaker: q.speaker.mention?.text, content: q.text };
}

describe('cue interrupters (PolNeAR train misses: "has since said", "Ford itself said", "have in the past said")', () => {
  it('steps over "since" inside a perfect: "She has since said that …"', () => {
    assert.deepEqual(only('The mayor skipped the vote. She has since said that the delay was a mistake.'), {
      cue: 'said', speaker: 'She', content: 'that the delay was a mistake',
    });
  });

  it('steps over an intensifying reflexive after the subject: "The harbour board itself said …"', () => {
    assert.deepEqual(only('The harbour board itself said the dredging would stop.'), {
      cue: 'said', speaker: 'The harbour board', content: 'the dredging would stop',
    });
  });

  it('steps over a short adjunct inside the verb chain: "have in the past said", "has on several occasions argued"', () => {
    assert.deepEqual(only('Local fishermen have in the past said the quay floods every spring.'), {
      cue: 'said', speaker: 'Local fishermen', content: 'the quay floods every spring',
    });
    assert.deepEqual(only('The union has on several occasions argued that the rota is unsafe.'), {
      cue: 'argued', speaker: 'The union', content: 'that the rota is unsafe',
    });
  });

  it('takes no year after "since" as the speaker: "He has since 2019 said that …"', () => {
    assert.equal(only('He has since 2019 said that the ferry should be free.').speaker, 'He');
  });

  it('keeps a phrase ending in a preposition that follows no auxiliary as the subject: "The group of growers said"', () => {
    assert.equal(only('The group of growers said that prices fell.').speaker, 'The group of growers');
  });

  it('leaves the reflexive inside a raised subject: "The council itself seemed to …"', () => {
    const quotes = run('The council itself seemed to doubt the plan.');
    assert.ok(quotes.some((q) => q.parts?.[0].text === 'The council itself'), quotes.map((q) => q.text).join(' | '));
  });
  // PolNeAR train speaker errors: "both" or "all" between the subject (or its auxiliary) and the cue was read as the whole
  // speaker ("… have both said" gave the speaker "both")
  it('steps over a floated quantifier: "The two mayors have both said …", "The ferry crews all argued …"', () => {
    assert.equal(only('The two mayors have both said the bridge must close.').speaker, 'The two mayors');
    assert.equal(only('The ferry crews all argued that the timetable was unsafe.').speaker, 'The ferry crews');
    assert.equal(only('Ruiz and Hale each praised the budget.').speaker, 'Ruiz and Hale');
  });

  it('keeps a quantifier that opens its clause as the subject ("Both said …") and steps over none after "\'s"', () => {
    assert.equal(only('Both said the bridge must close.').speaker, 'Both');
    // (nor after a contracted "'s": an idiom with no speaker)
    assert.equal(run("It's all very well attacking the bus plan, but the mayor must act.").length, 0);
  });
});
