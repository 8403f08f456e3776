// Twelfth hand check (reut2-006, reut2-009, TempEval-3 silver part 2; 50 events drawn with seed 1212): an appeal whose
// addressee has no actor code took its target from an actor or place inside the act it asked for. The sentences are our
// own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2006-11-10');

test('a place inside the act an appeal asks for is not whom the appeal is made to', () => {
  assert.deepEqual(run('The Israeli foreign minister called on the relief agency to end its work in Lebanon.'), []);
  assert.deepEqual(run('The United Nations urged donors to pay for the clean-up of poisoned sites in Ghana.'), []);
});

test('an actor inside the act an appeal asks for is not whom the appeal is made to', () => {
  assert.deepEqual(run('The Saudi king called on rival producers to avoid a price war with OPEC.'), []);
  assert.deepEqual(run('The minister urged the world to help rebuild the African Union force.'), []);
});

test("a place in the addressee's own phrase, before the complement, is still the appeal's target", () => {
  assert.deepEqual(run('The United Nations called on all parties in Liberia to respect the result of the vote.'), ['IGOUNO>LBR 020']);
});

test('acts other than appeals keep their place target', () => {
  assert.deepEqual(run('Rebels attacked a police post in Nepal on Monday.'), ['NPLREB>NPL 180']);
});
