import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { parseInputFormat, parsePositiveInt } from './option-parsers.js';

test('a count is a whole number of at least one', () => {
  assert.equal(parsePositiveInt('50'), 50);
  assert.equal(parsePositiveInt('1'), 1);
  for (const bad of ['0', '-1', 'abc', '2.5', '', '1e3']) assert.throws(() => parsePositiveInt(bad), InvalidArgumentError, bad);
});

test('an input format must be one the readers know, and the error lists them', () => {
  assert.equal(parseInputFormat('warc'), 'warc');
  assert.throws(() => parseInputFormat('pdf'), /use one of seed, txt, jsonl, html, feed, warc, reuters/);
});
