// Verb senses of conflict news (senses.yaml): a safe haven denied, munitions delivered on targets, most-favoured-nation
// status withdrawn, help asked for. Made-up sentences in the shape of re3d and wire ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2016-11-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);

test('denying a group a safe haven is no denial of an accusation (016)', () => {
  assert.deepEqual(run('Ruritania denied Borduria a safe haven.', [RUR, BOR]), []);
  assert.deepEqual(run('Ruritania wants to deny Borduria a safe haven.', [RUR, BOR]), []);
  // near miss: a denied responsibility stays 016
  assert.deepEqual(run('Ruritania denied responsibility for the attack on Borduria.', [RUR, BOR]), ['RUR>BOR 016']);
});

test('munitions delivered against targets are aerial weapons used (195), not military aid (072)', () => {
  assert.deepEqual(run('Ruritanian airstrikes delivered 24 munitions against Bordurian targets.', [RUR, BOR]), ['RUR>BOR 195']);
  // near miss: weapons delivered to a country are military aid
  assert.deepEqual(run('Ruritania delivered weapons to Borduria.', [RUR, BOR]), ['RUR>BOR 072']);
});

test('withdrawing most favoured nation status is a sanction (163), no military withdrawal (087)', () => {
  assert.deepEqual(run('Ruritania withdrew most favoured nation status from Borduria.', [RUR, BOR]), ['RUR>BOR 163']);
});

test('revoking a country\'s MFN status or trade privileges is a sanction on it (163)', () => {
  assert.deepEqual(run('Ruritania revoked Borduria\'s MFN status.', [RUR, BOR]), ['RUR>BOR 163']);
  assert.deepEqual(run('Ruritania suspended trade privileges for Borduria.', [RUR, BOR]), ['RUR>BOR 163']);
  // near miss: trade talks ended are no sanction
  assert.deepEqual(run('Ruritania ended trade talks with Borduria.', [RUR, BOR]).filter((e) => e.endsWith(' 163')), []);
});

test('asking a country for help appeals for aid (023)', () => {
  assert.deepEqual(run('Ruritania asked Borduria for help after the earthquake.', [RUR, BOR]), ['RUR>BOR 023']);
  // near miss: asking a country to act is an appeal (020)
  assert.deepEqual(run('Ruritania asked Borduria to reopen the border.', [RUR, BOR]), ['RUR>BOR 020']);
});
