// Fresh-eyes review 20 (a humanitarian early-warning reading): conflict sentences whose actors are groups named by a
// common noun ("gunmen", "police", "protesters") gave no event. The sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-path.js';
import { loadEventResources } from './resources.js';
import { createAnalysedRunner } from './test-events.js';
import { groupNounAgents } from './unnamed-group.js';

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

test('the group nouns are those of the role lexicon: any of its plural groups may be acted on, armed ones also act', () => {
  // journalists MED, farmers AGR, "security forces" MIL: groups of data/actors/roles.json that the map this file once
  // held by hand lacked
  assert.deepEqual(run('Police arrested 20 journalists in Nairobi on Monday.'), ['KENCOP>KENMED 173']);
  assert.deepEqual(run('Troops fired on farmers in northern Nigeria on Friday.'), ['NGAMIL>NGAAGR 193']);
  assert.deepEqual(run('Security forces detained dozens of students in Dhaka on Monday.'), ['BGDMIL>BGDEDU 173']);
});

test('the event resources hold every plural one-word group of the role lexicon but "people", with its agent', () => {
  const roles = JSON.parse(readFileSync(dataPath('actors', 'roles.json'), 'utf8')) as { groupRoles: { phrase: string; agent: string; plural?: boolean }[] };
  const groups = loadEventResources().groupAgents;
  const expected = roles.groupRoles.filter((r) => r.plural && !r.phrase.includes(' ') && r.phrase !== 'people');
  assert.ok(expected.length > 30);
  assert.deepEqual([...groups].sort(), expected.map((r) => [r.phrase, r.agent]).sort());
  assert.deepEqual(groupNounAgents({ groupRoles: [{ phrase: 'people', agent: 'CVL', plural: true }, { phrase: 'Raiders', agent: 'UAF', plural: true }, { phrase: 'armed forces', agent: 'MIL', plural: true }, { phrase: 'army', agent: 'MIL' }] }), new Map([['raiders', 'UAF']]));
});
