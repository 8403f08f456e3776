import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const attribution = (text: string) =>
  run(text).map((q) => ({ rule: q.provenance.rule, cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: q.text }));

// PolNeAR train: "“…,” reads a Wednesday editorial in …", "“…,” read the email." (4 of 4 such lines annotated) kept the
// quotation unattributed: `read` took a quotation only before it or after a colon, never with its subject after it
test('"“…,” reads an editorial in the Gazette": the document after the inverted `read` is the speaker', () => {
  assert.deepEqual(attribution('“The council has shown less spine than a jellyfish,” reads a Sunday editorial in the Harbour Gazette.'), [
    { rule: 'direct-cue-after', cue: 'reads', speaker: 'a Sunday editorial in the Harbour Gazette', text: 'The council has shown less spine than a jellyfish' },
  ]);
  assert.deepEqual(attribution('“Our campaign has already changed the debate on the ferry,” read the email.'), [
    { rule: 'direct-cue-after', cue: 'read', speaker: 'the email', text: 'Our campaign has already changed the debate on the ferry' },
  ]);
});

test('`read` with its subject before it and `read` as an act of reading keep their readings', () => {
  assert.deepEqual(attribution('“Our campaign has already changed the debate,” the email read.'), [
    { rule: 'direct-cue-after', cue: 'read', speaker: 'the email', text: 'Our campaign has already changed the debate' },
  ]);
  assert.deepEqual(attribution('The mayor read the report on the ferry aloud to the council.'), []);
});
