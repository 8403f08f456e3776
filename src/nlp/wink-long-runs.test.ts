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
