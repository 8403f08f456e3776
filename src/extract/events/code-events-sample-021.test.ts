// Regression tests for the errors of the ninth hand check (50 events drawn with seed 21 from reut2-005, reut2-012 and
// BBC politics 013–099): each sentence is our own, written to have the shape of a failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('1987-03-16', { validate: true });

const FRA = countrySpec('FRA', 'France', ['France', 'French']);
const ITA = countrySpec('ITA', 'Italy', ['Italy', 'Italian']);
const DEU = countrySpec('DEU', 'Germany');
const LIBDEMS: EntitySpec = { id: 'ld', name: 'Liberal Democrats', type: 'ORG', actor: 'GBRPTY', country: 'GBR', surfaces: ['Liberal Democrats'] };
const KOHL: EntitySpec = { id: 'kohl', name: 'Helmut Kohl', type: 'PERSON', actor: 'DEUGOV', country: 'DEU', surfaces: ['Kohl'] };
const FARMERS: EntitySpec = { id: 'gf', name: 'German farmers', type: 'NORP', actor: 'DEUAGR', country: 'DEU', surfaces: ['German farmers'] };
const REAGAN: EntitySpec = { id: 'rr', name: 'Ronald Reagan', type: 'PERSON', actor: 'USAGOV', country: 'USA', surfaces: ['Reagan'] };
const SENATE: EntitySpec = { id: 'sen', name: 'U.S. Senate', type: 'ORG', actor: 'USALEG', country: 'USA', surfaces: ['Senate'] };

test('a participle describing a prepositional object has no agent in the main clause: "rules agreed with France"', () => {
  // the party that says so agreed nothing with France (was GBRPTY -> FRA 030)
  assert.deepEqual(run('The Liberal Democrats say they fear the plan is part of a set of border rules agreed with France.', [LIBDEMS, FRA]).filter((e) => e.endsWith('030') || e.endsWith('057')), []);
  // the finite verb keeps its subject, also after an of-phrase that ends the subject
  assert.deepEqual(run('The Liberal Democrats agreed with France on the border rules.', [LIBDEMS, FRA]).length, 1);
  const EC: EntitySpec = { id: 'ec', name: 'European Community', type: 'ORG', actor: 'IGOEUREEC', country: null, surfaces: ['EC'] };
  assert.deepEqual(run('Last week, trade ministers of the EC nations agreed to impose duties on Italian shoes.', [EC, ITA]).length, 1);
  assert.deepEqual(run('Under a supply deal signed in May Italy agreed to ship gas to Germany.', [ITA, DEU]).length, 1);
});

test('an inflected verb after ", and" shares the subject of the inflected verb, not of a bare verb after a modal', () => {
  // "said" is coordinated with "doubted" (whose subject, the traders, has no code), not with "could adopt" (was ITA -> DEU 010)
  assert.deepEqual(run('Traders mostly doubted whether any package Italy could adopt soon would trim its deficit, and said such steps would invite pressure on Germany.', [ITA, DEU]), []);
  // a bare verb after a modal shares it with a bare verb: "Italy could adopt a package and ask Germany for help"
  assert.deepEqual(run('Italy condemned the raid and promised aid to Germany.', [ITA, DEU]).map((e) => e.slice(0, 8)), ['ITA>DEU ']);
});

test('the dismantling of a measure that would hit farmers is economic harm, no threat of force', () => {
  assert.deepEqual(run('Kohl made it plain the dismantling would chiefly hit German farmers.', [KOHL, FARMERS]).filter((e) => e.endsWith('1384')), []);
});

test('to demonstrate something is to show it, and what "has been demonstrated" was shown: no protest', () => {
  assert.deepEqual(run('How little sway Reagan holds over lawmakers was demonstrated by the Senate on Friday.', [REAGAN, SENATE]), []);
  assert.deepEqual(run('The Senate demonstrated the weakness of President Reagan.', [REAGAN, SENATE]).filter((e) => e.endsWith('141')), []);
  // a protest takes no object and stays one
  const STUDENTS: EntitySpec = { id: 'fs', name: 'French students', type: 'NORP', actor: 'FRAEDU', country: 'FRA', surfaces: ['French students'] };
  assert.deepEqual(run('French students demonstrated against President Reagan.', [REAGAN, STUDENTS]).map((e) => e.slice(-3)), ['141']);
});

test('a gerund after resist/avoid/deny names an act not done: resisting a trip to the lender is no visit', () => {
  const BRA = countrySpec('BRA', 'Brazil');
  const IMF: EntitySpec = { id: 'imf', name: 'IMF', type: 'ORG', actor: 'IGOBUSIMF', country: null, surfaces: ['IMF'] };
  assert.deepEqual(run('For now Argentina resists going to the IMF for a rescue loan.', [{ ...BRA, name: 'Argentina', surfaces: ['Argentina'] }, IMF]), []);
  assert.deepEqual(run('Brazil avoided going to the IMF this winter.', [BRA, IMF]), []);
  // the trip made stays a visit
  assert.deepEqual(run('Brazil went to the IMF for a loan.', [BRA, IMF]).map((e) => e.slice(-3)), ['042']);
});

