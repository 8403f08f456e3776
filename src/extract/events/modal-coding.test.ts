// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1990-08-20');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Lima']);
const both = [CHL, PER];

test('a refusal of talks set for a time to come stays a rejection, not an intent to meet', () => {
  // were CHL>PER 036 (the date to come made the refused talks a plan)
  assert.deepEqual(brief('The Chilean president said he would not be holding formal negotiations with Peru next month.', both), ['CHL>PER 125']);
  assert.deepEqual(brief('The Chilean president said he will not hold talks with Peru next week.', both), ['CHL>PER 125']);
});

test('near misses: talks set for a time to come are an intent; refused with no time, a rejection', () => {
  assert.deepEqual(brief('The Chilean president will hold negotiations with Peru next month.', both), ['CHL>PER 036']);
  assert.deepEqual(brief('The Chilean president said he would not be holding formal negotiations with Peru.', both), ['CHL>PER 125']);
});
