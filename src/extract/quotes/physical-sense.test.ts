import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const contents = (text: string) => run(text).map((q) => q.text);

test('an army attacking rebels or a door slammed is no quote', () => {
  assert.deepEqual(contents('The army attacked the rebels.'), []);
  assert.deepEqual(contents('The Tories slammed the door.'), []);
  assert.deepEqual(contents('The rebels attacked the town for hours.'), []);
});

test('an attack on a plan, with a ground or with quoted words stays a quote', () => {
  assert.deepEqual(contents('Labour attacked the plan.'), ['the plan']);
  assert.deepEqual(contents('Labour attacked the Tories as reckless.'), ['the Tories as reckless']);
  assert.deepEqual(contents('The minister blasted the bank for raising rates.'), ['the bank for raising rates']);
  assert.deepEqual(contents('He attacked Mr Blair over the war.'), ['Mr Blair over the war']);
  assert.deepEqual(contents('She attacked the "cowardly" bosses.'), ['the "cowardly" bosses']);
});

test('a physical-sense verb before a clause reports it', () => {
  assert.equal(run('The senator blasted that the vote was rigged.').length, 1);
});

test('an attack on a person or a party stays a quote: political news means words by it', () => {
  assert.deepEqual(contents('Trump attacked Machado.'), ['Machado']);
});

test('software that attacks, growth knocked off and a rival blasted away are no quotes', () => {
  assert.deepEqual(contents('The virus attacks Windows machines.'), []);
  assert.deepEqual(contents('High oil prices knocked 0.2% off the growth rate.'), []);
});
