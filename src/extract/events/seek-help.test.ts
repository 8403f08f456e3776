// "Nepal is seeking Indian help" (helper brief item 3): help sought is an appeal for aid (CAMEO 023), not aid given
// (07x), also when the tagger reads the noun "help" as a verb. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);

test('help sought from a country named by its adjective is an appeal for aid (023), no aid given', () => {
  assert.deepEqual(run('Ruritania is seeking Bordurian help to build a dam.', [RUR, BOR]), ['RUR>BOR 023']);
  assert.deepEqual(run('Ruritania is seeking Bordurian help.', [RUR, BOR]), ['RUR>BOR 023']);
  // near misses: help given stays aid, aid sought from a named country an appeal
  assert.deepEqual(run('Ruritania helped Borduria.', [RUR, BOR]), ['RUR>BOR 070']);
  assert.deepEqual(run('Ruritania is seeking aid from Borduria.', [RUR, BOR]), ['RUR>BOR 023']);
});
