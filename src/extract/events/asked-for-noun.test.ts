// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1990-08-20');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Lima']);
const both = [CHL, PER];

test('a withdrawal called for by no actor is no withdrawal done', () => {
  // were CHL>PER 087 (a withdrawal carried out, Goldstein +9)
  assert.deepEqual(brief("The council resolution calls for Chile's unconditional withdrawal from Peru.", both), []);
  assert.deepEqual(brief("A growing movement has been calling for Chile's withdrawal from Peru.", both), []);
  assert.deepEqual(brief('The report recommends an immediate withdrawal of the Chilean army from Peru.', both), []);
});

test('a withdrawal a meeting is to discuss is a topic, not an act', () => {
  // was CHL>PER 087
  assert.deepEqual(brief('Delegates will meet in Geneva to discuss a Chilean withdrawal from Peru.', both), []);
});

test('talks called for are not talks held', () => {
  // were CHL>PER 040 and PER>CHL 040
  assert.deepEqual(brief('The resolution calls for talks between Chile and Peru.', both), []);
});

test('near misses: a withdrawal carried out, or one already done that is talked over, is still coded', () => {
  assert.deepEqual(brief('The Chilean withdrawal from Peru ended the crisis.', both), ['CHL>PER 087']);
  assert.deepEqual(brief('Chile began its withdrawal from Peru.', both), ['CHL>PER 087']);
  // a definite act under a verb of talking over may be one that took place
  assert.deepEqual(brief('Officials discussed the Chilean withdrawal from Peru.', both), ['CHL>PER 087']);
  // an actor that calls for it: the call is the event (020), as before
  assert.deepEqual(brief("Chile called for Peru's withdrawal from the border.", both), ['CHL>PER 020']);
});
