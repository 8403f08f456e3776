// A place named as a bearing's reference point ("120 miles east of X") is where the act happened, no party to it
// (fresh-eyes review 21: a navy attacking a platform "east of" a Gulf state coded that state as the target). Made-up
// sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('1987-10-19', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania');
const KRA = countrySpec('KRA', 'Krakozhia');

test('a country after "east of" is no fallback target of an attack', () => {
  assert.deepEqual(run('Ruritania attacked the platform about 120 miles east of Krakozhia on Monday.', [RUR, KRA]), []);
  assert.deepEqual(run('Ruritania attacked the platform north of the Krakozhia coast on Monday.', [RUR, KRA]), []);
});

test('a country after another "of" is still the target', () => {
  assert.deepEqual(run('Ruritania attacked the forces of Krakozhia on Monday.', [RUR, KRA]), ['RUR>KRA 190']);
});
