import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromNormalisedText, articleFromText, normaliseText } from './article-id.js';

/** The rule as documented, line by line (the reference the one-pass normaliseText must equal). */
function normaliseByLines(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/g, '')
    .replace(/(?<=\p{Script=Latin}\p{M}*)[\u200C\u200D](?=\p{Script=Latin})/gu, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+$/g, '').replace(/^[ \t\u00A0]+/g, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

test('normaliseText trims every line, drops blank lines and unifies line ends', () => {
  assert.equal(normaliseText('  Ministers met in Oslo.  \r\n\r\n \t\n\u00A0Talks resume on Friday.\t\r'), 'Ministers met in Oslo.\nTalks resume on Friday.');
});

test('normaliseText removes control characters before trimming lines and keeps inner spacing', () => {
  assert.equal(normaliseText('The  envoy \u0001\n\u000B  left\uFEFF early.'), 'The  envoy\nleft early.');
});

test('normaliseText keeps spaces that are not ASCII, tab or no-break inside the text', () => {
  assert.equal(normaliseText('a \u3000 \nb'), 'a \u3000\nb');
});

test('normaliseText composes decomposed accents (NFC)', () => {
  assert.equal(normaliseText('Pe\u0301rez'), 'P\u00e9rez');
});

test('normaliseText equals the line-by-line rule on random mixes of spaces, breaks and control characters', () => {
  const alphabet = [' ', '\t', '\u00A0', '\n', '\r', 'a', '.', '\u0001', '\u000B', '\u3000', '\uFEFF', '\u2028', 'e', '\u0301', '\u00AD', '\u200D', '\u200E', '\u202E'];
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  for (let i = 0; i < 20000; i++) {
    let s = '';
    for (let n = 1 + (next() % 12); n > 0; n--) s += alphabet[next() % alphabet.length];
    assert.equal(normaliseText(s), normaliseByLines(s), JSON.stringify(s));
  }
});

test('articleFromText takes the first normalised line as the title', () => {
  const a = articleFromText('  Envoys meet  \r\n\r\nThe talks began on Monday.  ');
  assert.equal(a.title, 'Envoys meet');
  assert.equal(a.text, 'The talks began on Monday.');
});

test('an article built from already normalised text equals the one built from the raw text with the same title', () => {
  const raw = 'Talks resumed in Geneva \r\n\r\n\r\n  on Monday\u00a0\n\u0007after a pause. ';
  const meta = { title: '  Talks  resume ', url: 'https://example.org/t', source: 'Wire', origin: 'x.txt', published: '2024-02-03' };
  assert.deepEqual(articleFromNormalisedText(normaliseText(raw), meta), articleFromText(raw, meta));
});

test('articleFromText keeps text of one line as the body, titled by itself', () => {
  const a = articleFromText('The envoy met the premier in Hanoi on Monday.');
  assert.equal(a.text, 'The envoy met the premier in Hanoi on Monday.');
  assert.equal(a.title, 'The envoy met the premier in Hanoi on Monday.');
});

test('invisible format characters inside words are removed; joiners in emoji and other scripts are kept', () => {
  // review 27: a soft hyphen split "Macron" (speaker "cron"), a left-to-right mark after "Minister" left al-Abadi uncoded
  assert.equal(normaliseText('President Emmanuel Ma\u00ADcron said'), 'President Emmanuel Macron said');
  assert.equal(normaliseText('Prime Minister\u200E Haider al-Abadi'), 'Prime Minister Haider al-Abadi');
  assert.equal(normaliseText('Volo\u200Bdymyr and Volo\u200Ddymyr and Zelens\u2060kyy \u2066Kyiv\u2069'), 'Volodymyr and Volodymyr and Zelenskyy Kyiv');
  // a family emoji (ZWJ sequence) and a Persian word with a non-joiner keep them
  assert.equal(normaliseText('\u{1F468}\u200D\u{1F469}\u200D\u{1F467} family'), '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} family');
  assert.equal(normaliseText('Tehran \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'), 'Tehran \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645');
});
