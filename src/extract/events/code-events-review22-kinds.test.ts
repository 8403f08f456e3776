// Wrong kinds of fresh-eyes review 22 (senses and actors). The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';
import type { EntitySpec } from './test-entities.js';

const { brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean', 'Santiago']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian', 'Lima']);
const BOL = countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian']);
const specs = [CHL, PER, BOL];

test('banning arms shipments, exports, imports or trade to, from or with a party is an embargo (163), not an administrative sanction (172)', () => {
  // were CHL>PER 172
  assert.deepEqual(brief('Chile banned arms shipments to Peru.', specs), ['CHL>PER 163']);
  assert.deepEqual(brief('Santiago banned imports of wool from Peru.', specs), ['CHL>PER 163']);
  assert.deepEqual(brief('Chile has banned all trade with Bolivia.', specs), ['CHL>BOL 163']);
  // near misses: a ban on a party or on people stays 1722 / 172
  const party: EntitySpec = { id: 'apra', name: 'APRA', type: 'ORG', actor: 'PEROPP', country: 'PER', surfaces: ['the APRA party'] };
  assert.deepEqual(brief('Peru banned the APRA party.', [PER, party]), ['PER>PEROPP 1722']);
  assert.deepEqual(brief('Chile banned Peruvian fishermen from its waters.', specs), ['CHL>PER 172']);
});

test('the speaker of a reporting aside between a subject and its verb is no source of the verb ("The rebels, the army said, attacked")', () => {
  const army: EntitySpec = { id: 'army', name: 'Chilean army', type: 'ORG', actor: 'CHLMIL', country: 'CHL', surfaces: ['the Chilean army'] };
  // were CHLMIL>PER 190 and CHL>PER 190: the reporter taken for the attacker
  assert.ok(!brief('The rebels, the Chilean army said, attacked the border post in Peru.', [army, PER]).some((e) => e.endsWith(' 190')));
  assert.ok(!brief('The guerrillas, Chilean officials said, attacked Peru.', specs).some((e) => e.endsWith(' 190')));
  // near misses: a coded subject before the aside keeps the act, and a reporter with no aside still speaks
  assert.deepEqual(brief('Bolivia, the Chilean army said, attacked Peru.', [army, PER, BOL]), ['BOL>PER 190']);
  assert.ok(brief('Chilean officials said, after a long silence, that Bolivia had attacked Peru.', specs).includes('BOL>PER 190'));
});

test('a news medium that relays an act is no fallback target of it ("…attacked, the agency reported")', () => {
  const agency: EntitySpec = { id: 'pna', name: 'Prensa Andina', type: 'ORG', actor: 'PERMED', country: 'PER', agent: 'MED', surfaces: ['Prensa Andina'] };
  // were CHL>PERMED 190 and 192
  assert.deepEqual(brief('Chilean troops attacked, Prensa Andina reported.', [CHL, agency]), []);
  assert.deepEqual(brief('Chile has invaded, Prensa Andina said.', [CHL, agency]), []);
  // near misses: a medium named in the rule's own slot is a target
  assert.deepEqual(brief('Chile threatened Prensa Andina.', [CHL, agency]), ['CHL>PERMED 130']);
  assert.deepEqual(brief('Chile appealed to Prensa Andina for help.', [CHL, agency]), ['CHL>PERMED 020']);
});
