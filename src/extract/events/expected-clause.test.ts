// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';
import { expectedClause } from './expected-clause.js';

const { brief, nlp } = createEventRunner('1990-08-20');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Lima']);
const both = [CHL, PER];

test("a future act in a clause someone expects, predicts or hopes for is no intent of the clause's subject", () => {
  // were PER>CHL 0356 (an intent to withdraw Peru never stated)
  assert.deepEqual(brief('Chile expects that Peru will withdraw its army from Chile.', both), []);
  assert.deepEqual(brief('Analysts predict that Peru will withdraw its army from Chile.', both), []);
  assert.deepEqual(brief('The Chilean president said he left the meeting without much hope that Peru would pull its army out of Chile.', both), []);
  // was PER>CHL 1313 (a threat to cut ties)
  assert.deepEqual(brief('There were fears that Peru would withdraw its ambassador from Chile.', both), []);
});

test('near misses: an intent reported by a verb of saying, or hoped for by its own subject, is still coded', () => {
  assert.deepEqual(brief('Chile said Peru would withdraw its army from Chile.', both), ['PER>CHL 0356']);
  assert.deepEqual(brief('Chile hopes it will withdraw its army from Peru.', both), ['CHL>PER 0356']);
  assert.deepEqual(brief('Chile will hold talks with Peru.', both), ['CHL>PER 036']);
});

test('a relative clause with its subject left out is read as expected too', () => {
  const text = 'It was an election that many hope will allow the troops to leave.';
  const doc = nlp.parse(text);
  const allow = doc.lower.indexOf('allow');
  assert.equal(expectedClause(doc, allow, 0), true);
  const said = nlp.parse('The minister said the troops will leave.');
  assert.equal(expectedClause(said, said.lower.indexOf('leave'), 0), false);
});
