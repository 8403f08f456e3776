// A name in parentheses after a prepositional phrase glosses that phrase and is no object of the verb (fresh-eyes
// review 27: a peacekeeping mission named in parentheses after "in <country>" had become the target of the Security
// Council's agreement). The sentences are our own, made up for this rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2024-03-01');

test('a mission named in parentheses after "in <country>" is where the act is, not its object', () => {
  // was IGOUNO>IGOUNOPKO 030 once the mission had a code
  assert.deepEqual(run('The Security Council agreed on Friday to a one-year extension of the mandate for the peacekeeping force in South Sudan (UNMISS).'), ['IGOUNO>SSD 030']);
});

test('an acronym of the phrase\'s own actor in parentheses is still that actor', () => {
  // near miss: the gloss restates the organisation named before it
  assert.deepEqual(run('Norway said it would be ready to host a meeting between Sudan and the Sudan People\'s Liberation Movement (SPLM).'), ['NOR>SDNREB 036']);
});
