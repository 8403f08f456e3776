// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presentInTemporalClause, presentTense, scheduledByTime } from './planned-act.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { nlp, brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru');

/** The token index of `word` (lower case) in the parsed `text`, and the parsed Doc. */
function at(text: string, word: string) {
  const doc = nlp.parse(text);
  return { doc, t: doc.lower.indexOf(word) };
}

test('the simple present is the base form or the -s, -es or -ies form; the past and the -ing form are not', () => {
  for (const [text, word, present] of [
    ['The envoys meet in Lima.', 'meet', true],
    ['The envoy meets the minister.', 'meets', true],
    ['The envoy pushes for talks.', 'pushes', true],
    ['The envoy flies to Lima.', 'flies', true],
    ['The envoy flew to Lima.', 'flew', false],
    ['The envoy is flying to Lima.', 'flying', false],
  ] as const) {
    const { doc, t } = at(text, word);
    assert.equal(presentTense(doc, t), present, text);
  }
});

test('a present-tense verb in a when/once/after clause is an act to come, also in the -ies form', () => {
  const once = at('The two sides will sign the pact once the Chilean envoy flies to Peru.', 'flies');
  assert.equal(presentInTemporalClause(once.doc, once.t, 0), true);
  const past = at('The two sides signed the pact once the Chilean envoy flew to Peru.', 'flew');
  assert.equal(presentInTemporalClause(past.doc, past.t, 0), false);
  // the main clause's verb opens no temporal clause
  const main = at('Chile occupies the islands of Peru.', 'occupies');
  assert.equal(presentInTemporalClause(main.doc, main.t, 0), false);
});

test('a trip in the -ies form in a clause about the future is a plan (036), no visit made; an occupation there, none', () => {
  // was CHL>PER 042: "flies" was not read as the present in a temporal clause, though "visits" was
  assert.deepEqual(brief('The two sides will sign the pact once the Chilean envoy flies to Peru.', [CHL, PER]), ['CHL>PER 036']);
  // was CHL>PER 192: a hostile act in such a clause is a case considered, not an occupation that took place
  assert.deepEqual(brief('Talks will resume after Chile occupies the islands of Peru.', [CHL, PER]), []);
  assert.deepEqual(brief('Chile occupies the islands of Peru.', [CHL, PER]), ['CHL>PER 192']);
});

test('a present or -ing trip followed by a time to come is scheduled; one with "last week" is not', () => {
  const next = at('The Chilean envoy flies to Peru next week.', 'flies');
  assert.equal(scheduledByTime(next.doc, next.t, next.doc.lower.length), true);
  const going = at('The Chilean envoy is going to Peru tomorrow.', 'going');
  assert.equal(scheduledByTime(going.doc, going.t, going.doc.lower.length), true);
  const last = at('The Chilean envoy flew to Peru last week.', 'flew');
  assert.equal(scheduledByTime(last.doc, last.t, last.doc.lower.length), false);
});
