import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure, formatFailures } from './failures.js';

test('a failure whose reason already starts with the input name names the input once', () => {
  const f = { origin: 'wire/day1.jsonl:7', code: 'E_INGEST_JSON', message: 'wire/day1.jsonl:7: invalid JSON (Unexpected end of JSON input); each line must be one JSON object' };
  assert.equal(formatFailure(f), 'wire/day1.jsonl:7: E_INGEST_JSON: invalid JSON (Unexpected end of JSON input); each line must be one JSON object');
});

test('a failure whose reason is a sentence about the input names the input once', () => {
  const f = { origin: 'bad/blob.txt', code: 'E_INGEST_BINARY', message: 'bad/blob.txt looks binary (NUL bytes), not text' };
  assert.equal(formatFailure(f), 'bad/blob.txt: E_INGEST_BINARY: looks binary (NUL bytes), not text');
});

test('a failure whose reason does not start with the input name, or names a record within it, keeps the whole reason', () => {
  const f = { origin: 'notes/empty.txt', code: 'E_INGEST_EMPTY', message: 'nothing to read in notes/empty.txt' };
  assert.equal(formatFailure(f), 'notes/empty.txt: E_INGEST_EMPTY: nothing to read in notes/empty.txt');
  const g = { origin: 'crawl.arc', code: 'E_INGEST_FORMAT', message: 'crawl.arc#512: broken ARC header' };
  assert.equal(formatFailure(g), 'crawl.arc: E_INGEST_FORMAT: crawl.arc#512: broken ARC header');
});

test('the batch summary counts the failures and lists each on its own indented line', () => {
  const out = formatFailures([
    { origin: 'a.html', code: 'E_INGEST_NO_ARTICLE', message: 'a.html: not an article page' },
    { origin: 'b.rss', code: 'E_INGEST_TRUNCATED', message: 'b.rss: the feed ends early' },
  ] as Parameters<typeof formatFailures>[0]);
  assert.equal(out, '2 input(s) failed:\n  a.html: E_INGEST_NO_ARTICLE: not an article page\n  b.rss: E_INGEST_TRUNCATED: the feed ends early');
});
