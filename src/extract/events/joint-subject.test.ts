// States named together as the subject of an agreement or a pledge bind each other (fresh-eyes review 19: "X and Y
// agreed/pledged to …" gave no event). Sentences are our own, with made-up specifics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: codes } = createEventRunner('2006-05-12');
const NOR = countrySpec('NOR', 'Norway', ['Norway', 'Norwegian']);
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const GHA = countrySpec('GHA', 'Ghana');
const NOR_GOV: EntitySpec = { id: 'dahl', name: 'Eva Dahl', type: 'PERSON', actor: 'NORGOV', country: 'NOR', surfaces: ['Norwegian Premier Eva Dahl'] };
const CHL_GOV: EntitySpec = { id: 'rojas', name: 'Ana Rojas', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean President Ana Rojas'] };
const FIRM_A: EntitySpec = { id: 'fa', name: 'Fjord Cables', type: 'ORG', actor: 'NORBUS', country: 'NOR', surfaces: ['Fjord Cables'] };
const FIRM_B: EntitySpec = { id: 'fb', name: 'Andes Copper', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Andes Copper'] };

const sorted = (xs: string[]) => [...xs].sort();

test('two states that pledged to widen their cooperation pledged it to each other (030 both ways)', () => {
  assert.deepEqual(sorted(codes('Norway and Chile pledged to widen naval cooperation.', [NOR, CHL])), ['CHL>NOR 030', 'NOR>CHL 030']);
});

test('two states that agreed, a day named between, to reopen negotiations intend to negotiate with each other (036)', () => {
  assert.deepEqual(sorted(codes('Norway and Chile agreed on Tuesday to resume negotiations over fishing rights.', [NOR, CHL])), ['CHL>NOR 036', 'NOR>CHL 036']);
  assert.deepEqual(sorted(codes('Norway and Chile agreed to expand trade cooperation.', [NOR, CHL])), ['CHL>NOR 030', 'NOR>CHL 030']);
});

test('two leaders named together that agreed to deepen ties bind each other', () => {
  const text = 'Norwegian Premier Eva Dahl and Chilean President Ana Rojas agreed to step up energy cooperation.';
  assert.deepEqual(sorted(codes(text, [NOR_GOV, CHL_GOV])), ['CHLGOV>NORGOV 030', 'NORGOV>CHLGOV 030']);
});

test('a state that agreed with another keeps the one direction; alternatives, firms and hostile vows bind no one', () => {
  assert.deepEqual(codes('Norway agreed with Chile to resume negotiations.', [NOR, CHL]), ['NOR>CHL 030']);
  assert.deepEqual(codes('Norway or Chile agreed to resume negotiations.', [NOR, CHL]), []);
  assert.deepEqual(codes('Fjord Cables and Andes Copper agreed to merge their mining arms.', [FIRM_A, FIRM_B]), []);
  assert.deepEqual(codes('Norway and Chile vowed to crush the smuggling gangs.', [NOR, CHL]), []);
  // a third state named as the target is the target, not a partner
  assert.deepEqual(sorted(codes('Norway and Chile pledged aid to Ghana.', [NOR, CHL, GHA])), ['CHL>GHA 033', 'NOR>GHA 033']);
});

test('meetings and signings of two states named together stay reciprocal', () => {
  assert.deepEqual(sorted(codes('Norway and Chile signed a fisheries treaty.', [NOR, CHL])), ['CHL>NOR 057', 'NOR>CHL 057']);
  assert.deepEqual(sorted(codes('Norway and Chile met in Oslo on Monday.', [NOR, CHL])), ['CHL>NOR 040', 'NOR>CHL 040']);
});

test('states agreeing to or about another party, or a list of more than two, bind no one to each other (change review 19)', () => {
  const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
  const GHA_WIDE = countrySpec('GHA', 'Ghana', ['Ghana', 'Ghanaian']);
  const mutual = (events: string[]) => events.filter((e) => /^(NOR>CHL|CHL>NOR) 03/.test(e));
  assert.deepEqual(mutual(codes('Norway and Chile agreed to the Peruvian proposal.', [NOR, CHL, PER])), []);
  assert.deepEqual(mutual(codes('Norway and Chile pledged support for Ghana.', [NOR, CHL, GHA_WIDE])), []);
  assert.deepEqual(mutual(codes('Norway and Chile agreed that Peru must reopen its ports.', [NOR, CHL, PER])), []);
  assert.deepEqual(codes('Norway, Chile, Peru and Ghana agreed to widen naval cooperation.', [NOR, CHL, PER, GHA_WIDE]), []);
  // a venue after "in" is no party
  assert.deepEqual(sorted(codes('Norway and Chile agreed to widen naval cooperation in Lima.', [NOR, CHL])), ['CHL>NOR 030', 'NOR>CHL 030']);
});
