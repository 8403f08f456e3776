// Arrests by police: police named by the noun alone act for the country of the place named with them or, with none in
// the sentence, of the place the article last named (home-place.ts); the person or people they hold, when the sentence
// gives them no country, are of the police's own country (held-person.ts). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const VELGRAD: EntitySpec = { id: 'velgrad', name: 'Velgrad', type: 'GPE', actor: null, country: 'RUR', surfaces: ['Velgrad'] };
const OSTROV: EntitySpec = { id: 'ostrov', name: 'Ostrov', type: 'GPE', actor: null, country: 'RUR', surfaces: ['Ostrov'] };
const POLICE: EntitySpec = { id: 'cop', name: 'Ruritanian police', type: 'ORG', actor: 'RURCOP', country: 'RUR', surfaces: ['Ruritanian police'] };
const ARMY: EntitySpec = { id: 'mil', name: 'Ruritanian army', type: 'ORG', actor: 'RURMIL', country: 'RUR', surfaces: ['Ruritanian army'] };
const BORDURIA = countrySpec('BOR', 'Borduria');

test('police in a place named before the verb are the police of its country', () => {
  assert.deepEqual(run('Police in Velgrad arrested six protesters.', [VELGRAD]), ['RURCOP>RUROPP 173']);
  assert.deepEqual(run('Police in the northern town of Ostrov arrested six protesters.', [OSTROV]), ['RURCOP>RUROPP 173']);
});

test('a name completing a place noun is where the subject is, not the subject', () => {
  assert.deepEqual(run('Ruritanian police in the mining town of Ostrov detained two dozen students overnight.', [POLICE, OSTROV]), ['RURCOP>RUREDU 173']);
});

test('police with no place in the sentence are those of the place the article named last', () => {
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. Police arrested six protesters on Monday.', [VELGRAD]).filter((e) => e.includes(' 173')), ['RURCOP>RUROPP 173']);
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. Police stepped in and detained a dozen students.', [VELGRAD]).filter((e) => e.includes(' 173')), ['RURCOP>RUREDU 173']);
});

test('near misses: no place named before, or a group that may act abroad, gets no country', () => {
  assert.deepEqual(run('Police arrested six protesters on Monday.', []), []);
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. Troops arrested six protesters on Monday.', [VELGRAD]).filter((e) => e.includes(' 173')), []);
});

test('someone held whom the sentence gives no country is of the arresting state', () => {
  assert.deepEqual(run('Ruritanian police detained a former defence minister.', [POLICE]), ['RURCOP>RUR 173']);
  assert.deepEqual(run('Ruritanian police detained on Thursday a former defence minister who had declared himself president.', [POLICE]), ['RURCOP>RUR 173']);
});

test('near misses: troops may hold people abroad, and police seize drugs, not people', () => {
  assert.deepEqual(run('The Ruritanian army arrested him late on Friday.', [ARMY]), []);
  assert.deepEqual(run('Fighting went on near Velgrad. The Ruritanian army detained three men on Tuesday.', [ARMY, VELGRAD]), []);
  assert.deepEqual(run('Ruritanian police detained 20 kilograms of heroin at the airport.', [POLICE]), []);
});

test('the place last named counts for police only where they are at work: not a place someone came from, not one of an earlier paragraph', () => {
  assert.deepEqual(run('The interior minister returned from Velgrad on Sunday. Police arrested six protesters on Monday.', [VELGRAD]).filter((e) => e.includes(' 173')), []);
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday.\n\nPolice arrested six protesters on Monday.', [VELGRAD]).filter((e) => e.includes(' 173')), []);
});

test('near misses: a named country, things, foreigners or a reason are no one of its own held', () => {
  assert.deepEqual(run('Ruritanian police detained a Bordurian diplomat.', [POLICE, { ...BORDURIA, surfaces: ['Bordurian'] }]), ['RURCOP>BOR 173']);
  assert.deepEqual(run('Ruritanian police detained three tankers.', [POLICE]), []);
  assert.deepEqual(run('Ruritanian police detained 14 foreigners.', [POLICE]), []);
  assert.deepEqual(run('Ruritanian police detained on suspicion of fraud.', [POLICE]), []);
});

test('police whom a relative clause follows act in it: "the police, who arrested …"', () => {
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. The mayor called the police, who arrested six protesters.', [VELGRAD]).filter((e) => e.includes(' 173')), ['RURCOP>RUROPP 173']);
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. The police, who had arrested six protesters, blocked the square.', [VELGRAD]).filter((e) => e.includes(' 173')), ['RURCOP>RUROPP 173']);
});

test('near miss: a relative clause on people who are no armed body, or on another noun, names no arresting group', () => {
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. The mayor thanked the residents, who arrested six looters.', [VELGRAD]).filter((e) => e.includes(' 173')), []);
  assert.deepEqual(run('Thousands gathered in Velgrad on Sunday. The mayor praised the police and the students who arrested six looters.', [VELGRAD]).filter((e) => e.includes(' 173')), []);
});
