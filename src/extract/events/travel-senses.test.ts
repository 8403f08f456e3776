// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const both = [CHL, PER];

test('goods that go to a country and acts that came in response are no visit (042)', () => {
  // were CHL>PERBUS, CHL>PER and CHL>PER (fallback target) 042
  assert.deepEqual(brief('Most Chilean exports go to Peruvian companies.', both), []);
  assert.deepEqual(brief("Chile's exports go to Peru.", both), []);
  assert.deepEqual(brief('The Chilean shelling came in response to a missile launched from Peru.', both), []);
  assert.deepEqual(brief('The Chilean rejection of the plan came in the wake of talks with Peru.', both), []);
  // near misses: people travel
  assert.deepEqual(brief('The Chilean minister went to Peru.', both), ['CHL>PER 042']);
  assert.deepEqual(brief('The Chilean trade delegation went to Peru.', both), ['CHL>PER 042']);
  // a word of the list ending the sentence before is no subject
  assert.deepEqual(brief('Peru issued a statement. Chile went to Peru.', both), ['CHL>PER 042']);
});