test('backing received from an actor is that actor endorsing the subject: "received backing from X" is X -> subject 051', () => {
  assert.deepEqual(run('Italy received firm backing from Germany for its budget.', [ITA, DEU]), ['DEU>ITA 051']);
  assert.deepEqual(run('Italy has won the support of Germany.', [ITA, DEU]), ['DEU>ITA 051']);
  assert.deepEqual(run('Italy won support from Germany in the budget row.', [ITA, DEU]), ['DEU>ITA 051']);
  // a letter received is still no visit and no endorsement
  assert.deepEqual(run('Italy received a letter from Germany.', [ITA, DEU]), []);
});

test('a country word naming a currency is no actor: "loans of two billion Taiwan dlrs" names no target', () => {
  const TWN = countrySpec('TWN', 'Taiwan');
  const TWNGOV: EntitySpec = { id: 'tg', name: 'Taiwan authorities', type: 'ORG', actor: 'TWNGOV', country: 'TWN', surfaces: ['Taiwan authorities'] };
  assert.deepEqual(run('Taiwan authorities shut the firm in May, alleging most of its loans of two billion Taiwan dlrs had gone to friends of its owner.', [TWNGOV, TWN]), []);
  // the country itself stays an actor
  assert.deepEqual(run('Taiwan authorities accused Italy of dumping shoes.', [TWNGOV, ITA]).map((e) => e.slice(0, 10)), ['TWNGOV>ITA']);
});

test('a trip or a meeting written in the present or -ing form with a time to come is a plan (036), no visit', () => {
  const SATO: EntitySpec = { id: 'k', name: 'Kenji Sato', type: 'PERSON', actor: 'JPNGOV', country: 'JPN', surfaces: ['Sato'] };
  const WASH: EntitySpec = { id: 'w', name: 'Washington', type: 'GPE', actor: 'USAGOV', country: 'USA', surfaces: ['Washington'] };
  assert.deepEqual(run('Sato, who will lead a trade team flying to Washington next week, said he was hopeful.', [SATO, WASH]), ['JPNGOV>USAGOV 036']);
  assert.deepEqual(run('Sato flies to Washington on a trade mission this weekend.', [SATO, WASH]), ['JPNGOV>USAGOV 036']);
  // a trip made stays a visit
  assert.deepEqual(run('Sato flew to Washington last week for talks.', [SATO, WASH]), ['JPNGOV>USAGOV 042']);
  // only trips and meetings (04x) are read so: an accusation, praise or warning about something to come is made now
  assert.deepEqual(run('Italy accuses Germany of planning new farm levies next week.', [ITA, DEU]).map((e) => e.slice(-4)), [' 112']);
  assert.deepEqual(run('Italy praises Germany for hosting the farm talks next month.', [ITA, DEU]).map((e) => e.slice(-4)), [' 051']);
});

test('a nationality word after "was" says where something is from: "said the wine on sale was Spanish" is no statement to Spain', () => {
  const DEALERS: EntitySpec = { id: 'i', name: 'Italian dealers', type: 'ORG', actor: 'ITABUS', country: 'ITA', surfaces: ['Italian dealers'] };
  const ESP: EntitySpec = { id: 'e', name: 'Spain', type: 'GPE', actor: 'ESP', country: 'ESP', surfaces: ['Spain', 'Spanish'] };
  assert.deepEqual(run('Last week Italian dealers said the wine on sale in Paris was Spanish, but officials could not confirm it.', [DEALERS, ESP]), []);
  assert.deepEqual(run('Italian dealers said the wine was mostly Spanish.', [DEALERS, ESP]), []);
  // a statement addressed to the country keeps it
  assert.deepEqual(run('Italian dealers told Spain the wine was too dear.', [DEALERS, ESP]), ['ITABUS>ESP 010']);
});

test('a venue in what was said is no target: "said relief will be on the table at next month\'s session of the IMF"', () => {
  const WEBER: EntitySpec = { id: 'k', name: 'Karl Weber', type: 'PERSON', actor: 'DEUGOV', country: 'DEU', surfaces: ['Weber'] };
  const IMF: EntitySpec = { id: 'i', name: 'IMF', type: 'ORG', actor: 'IGOBUSIMF', country: null, surfaces: ['IMF'] };
  assert.deepEqual(run("Finance Minister Weber said debt relief will be on the table at next month's session of the IMF in Rome.", [WEBER, IMF]), []);
  // the addressee of the statement stays its target
  assert.deepEqual(run('Finance Minister Weber told the IMF that debt relief was needed.', [WEBER, IMF]), ['DEUGOV>IGOBUSIMF 010']);
});
