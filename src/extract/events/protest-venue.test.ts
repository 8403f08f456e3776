// A protest gathered at a building (an embassy, an organisation's offices) is aimed at whom its purpose clause names;
// the building stands for the target only when the purpose names no one (CAMEO 14 usage notes). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const EMBASSY: EntitySpec = { id: 'emb', name: 'Ruritanian embassy', type: 'ORG', actor: 'RURGOV', country: 'RUR', surfaces: ['Ruritanian embassy'] };
const TROOPS: EntitySpec = { id: 'bormil', name: 'Bordurian troops', type: 'ORG', actor: 'BORMIL', country: 'BOR', surfaces: ['Bordurian troops'] };
const SYLDAVIA = countrySpec('SYL', 'Syldavia', ['Syldavia', 'Syldavian']);
const RELIEF: EntitySpec = { id: 'relief', name: 'Velgrad Relief Society', type: 'ORG', actor: 'NGOHLH', country: null, surfaces: ['Velgrad Relief Society'] };

test('a protest outside an embassy against what another party does is aimed at that party', () => {
  assert.deepEqual(run('Syldavian students demonstrated outside the Ruritanian embassy on Tuesday to protest the occupation of Syldavia by Bordurian troops.', [SYLDAVIA, EMBASSY, TROOPS]).filter((e) => e.endsWith(' 141')), ['SYL>BORMIL 141']);
  assert.deepEqual(run('Syldavian students demonstrated in front of the offices of the Velgrad Relief Society to denounce the treatment of Syldavian prisoners by Bordurian troops.', [SYLDAVIA, RELIEF, TROOPS]).filter((e) => e.endsWith(' 141')), ['SYL>BORMIL 141']);
});

test('near misses: a purpose of support names whom the protest backs, and a crowd "at" a plan is at no building', () => {
  assert.deepEqual(run('Syldavian students demonstrated outside the Ruritanian embassy to show support for Bordurian troops.', [SYLDAVIA, EMBASSY, TROOPS]).filter((e) => e.endsWith(' 141')), ['SYL>RURGOV 141']);
  const COMMISSION: EntitySpec = { id: 'com', name: 'Ruritanian Commission', type: 'ORG', actor: 'RURGOV', country: 'RUR', surfaces: ['Ruritanian Commission'] };
  assert.deepEqual(run("Syldavian farmers demonstrated at the Ruritanian Commission's plan to denounce Bordurian troops.", [SYLDAVIA, COMMISSION, TROOPS]).filter((e) => e.endsWith(' 141')), ['SYL>RURGOV 141']);
});

test('near misses: with no purpose, or a purpose naming the embassy\'s own state, the embassy stays the target', () => {
  assert.deepEqual(run('Syldavian students demonstrated outside the Ruritanian embassy on Tuesday.', [SYLDAVIA, EMBASSY]).filter((e) => e.endsWith(' 141')), ['SYL>RURGOV 141']);
  assert.deepEqual(run('Syldavian students demonstrated outside the Ruritanian embassy to protest against the war.', [SYLDAVIA, EMBASSY]).filter((e) => e.endsWith(' 141')), ['SYL>RURGOV 141']);
  assert.deepEqual(run('Syldavian students demonstrated outside the Ruritanian embassy to urge Ruritania to free a jailed activist.', [SYLDAVIA, EMBASSY, countrySpec('RUR', 'Ruritania')]).filter((e) => e.endsWith(' 141')), ['SYL>RURGOV 141']);
});
