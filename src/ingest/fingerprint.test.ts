import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, hammingDistance, NEAR_DUPLICATE_BITS, simhashBands } from './fingerprint.js';

const STORY = [
  'Finance ministers from the eurozone agreed on Thursday to extend a credit line to Greece for another six months,',
  'after a meeting in Brussels that lasted late into the night. The agreement still needs approval by national parliaments,',
  'officials said, and several governments warned that further reforms would be required before any money is released.',
  'Greek officials welcomed the decision and said the government would present a new budget plan next week.',
  'Markets rose on the news, with bank shares leading gains in Athens, Frankfurt and Paris.',
].join(' ');

test('the same text with other spacing and case has the same text hash', () => {
  assert.equal(fingerprint(STORY).textHash, fingerprint(`  ${STORY.toUpperCase().replace(/ /g, '  ')} `).textHash);
});

test('wire copy with a small edit is a near-duplicate', () => {
  const edited = STORY.replace('Markets rose on the news', 'Markets rose sharply on the news');
  const d = hammingDistance(fingerprint(STORY).simhash, fingerprint(edited).simhash);
  assert.ok(d <= NEAR_DUPLICATE_BITS, `distance ${d}`);
  assert.notEqual(fingerprint(STORY).textHash, fingerprint(edited).textHash);
});

test('a different story on the same topic is not a near-duplicate', () => {
  const other = 'Greek unions called a general strike on Friday against pension cuts demanded by international creditors, and ferries stayed in port across the Aegean as thousands marched through Athens to parliament.';
  assert.ok(hammingDistance(fingerprint(STORY).simhash, fingerprint(other).simhash) > NEAR_DUPLICATE_BITS);
});

test('fingerprints within six bits share a band', () => {
  const a = 'f0f0f0f0f0f0f0f0';
  const b = 'f1f1f2f1f2f1f0f0'; // 6 bits apart, spread over the bands
  assert.equal(hammingDistance(a, b), 6);
  assert.ok(simhashBands(a).some((band, i) => band === simhashBands(b)[i]));
});
