// Who can make a statement (CAMEO 01) and what it is about. The sentences are our own, written to have the shape of
// failing wire copy, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

const nlp = createNlp();
const resources = loadEventResources();
const CAN_ADJ: EntitySpec = { id: 'can-adj', name: 'Canadian', type: 'NORP', actor: 'CAN', country: 'CAN', surfaces: ['Canadian'] };
const CAN: EntitySpec = { id: 'can', name: 'Canada', type: 'GPE', actor: 'CAN', country: 'CAN', surfaces: ['Canada'] };
const BRA: EntitySpec = { id: 'bra', name: 'Brazil', type: 'GPE', actor: 'BRA', country: 'BRA', surfaces: ['Brazil'] };
const BRA_ADJ: EntitySpec = { id: 'bra-adj', name: 'Brazilian', type: 'NORP', actor: 'BRA', country: 'BRA', surfaces: ['Brazilian'] };
const TORONTO: EntitySpec = { id: 'tor', name: 'Toronto', type: 'GPE', actor: null, country: 'CAN', surfaces: ['Toronto'] };
const VALE: EntitySpec = { id: 'vale', name: 'Vale Corp', type: 'ORG', actor: 'BRABUS', country: 'BRA', surfaces: ['Vale Corp'] };

function brief(text: string, specs: EntitySpec[]): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published: '1988-05-10', text }, doc, entitiesFor(text, specs), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

test('a nationality word opening an unknown company name is not the country speaking', () => {
  assert.deepEqual(brief('Canadian Pacific Air Lines said it began weekly service to Brazil.', [CAN_ADJ, BRA]), []);
  // (the tagger reads the second word of the name as a verb here)
  assert.deepEqual(brief('Canadian Express said it has a general understanding with Brazil.', [CAN_ADJ, BRA]), []);
  // the country itself, or its officials, still speak
  assert.deepEqual(brief('Canada said it would expand its trade with Brazil.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('people known only by their place make no statement', () => {
  assert.deepEqual(brief('Metal traders in Toronto said Vale Corp raised its nickel price on Monday.', [TORONTO, VALE]), []);
});

test('a country word that only modifies a noun is no target of a statement', () => {
  assert.deepEqual(brief('Canada said its warplanes sighted two ships off the Brazilian coast overnight.', [CAN, BRA_ADJ]), []);
  assert.deepEqual(brief('Canada said Brazilian officials had asked for more time.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
});

test("a country word naming the country's act or its people stays the target of a statement", () => {
  assert.deepEqual(brief('Canada said the Brazilian action was a violation of the treaty.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said the 30 Brazilian personnel on the ship were given a warning.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
});

test('a religion word written as the surname of a person the article names is that person speaking: "But Christians said" (reut2-012)', () => {
  const PERSON: EntitySpec = { id: 'chr-person', name: 'F. Wilhelm Christians', type: 'PERSON', actor: null, country: null, surfaces: ['F. Wilhelm Christians'] };
  const CHR: EntitySpec = { id: 'chr', name: 'Christians', type: 'NORP', actor: 'CHR', country: null, surfaces: ['Christians'] };
  const text = 'Bank spokesman F. Wilhelm Christians said profits rose. But Christians said the bank still regarded Brazil as a key market.';
  assert.deepEqual(brief(text, [PERSON, CHR, BRA]), []);
  // with no such person, the religious group still speaks
  assert.deepEqual(brief('Christians said the government of Brazil had ignored them.', [CHR, BRA]), ['CHR>BRA 010']);
});
