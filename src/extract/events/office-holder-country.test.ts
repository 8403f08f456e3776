// An office holder named by title alone takes the one country the sentence names as his own (actor-chunks.ts
// localRefs), but not a state that acts on him as its verb's direct object: "Ethiopia accused General X" names X's
// accuser, not his government. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('1993-06-10');

test('"Country accused General X": X is not the accusing country\'s general', () => {
  const events = run('Ethiopia accused General Aidid of attacking its border posts.');
  assert.deepEqual(events.filter((e) => e.includes('ETHMIL') || e.includes('ETHGOV')), []);
});

test('"Country hosted talks with Prime Minister X": a host is his own country (near miss)', () => {
  assert.deepEqual(run('Kenya hosted talks with Prime Minister Odinga.'), ['KEN>KENGOV 043']);
});
