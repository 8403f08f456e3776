// An apposition between commas describes the subject before it: "Belarus, a close ally of Moscow, accused Poland" is
// Belarus's accusation, not Moscow's (find-actors.ts appositionHead), also after ", and" starting a clause of its own
// (actor-chunks.ts startsClause). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2016-11-10');

test('"X, a close ally of Y, accused Z": X is the source', () => {
  assert.deepEqual(run('Belarus, a close ally of Moscow, accused Poland of spying.'), ['BLR>POL 112']);
  assert.deepEqual(run('Belarus, the main trade partner of Russia, accused Poland.'), ['BLR>POL 112']);
});

test('", and X, a close ally, accused Z": the apposed name starts a clause of its own', () => {
  assert.deepEqual(run('Russia criticised NATO, and Belarus, a close ally, accused Poland of spying.'), ['RUS>IGOWSTNAT 111', 'BLR>POL 112']);
});

test('", and X, the Y and Z" after a verb is still a list of targets (near miss)', () => {
  assert.deepEqual(run('France criticised Germany, and Britain, the United States and Italy.'), ['FRA>DEU 111', 'FRA>GBR 111', 'FRA>USA 111', 'FRA>ITA 111']);
});
