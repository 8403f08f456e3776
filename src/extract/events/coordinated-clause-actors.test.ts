// Clauses joined by ", and" do not share actors: a name right before its own verb after ", and" starts a clause of its own
// (actor-chunks.ts), so it is neither a second target of the verb before nor hidden from its own verb. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2016-11-10');

test('the subject of a second clause after ", and" is no target of the first clause\'s verb', () => {
  assert.deepEqual(run('Russia criticised NATO, and China accused Japan of provocation.'), ['RUS>IGOWSTNAT 111', 'CHN>JPN 1123']);
  assert.deepEqual(run('Israeli jets struck Gaza, and Egyptian police arrested protesters in Cairo.'), ['ISR>PSE 190', 'EGYCOP>EGYOPP 173']);
});

test('the subject of a second clause after ", and" is its own verb\'s source', () => {
  assert.deepEqual(run('Israel bombed Hamas positions in Gaza, and Hezbollah fired rockets at northern Israel.'), ['ISR>PSEREB 195', 'LBNREB>ISR 194']);
});

test('a list with a comma before "and" is still one subject (near miss)', () => {
  assert.deepEqual(run('Britain, France, and Germany agreed to impose sanctions on Iran.'), ['GBR>IRN 1312', 'FRA>IRN 1312', 'DEU>IRN 1312']);
});
