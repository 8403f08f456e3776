// "The US-led coalition" is the leading state's military (USAMIL), as its forces are; "-led" before an act or a government
// still codes the leader itself (actor-chunks.ts ledForces). Made-up sentences in the shape of conflict news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2016-11-10');

test('a coalition or forces led by a state are that state\'s military', () => {
  assert.deepEqual(run('A Russian military spokesman accused the US-led coalition of killing civilians.'), ['RUSMIL>USAMIL 112']);
  assert.deepEqual(run('The Saudi-led coalition bombed Houthi positions in Yemen.'), ['SAUMIL>YEMREB 195']);
});

test('a war or an invasion led by a state is still the state\'s (near miss)', () => {
  assert.deepEqual(run('Brazil, opposed to the US-led war in Iraq, said nothing.'), ['BRA>USA 110']);
});
