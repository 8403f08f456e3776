// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const BOL = countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian']);
const all = [CHL, PER, BOL];

test('a later verb of a refused or demanded complement is refused or demanded too, not done (no 054)', () => {
  // were PER>BOL 054 beside the refusal or the demand
  assert.deepEqual(brief('Peru refused to renounce violence or recognize Bolivia.', all), ['PER>BOL 120']);
  assert.deepEqual(brief('Chile froze aid, citing the continued refusal of Peru to renounce violence or recognize Bolivia.', all), ['CHL>PER 162']);
  assert.deepEqual(brief('The mediators have demanded that Peru renounce violence, recognize Bolivia and accept past deals.', all), []);
});

test('later conjuncts of acts done, of an aspectual verb or of a plan keep their reading', () => {
  // near misses: coordinated acts done, "decided/continued to", and the intent of "plans to"
  assert.deepEqual(brief('Peru renounced violence and recognized Bolivia.', all), ['PER>BOL 054']);
  assert.deepEqual(brief('Peru decided to end the war and recognize Bolivia.', all), ['PER>BOL 054']);
  assert.deepEqual(brief('Chile continued to attack Peru and shell Bolivia.', all), ['CHL>PER 190', 'CHL>BOL 190']);
  assert.deepEqual(brief('Chile plans to visit Lima and meet Bolivia.', all), ['CHL>BOL 036']);
});
