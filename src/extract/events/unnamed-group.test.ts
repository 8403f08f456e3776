// Fresh-eyes review 20 (a humanitarian early-warning reading): conflict sentences whose actors are groups named by a
// common noun ("gunmen", "police", "protesters") gave no event. The sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2024-06-29');

test('unnamed gunmen who kill villagers are armed men of the country named in the sentence, the villagers its civilians', () => {
  assert.deepEqual(run('Gunmen killed nine villagers in central Nigeria on Friday.'), ['NGAUAF>NGACVL 180']);
});

test('police and protesters named by their nouns alone take the country of the city the sentence names', () => {
  assert.deepEqual(run('Police fired tear gas at protesters in Nairobi on Monday.'), ['KENCOP>KENOPP 175']);
  assert.deepEqual(run('Protesters clashed with police in Nairobi on Monday.'), ['KENOPP>KENCOP 190']);
  assert.deepEqual(run('Police arrested dozens of protesters in Nairobi on Monday.'), ['KENCOP>KENOPP 173']);
});

test('an unnamed group gets no actor when the sentence names no place, and a named actor keeps its role', () => {
  assert.deepEqual(run('Gunmen killed nine villagers on Friday.'), []);
  // the named army is the source; only the empty target is the group
  assert.ok(run('The Nigerian army killed nine gunmen in Kaduna on Friday.').every((e) => e.startsWith('NGAMIL>')));
});

test('a crowd acting in a participle of its own is left to its protest, which stays coded beside the force used on it', () => {
  const briefs = run('Police fired tear gas at demonstrators protesting against the vote count in Nairobi on Monday.');
  assert.ok(briefs.includes('KEN>KENGOV 141'), briefs.join(', '));
});
