// A place is the target of an act done in it, not of a verb of another predicate between them (hand check of place
// targets on Reuters-21578 and TempEval-3 silver: most wrong ones were such). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('1987-10-19', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania');
const KRA = countrySpec('KRA', 'Krakozhia');

test('a place in the predicate of another verb after the trigger is no place target', () => {
  assert.deepEqual(run('Ruritania warned that rebels were recruiting children in Krakozhia.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania endorsed plans to cut the land used by foreign forces in Krakozhia.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania praised the soldiers serving in Krakozhia.', [RUR, KRA]), []);
});

test('aid takes the place of its beneficiaries, which a participle after them names', () => {
  assert.deepEqual(run('Ruritania will provide food aid to refugees fleeing the fighting in Krakozhia.', [RUR, KRA]), ['RUR>KRA 0333']);
});

test('the place of the act the trigger controls, or of an act coordinated with it, is still the target', () => {
  assert.deepEqual(run('Ruritania threatened to act in Krakozhia.', [RUR, KRA]), ['RUR>KRA 130']);
  assert.deepEqual(run('Ruritania rejected a call for its troops to be deployed in Krakozhia.', [RUR, KRA]), ['RUR>KRA 124']);
  assert.deepEqual(run('Ruritania shelled the hills and caused an estimated 500 deaths in Krakozhia.', [RUR, KRA]), ['RUR>KRA 194']);
  assert.deepEqual(run('Ruritania was helping to build a reactor in Krakozhia.', [RUR, KRA]), ['RUR>KRA 070']);
  assert.deepEqual(run('Ruritania attacked all other armed groups in Krakozhia.', [RUR, KRA]), ['RUR>KRA 190']);
  assert.deepEqual(run('Ruritania attacked the border posts and also shelled the villages in Krakozhia.', [RUR, KRA]), ['RUR>KRA 190', 'RUR>KRA 194']);
});

test('the place where an agreement is made or signed, or where a gathering or a trial is held, is a venue, no target', () => {
  assert.deepEqual(run('Ruritania defended the prices agreed upon last December in Krakozhia.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania will sign a services agreement with the bank in Krakozhia on Tuesday.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania urged that farming be the top item during the summit of western heads of state in Krakozhia.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania agreed in April to hand the suspects over for trial in Krakozhia.', [RUR, KRA]), []);
  // near misses: the place of the agreed act itself, and an act in the place
  // (an agreed deployment is CAMEO 0334, deploy.forces-to)
  assert.deepEqual(run('Ruritania agreed to deploy peacekeepers in Krakozhia.', [RUR, KRA]), ['RUR>KRA 0334']);
  assert.deepEqual(run('Ruritania signed an agreement and then shelled the villages in Krakozhia.', [RUR, KRA]), ['RUR>KRA 194']);
});
