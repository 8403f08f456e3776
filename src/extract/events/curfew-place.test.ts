// A curfew with no place in its sentence ("imposed a curfew on the whole town") is on the place the article last named,
// not on the imposing army's own country (home-place.ts, actor-roles.ts domesticTarget). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const ARMY: EntitySpec = { id: 'mil', name: 'Ruritanian army', type: 'ORG', actor: 'RURMIL', country: 'RUR', surfaces: ['Ruritanian army'] };
const OSTROV: EntitySpec = { id: 'ostrov', name: 'Ostrov', type: 'GPE', actor: null, country: 'BOR', surfaces: ['Ostrov'] };
const BORDURIA = countrySpec('BOR', 'Borduria');

test('a curfew on a place the sentence does not name is on the place the article named last', () => {
  const text = 'Ruritanian tanks rolled into Ostrov at dawn on Wednesday. Later the Ruritanian army imposed a strict curfew across the district.';
  assert.deepEqual(run(text, [ARMY, OSTROV]).filter((e) => e.endsWith(' 1723')), ['RURMIL>BOR 1723']);
});

test('near misses: a place in the sentence wins, and with no place named at all the curfew stays domestic', () => {
  assert.deepEqual(run('Ruritanian tanks entered Ostrov. The Ruritanian army imposed a curfew in Borduria.', [ARMY, OSTROV, BORDURIA]).filter((e) => e.endsWith(' 1723')), ['RURMIL>BOR 1723']);
  assert.deepEqual(run('The Ruritanian army imposed a curfew on the whole town.', [ARMY]), ['RURMIL>RUR 1723']);
});
