import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadResult } from './read-result.js';
import { isSkippedResult } from './skipped-result.js';
import { skipNoArticlePage } from './crawl-skip.js';

test("a crawl's home page record is skipped, the same page given alone is a failure, and an article is neither", () => {
  const homePage: ReadResult = { ok: false, origin: 'site.warc#2048', code: 'E_INGEST_NO_ARTICLE', message: 'site.warc#2048: not an article page' };
  assert.equal(isSkippedResult(skipNoArticlePage(homePage)), true);
  assert.equal(isSkippedResult(homePage), false);
  assert.equal(isSkippedResult({ ok: false, origin: 'a.txt', code: 'E_INGEST_EMPTY', message: 'a.txt: empty' }), false);
  assert.equal(isSkippedResult({ ok: true, article: { id: 'x', title: 'Ferry timetable', published: null, text: 'The ferry leaves at nine.' } }), false);
});
