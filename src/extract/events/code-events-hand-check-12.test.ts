// Regression tests for the error kinds left open by the last hand checks (victims in passives and appositions, the
// agent of a criticised act): each sentence is our own,
// written to have the shape of a failing input, never copied from it; each comes with near-misses where the rule must
// not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2024-03-14', { validate: true });

const FRA = countrySpec('FRA', 'France');
const IRN = countrySpec('IRN', 'Iran');
const GBR = countrySpec('GBR', 'Britain');
const LEADER: EntitySpec = { id: 'ldr', name: 'Lena Marchetti', type: 'PERSON', actor: 'FRAOPP', country: 'FRA', surfaces: ['Lena Marchetti', 'Marchetti', '=the opposition leader'] };
const REPORTER: EntitySpec = { id: 'rep', name: 'Paul Verdier', type: 'PERSON', actor: 'FRAMED', country: 'FRA', surfaces: ['Paul Verdier', 'Verdier'] };
const IRN_MIL: EntitySpec = { id: 'irnmil', name: 'Iranian security forces', type: 'ORG', actor: 'IRNMIL', country: 'IRN', surfaces: ['Iranian security forces', 'Iranian troops'] };
const IRN_OPP: EntitySpec = { id: 'irnopp', name: 'Iranian protesters', type: 'NORP', actor: 'IRNOPP', country: 'IRN', surfaces: ['Iranian protesters'] };

test('a participle closing an apposition describes its noun: the one named was the victim, not the attacker', () => {
  assert.deepEqual(run('Lena Marchetti, the opposition leader killed in Iran last week, had warned of the danger.', [LEADER, IRN]), []);
  // with its agent, the agent acts on the one named
  assert.deepEqual(run('Paul Verdier, the reporter killed by Iranian troops last month, was buried in Lyon.', [REPORTER, IRN_MIL]), ['IRNMIL>FRAMED 190']);
  // near-misses: an aside of saying, and an active verb after the apposition's comma, keep their subjects
  assert.deepEqual(run('Marchetti, the opposition leader, attacked Iran over its nuclear programme.', [LEADER, IRN]), ['FRAOPP>IRN 111']);
  assert.deepEqual(run('France attacked Iranian troops on Monday.', [FRA, IRN_MIL]), ['FRA>IRNMIL 190']);
  // nor does the comma of a fronted phrase open an apposition
  const FRA_MIL: EntitySpec = { id: 'framil', name: 'French army', type: 'ORG', actor: 'FRAMIL', country: 'FRA', surfaces: ['French army'] };
  assert.deepEqual(run('On Monday, the French army struck in Iran, killing ten soldiers.', [FRA_MIL, IRN]), ['FRAMIL>IRN 190']);
  assert.deepEqual(run('Meanwhile, the French army struck in Iran, officials said.', [FRA_MIL, IRN]).filter((e) => e.endsWith(' 190')), ['FRAMIL>IRN 190']);
});

test('a participle coordinated with a passive one is passive too: "was shot and killed by X" is X acting on the subject', () => {
  assert.deepEqual(run('Paul Verdier was shot and killed by Iranian troops.', [REPORTER, IRN_MIL]).filter((e) => e.endsWith(' 190')), ['IRNMIL>FRAMED 190']);
  // an active pair keeps its subject as the source
  assert.deepEqual(run('Iranian troops shot and killed Paul Verdier.', [REPORTER, IRN_MIL]).filter((e) => e.endsWith(' 190')), ['IRNMIL>FRAMED 190']);
});

test('a condemnation of an act done to some by others is aimed at those named after "by"', () => {
  assert.deepEqual(run('Britain condemned the killing of Iranian protesters by Iranian security forces.', [GBR, IRN_OPP, IRN_MIL]), ['GBR>IRNMIL 111']);
  // no agent named: no target (the victims are none)
  assert.deepEqual(run('Britain condemned the killing of Iranian protesters.', [GBR, IRN_OPP]), []);
  // a plain "by" phrase of an act noun still works as before
  assert.deepEqual(run('Britain condemned the attack by Iranian security forces.', [GBR, IRN_MIL]), ['GBR>IRNMIL 111']);
});
