// A participle of a verb that needs an object, with none before its place ("British troops killed in Iraq"), is a reduced
// passive relative: its noun is the one acted on, no actor of the act, and the place is no target (clause-context.ts
// placedParticiple). Made-up sentences in the shape of TempEval-3 and re3d ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2006-12-20');

test('troops killed in a country are the victims, not killers of that country', () => {
  assert.deepEqual(run('Since 2003, the number of British troops killed in Iraq has risen to 126.'), []);
});

test('a person freed, arrested or detained in a country did not free, arrest or detain it', () => {
  assert.deepEqual(run('British security consultant Tom Pike, freed in Papua New Guinea on the eve of his trial, flew home.'), []);
  assert.deepEqual(run('Egypt is seeking the extradition of an Islamic militant arrested recently in Pakistan.'), []);
  assert.deepEqual(run('Two Malaysian journalists detained in Jakarta last week were freed.'), []);
});

test('an active verb keeps its place target and its object (near misses)', () => {
  assert.deepEqual(run('Israel has killed in Gaza more than 100 people.'), ['ISR>PSE 190']);
  assert.deepEqual(run('Indonesian police arrested in Jakarta two Malaysian journalists.'), ['IDNCOP>IDN 173']);
  assert.deepEqual(run('Israeli troops killed two militants in Gaza.'), ['ISRMIL>PSEREB 190']);
});
