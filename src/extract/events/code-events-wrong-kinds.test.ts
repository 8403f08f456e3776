// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian', 'Lima']);
const BOL = countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian']);
const specs = [CHL, PER, BOL];

test('the parties of an earlier act the trigger answers are no fallback target (in response to, in retaliation for, following)', () => {
  // were CHL>PER 1712 and CHL>BOL 194: the victim or the author of the act answered
  assert.deepEqual(brief('Chilean warships destroyed the platform in response to a missile strike on a Peruvian tanker.', specs), []);
  assert.deepEqual(brief('Chilean warships shelled the platform in retaliation for a Bolivian attack on a Peruvian tanker.', specs), []);
  assert.deepEqual(brief('Chilean warships shelled the platform following a Bolivian attack on a Peruvian tanker.', specs), []);
  // the object slot too: the tanker's country was read as the object past the uncoded platform (CHL>PER 1712)
  assert.deepEqual(brief('Chilean frigates sank the supply barge off the northern coast in response to a rocket attack on the Bolivian-flagged Peruvian freighter near Lima on Sunday.', specs), []);
  // near misses: the object itself, and a place of the act, are still targets
  assert.deepEqual(brief('Chilean warships shelled Peruvian positions in response to a Bolivian attack.', specs), ['CHL>PER 194']);
  assert.deepEqual(brief('Chilean warships shelled the positions in Peru.', specs), ['CHL>PER 194']);
});

test('a compound subject that met an uncoded party met that party, not each other', () => {
  // were PER>BOL and BOL>PER 040
  assert.deepEqual(brief('The envoy, with the trade ministers of Peru and Bolivia, met the rulers of four Andean provinces.', specs), []);
  assert.deepEqual(brief('The envoys of Peru and Bolivia met their counterparts.', specs), []);
  // near misses: no object, a place, a day or "each other"
  for (const s of ['Peru and Bolivia met in Lima.', 'Peru and Bolivia met on Monday.', 'Peru and Bolivia met Sunday.', 'Peru and Bolivia met today.', 'Peru and Bolivia met each other.', 'Peru and Bolivia met last week.']) {
    assert.deepEqual(brief(s, specs), ['PER>BOL 040', 'BOL>PER 040'], s);
  }
});

test('a company uses no military force: an operation, attack or raid word with a business source is no 18-20 event', () => {
  const bank: EntitySpec = { id: 'B', name: 'Banco Austral', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Banco Austral', '=the bank'] };
  const army: EntitySpec = { id: 'A', name: 'Chilean army', type: 'ORG', actor: 'CHLMIL', country: 'CHL', surfaces: ['the Chilean army'] };
  // was CHLBUS>PER 190
  assert.deepEqual(brief('Prosecutors said Banco Austral conducted operations in Lima without a licence.', [bank, PER]), []);
  // near miss: an army's operation is an attack
  assert.deepEqual(brief('Prosecutors said the Chilean army conducted operations in Lima.', [army, PER]), ['CHLMIL>PER 190']);
});

test('building housing units, roads or plants is no force posture', () => {
  // was CHL>PER 138 (a mobilisation to come: "units" as of troops)
  assert.deepEqual(brief('Chilean firms will build 5,000 housing units near Lima.', specs), []);
  // near miss
  assert.deepEqual(brief('Chile will deploy 5,000 units near Lima.', specs), ['CHL>PER 138']);
});

test('a demonstrative phrase of a thing before the verb is its subject: no earlier actor is', () => {
  // were CHL>PER 130: the subject of the first clause threatening
  assert.deepEqual(brief('Chile produces more and this rate endangers Peru.', specs), []);
  assert.deepEqual(brief('Chile produces more and this threatens Peru.', specs), []);
  // near misses: an actor subject, and a demonstrative phrase naming an actor
  assert.deepEqual(brief('Chile produces more and Chile threatens Peru.', specs), ['CHL>PER 130']);
  assert.deepEqual(brief('Chile produces more, and this Chilean policy threatens Peru.', specs), ['CHL>PER 130']);
});
