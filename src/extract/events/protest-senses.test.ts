// Who protested (review 24 kinds): a market rally is no protest, a by-phrase after "to protest" belongs to its object,
// and a pronoun that coreference gave to troops or companies names no protester. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);
const ACME: EntitySpec = { id: 'acme', name: 'Acme Iron and Steel', type: 'ORG', actor: 'RURBUS', country: 'RUR', surfaces: ['Acme Iron and Steel'] };
const FIRMS: EntitySpec = { id: 'firms', name: 'Bordurian firms', type: 'ORG', actor: 'BORBUS', country: 'BOR', agent: 'BUS', surfaces: ['Bordurian firms', '~they'] };
const TROOPS: EntitySpec = { id: 'troops', name: 'Bordurian troops', type: 'ORG', actor: 'BORMIL', country: 'BOR', agent: 'MIL', surfaces: ['Bordurian troops', '~they'] };
const STUDENTS: EntitySpec = { id: 'students', name: 'Ruritanian students', type: 'NORP', actor: 'RUREDU', country: 'RUR', agent: 'EDU', surfaces: ['Ruritanian students', '~they'] };

test('shares that rally recover, with the issuer named between them and the verb', () => {
  assert.deepEqual(run('Over the week, shares in Acme Iron and Steel rallied against Ruritania 500 points.', [ACME, RUR]), []);
});

test('near miss: a price word in the sentence before does not make a protest a market rally', () => {
  assert.deepEqual(run('Oil prices fell. Ruritanian students rallied against Borduria.', [STUDENTS, BOR]), ['RUREDU>BOR 141']);
});

test('a by-phrase after "to protest" is the object\'s agent, not the protester', () => {
  const text = 'Veterans staged a sit-in outside the embassy to protest arms sales to Ostrov by Bordurian firms.';
  assert.deepEqual(run(text, [FIRMS]).filter((e) => e.startsWith('BORBUS>')), []);
  // near miss: a protest noun's own by-phrase still names the protester
  assert.deepEqual(run('The protest by Bordurian firms against Ruritania was ignored.', [FIRMS, RUR]), ['BORBUS>RUR 141']);
});

test('a pronoun given to troops or companies names no protester; one given to people does', () => {
  assert.deepEqual(run('Bordurian troops left the base. They marched through the town against Ruritania.', [TROOPS, RUR]).filter((e) => e.endsWith(' 141')), []);
  assert.deepEqual(run('Ruritanian students left the campus. They marched through the town against Borduria.', [STUDENTS, BOR]).filter((e) => e.endsWith(' 141')), ['RUREDU>BOR 141']);
});
