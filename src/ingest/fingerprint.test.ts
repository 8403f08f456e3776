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

/** The SimHash as first written: joined shingle strings, seeded FNV-1a + fmix32, one counter per bit. */
function simhashByStrings(text: string): string {
  const fnv = (s: string, seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = words.length < 3 ? [words.join(' ')] : words.slice(0, -2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  const counts = new Array<number>(64).fill(0);
  for (const sh of shingles) {
    const lo = fnv(sh, 0x811c9dc5);
    const hi = fnv(sh, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      counts[b] += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let out = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let v = 0;
    for (let b = 3; b >= 0; b--) v = v * 2 + (counts[nibble * 4 + b] > 0 ? 1 : 0);
    out += v.toString(16);
  }
  return out;
}

test('the SimHash is the per-bit vote over the joined shingle strings, for any spacing, script and length', () => {
  const texts = [
    STORY,
    '',
    'Kabul',
    'two words',
    '  Ministers\tmet \u00a0in\u3000Geneva\n\nand  agreed. ',
    'Der Außenminister traf in Köln 12 Abgeordnete; 外交部长 visited 𝐁erlin — l’accord est signé.',
    STORY.repeat(40),
  ];
  for (const t of texts) assert.equal(fingerprint(t).simhash, simhashByStrings(t), t.slice(0, 40));
});

test('the text hash is taken over the lower-cased text with each whitespace run made one space', () => {
  assert.equal(fingerprint('A\t\tb \n c\u00a0D').textHash, fingerprint('a b c d').textHash);
  assert.notEqual(fingerprint('a b c d').textHash, fingerprint('a bc d').textHash);
});

test('bands and distances of SimHashes agree with 64-bit integer arithmetic', () => {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const hex = () => next().toString(16).padStart(8, '0') + next().toString(16).padStart(8, '0');
  const samples = ['0000000000000000', 'ffffffffffffffff', '8000000000000001', ...Array.from({ length: 300 }, hex)];
  for (const a of samples) {
    let x = BigInt(`0x${a}`);
    const bands: number[] = [];
    for (const bits of [9, 9, 9, 9, 9, 9, 10]) {
      bands.push(Number(x & ((1n << BigInt(bits)) - 1n)));
      x >>= BigInt(bits);
    }
    assert.deepEqual(simhashBands(a), bands, a);
    const b = samples[next() % samples.length];
    let d = 0;
    for (let y = BigInt(`0x${a}`) ^ BigInt(`0x${b}`); y; y &= y - 1n) d++;
    assert.equal(hammingDistance(a, b), d, `${a} ${b}`);
  }
});
