// Forces to be deployed to or in a place (verbs.yaml deploy.forces-to): agreed, offered or announced, an intent to
// provide military protection (CAMEO 0334) with the place as target; threatened, a threat of force (138); done, a
// force posture (154). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2016-11-10');

test('agreed to deploy troops to a country: intent to provide military protection (0334)', () => {
  assert.deepEqual(run('The United States agreed to deploy troops to Bosnia.'), ['USA>BIH 0334']);
  assert.deepEqual(run('Germany agreed to station 500 soldiers in Lithuania.'), ['DEU>LTU 0334']);
});

test('threatened to deploy troops in a country stays a threat of force (near miss)', () => {
  assert.deepEqual(run('NATO threatened to deploy troops in Kosovo.'), ['IGOWSTNAT>KSV 138']);
});

test('troops deployed to a country are a force posture (near miss)', () => {
  assert.deepEqual(run('China deployed troops to Nepal.'), ['CHN>NPL 154']);
});
