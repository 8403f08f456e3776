// Vowing revenge is a threat of force (CAMEO 138); help gained or needed is none given (07); a central bank's market operations are no force (190).
// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('2023-05-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const both = [CHL, PER];

test('vowing revenge, or to avenge or revenge an attack, is a threat of force against the attacker (138)', () => {
  // were CHL>PER 030 (a pledge) or nothing
  assert.deepEqual(brief('Chile vowed revenge against Peru.', both), ['CHL>PER 138']);
  assert.deepEqual(brief('Chile vowed on Tuesday to avenge the Peruvian attack on its border post.', both), ['CHL>PER 138']);
  assert.deepEqual(brief('Chile vowed to revenge an earlier Peruvian raid that killed two farmers.', both), ['CHL>PER 138']);
  // near misses: other pledges stay intents
  assert.deepEqual(brief('Chile vowed support for Peru.', both), ['CHL>PER 030']);
  assert.deepEqual(brief('Chile vowed to help Peru.', both), ['CHL>PER 033']);
});

test('help gained, needed or received is no aid given by the subject (070)', () => {
  // were CHL>BOL 070 (the subject's aid to a third party named after the help)
  const three = [...both, countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian'])];
  assert.deepEqual(brief("Chile hopes to gain Peru's help in stabilising Bolivia.", three), []);
  assert.deepEqual(brief('Chile needs Peruvian help to calm Bolivia.', three), []);
  assert.deepEqual(brief('Chile accepted Peruvian help for Bolivia.', three).filter((e) => e.endsWith(' 070')), []);
  // near misses: help given, or help wanted to be given
  assert.deepEqual(brief('Chile helped Peru to rebuild the bridge.', both), ['CHL>PER 070']);
  assert.deepEqual(brief('Chile wants to help Peru.', both), ['CHL>PER 033']);
  // change review: seeking or asking to help is the subject's own help, wanted (033), not help sought
  assert.deepEqual(brief('Chile is seeking to help Peru.', both), ['CHL>PER 033']);
});

test("a central bank's open market operations are no military operation (190, 1384)", () => {
  const bank = { id: 'bcch', name: 'Central Bank of Chile', type: 'ORG' as const, actor: 'CHLGOV', country: 'CHL', surfaces: ['Central Bank of Chile'] };
  // was CHLGOV>CHL 1384 (a threat of a military operation)
  assert.deepEqual(brief('The Central Bank of Chile said it will conduct open market operations next week.', [CHL, bank]), []);
  // near miss: military operations stay force
  assert.deepEqual(brief('Chile will conduct military operations in Peru.', both), ['CHL>PER 1384']);
});
