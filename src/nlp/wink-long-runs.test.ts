import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONG_RUN, PUNCTUATION_KEEP, boundRunsForWink } from './wink-long-runs.js';
import { createNlp } from './nlp.js';
import { timeRatio } from '../test-support/time-ratio.js';

const nlp = createNlp();
/**
 * 4n characters of words (so that the time measured is long enough to compare), then a run of n characters `unit`
 * repeated, then a closing sentence.
 */
const withRun = (unit: string, n: number) => 'The talks went well and both sides agreed. '.repeat((4 * n) / 43) + unit.repeat(n / unit.length) + ' Officials agreed.';

test('a line without long runs is read as it is', () => {
  const line = 'See https://example.org/a-long/path?q=1 -- and "quotes" -- here.';
  assert.equal(boundRunsForWink(line), line);
  assert.equal(boundRunsForWink('-'.repeat(100)), '-'.repeat(100));
});

test('a long run of one punctuation character keeps its first characters and the length of the line', () => {
  const line = `He wrote ${'='.repeat(300)} here.`;
  const read = boundRunsForWink(line);
  assert.equal(read.length, line.length);
  assert.equal(read, `He wrote ${'='.repeat(PUNCTUATION_KEEP)}${' '.repeat(300 - PUNCTUATION_KEEP)} here.`);
});

test('a long run without white space is cut every so many characters, same length', () => {
  const run = 'ab'.repeat(1000);
  const read = boundRunsForWink(`x ${run} y`);
  assert.equal(read.length, run.length + 4);
  assert.ok(read.split(/\s+/).every((piece) => piece.length <= LONG_RUN));
});

test('50,000 dashes cost time in their number, and every token still indexes the text', () => {
  const ratio = timeRatio((text: string) => nlp.parse(text), withRun('-', 12_500), withRun('-', 50_000));
  assert.ok(ratio < 9, `parsing 4× the dashes took ${ratio.toFixed(1)}× the time`);
  const text = withRun('-', 50_000);
  const doc = nlp.parse(text);
  for (let t = 0; t < doc.tokenCount; t++) assert.equal(doc.lower[t], text.slice(doc.starts[t], doc.ends[t]).toLowerCase());
  assert.equal(text.slice(doc.starts[doc.tokenCount - 2], doc.ends[doc.tokenCount - 2]), 'agreed');
});

test('a long word of letters and a run of mixed symbols cost time in their length', () => {
  for (const unit of ['ab', '-.', '*']) {
    const ratio = timeRatio((text: string) => nlp.parse(text), withRun(unit, 12_500), withRun(unit, 50_000));
    assert.ok(ratio < 9, `parsing 4× the run of '${unit}' took ${ratio.toFixed(1)}× the time`);
  }
});

/** The rewriting as the two regular expressions alone decided it (before the one-pass test): the reference. */
function byRegExps(line: string): string {
  if (line.length <= 100) return line;
  let out = line;
  if (/(\S)\1{100,}/.test(out)) out = out.replace(/([^\p{L}\p{N}\s])\1{100,}/gu, (run: string, ch: string) => ch.repeat(PUNCTUATION_KEEP) + ' '.repeat(run.length - ch.length * PUNCTUATION_KEEP));
  if (/\S{513,}/.test(out)) {
    out = out.replace(/\S{513,}/g, (run) => {
      let cut = '';
      for (let at = 0; at < run.length; at += LONG_RUN + 1) cut += run.slice(at, at + LONG_RUN) + (at + LONG_RUN < run.length ? ' ' : '');
      return cut;
    });
  }
  return out;
}

test('every code unit between two runs of 300 letters counts as white space exactly when \\s matches it', () => {
  for (let c = 0; c < 0x10000; c++) {
    const line = `${'a'.repeat(300)}${String.fromCharCode(c)}${'b'.repeat(300)}`;
    const read = boundRunsForWink(line);
    assert.equal(read, byRegExps(line), `code unit ${c.toString(16)}`);
    assert.equal(read === line, /\s/.test(String.fromCharCode(c)), `code unit ${c.toString(16)}`);
  }
});

test('runs at the bounds are rewritten as the regular expressions rewrite them, and the near misses are not', () => {
  const lines = [
    `x ${'='.repeat(100)} y ${'q'.repeat(40)}`, // 100 of one symbol: kept
    `x ${'='.repeat(101)} y`, // 101: blanked
    `x ${'a'.repeat(101)} y`, // 101 letters: no symbol run, no long run
    `x ${'ab'.repeat(256)} y`, // 512 without white space: kept
    `x ${'ab'.repeat(256)}c y`, // 513: cut
    `x ${'\u{1F600}'.repeat(300)} y`, // surrogate pairs: 600 code units without white space
    `x ${'-'.repeat(60)}\u00a0${'-'.repeat(60)} y ${'z'.repeat(30)}`, // a no-break space breaks the run
    `x ${'-'.repeat(60)}\u200b${'-'.repeat(60)} y ${'z'.repeat(30)}`, // a zero-width space does not
  ];
  for (const line of lines) assert.equal(boundRunsForWink(line), byRegExps(line), line.slice(0, 40));
  assert.equal(boundRunsForWink(lines[0]), lines[0]);
  assert.notEqual(boundRunsForWink(lines[1]), lines[1]);
  assert.equal(boundRunsForWink(lines[3]), lines[3]);
  assert.notEqual(boundRunsForWink(lines[4]), lines[4]);
});
