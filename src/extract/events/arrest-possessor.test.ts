// The possessor of an arrest or a detention is the one held, not the one holding (review 20: an early-warning
// analyst's sample had a politician's arrest coded with the politician as the arresting side). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania');
const POLICE: EntitySpec = { id: 'cop', name: 'Ruritanian police', type: 'ORG', actor: 'RURCOP', country: 'RUR', surfaces: ['Ruritanian police'] };
const LEADER: EntitySpec = { id: 'ldr', name: 'Ana Volkan', type: 'PERSON', actor: 'RUROPP', country: 'RUR', surfaces: ['Ana Volkan', 'Volkan'] };

test("a person's arrest or detention makes the person its target, never its source", () => {
  assert.deepEqual(run("Volkan's arrest by Ruritanian police angered her party.", [LEADER, POLICE]), ['RURCOP>RUROPP 173']);
  assert.deepEqual(run("Thousands marched after Volkan's detention on Tuesday.", [LEADER]).filter((e) => e.startsWith('RUROPP>')), []);
});

test('the arresting side still comes from by, the held one from of', () => {
  assert.deepEqual(run('The arrest of Ana Volkan by Ruritanian police angered her party.', [LEADER, POLICE, RUR]), ['RURCOP>RUROPP 173']);
});
