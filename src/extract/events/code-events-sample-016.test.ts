// Errors of the fifth hand check (50 events drawn from BBC business 001-040 and reut2-016, judged against the CAMEO
// 1.1b3 codebook). The sentences are our own, written to have the shape of the failing ones, never copied from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const analysed = createAnalysedRunner('1987-04-13');

test('a country named in an apposition after the object is no place of the act: "agreed to buy … of X, the biggest brewer in China" (BBC business 039)', () => {
  assert.deepEqual(analysed("Italy's Campari has agreed to buy 40% of Dragon Wines, the biggest brewer in China."), []);
  // the country where the act happens stays its target (agreed deployment: CAMEO 0334, deploy.forces-to)
  assert.deepEqual(analysed('Italy agreed to deploy peacekeepers in Lebanon.'), ['ITA>LBN 0334']);
});
