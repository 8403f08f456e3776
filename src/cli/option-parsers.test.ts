import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { parseFilterText, parseFormatName, parseInputFormat, parsePositiveInt } from './option-parsers.js';

test('a count is a whole number of at least one', () => {
  assert.equal(parsePositiveInt('50'), 50);
  assert.equal(parsePositiveInt('1'), 1);
  for (const bad of ['0', '-1', 'abc', '2.5', '', '1e3']) assert.throws(() => parsePositiveInt(bad), InvalidArgumentError, bad);
});

test('an input format must be one the readers know, and the error lists them', () => {
  assert.equal(parseInputFormat('warc'), 'warc');
  assert.throws(() => parseInputFormat('pdf'), /use one of seed, txt, jsonl, html, feed, warc, reuters/);
});

test('an output format name is read in any case and without surrounding blanks', () => {
  assert.equal(parseFormatName(' JSONL '), 'jsonl');
  assert.equal(parseFormatName('Gdelt'), 'gdelt');
});

test('a text filter is trimmed and an empty or blank one is refused', () => {
  assert.equal(parseFilterText('  Blinken '), 'Blinken');
  assert.throws(() => parseFilterText(''), InvalidArgumentError);
  assert.throws(() => parseFilterText('   '), /non-empty/);
});
