// The sentences are our own, made up for this rule (verbs.yaml riot.missiles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('2024-08-06');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian', 'Lima']);
const specs = [CHL, PER];

test('a crowd throwing stones, bricks or firebombs at someone riots (CAMEO 145)', () => {
  assert.deepEqual(brief('Chilean students threw stones at Peruvian soldiers.', specs), ['CHL>PER 145']);
  assert.deepEqual(brief('Peruvian youths hurled rocks and firebombs at the Chilean embassy.', specs), ['PER>CHL 145']);
  // near misses: something else thrown, or no missile at all
  assert.deepEqual(brief('Chilean students threw a party for Peruvian soldiers.', specs), []);
  assert.deepEqual(brief('Chile threw its support behind Peru.', specs), []);
});
