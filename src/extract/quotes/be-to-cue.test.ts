import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner, quotePieces } from './test-quotes.js';

const run = createQuoteRunner();

test('"X is to tell the audience: …" (British news\'s scheduled future) has X as the speaker (review 15: no speaker, the quote unattributed)', () => {
  const text = 'Ms Rook is to tell the conference: "Our towns deserve better." Ministers are to announce that bus fares will rise.';
  const pieces = quotePieces(run(text));
  assert.equal(pieces.find((q) => q.text === 'Our towns deserve better.')?.speaker.mention?.text, 'Ms Rook');
  assert.equal(pieces.find((q) => q.text.includes('bus fares will rise'))?.speaker.mention?.text, 'Ministers');
});

test('"be to" with a purpose noun or a cue that is no speech or writing is no quote', () => {
  assert.deepEqual(run('The aim is to say that fares will fall. The channel is to show the advert on all its stations.'), []);
});
