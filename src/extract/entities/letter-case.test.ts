import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLetter, startsUpper, startsWithLetter } from './letter-case.js';

const SAMPLES = ['', 'A', 'a', 'Z', 'z', '1', '-', "'s", 'Ankara', 'ankara', 'Ödön', 'ödön', 'Éire', 'İzmir', 'ñandú', '\u00e9', '--x', '42nd', '—', '12-3', '\ud835\udc00bc', 'Ωmega', 'ωmega', '日本', '.', ' x'];

test('startsUpper answers exactly as the Unicode upper-case-start regex for ASCII and non-ASCII strings', () => {
  for (const s of SAMPLES) assert.equal(startsUpper(s), /^\p{Lu}/u.test(s), JSON.stringify(s));
});

test('startsWithLetter answers exactly as the Unicode letter-start regex', () => {
  for (const s of SAMPLES) assert.equal(startsWithLetter(s), /^\p{L}/u.test(s), JSON.stringify(s));
});

test('hasLetter answers exactly as the Unicode any-letter regex, also when the letter follows ASCII punctuation', () => {
  for (const s of [...SAMPLES, '12-é', '3-4', '--', '9日']) assert.equal(hasLetter(s), /\p{L}/u.test(s), JSON.stringify(s));
});
