import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../ingest/article-id.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { exactCopyMatch, type ExactCopyRow } from './exact-copy.js';

// written for this test
const art = articleFromText('The harbour board approved the new ferry timetable on Tuesday.', { title: 'Ferry times', url: 'https://example.org/ferry' });
const fp = fingerprint(art.text);
const row = (over: Partial<Record<'sameId' | 'byUrl' | 'byUrlLength' | 'byText' | 'byUrlHash' | 'byUrlTitle' | 'byUrlText' | 'byUrlDay' | 'knownCopy', unknown>>): ExactCopyRow =>
  [over.sameId ?? null, over.byUrl ?? null, over.byUrlLength ?? null, over.byText ?? null, null, null, null, over.knownCopy ?? null, 7, null, null, null, over.byUrlHash ?? null, over.byUrlTitle ?? null, over.byUrlText ?? null, over.byUrlDay ?? null] as ExactCopyRow;

test('the same id comes first, then the same URL, then the same text; no match is null', () => {
  assert.deepEqual(exactCopyMatch(row({ sameId: 1, byUrl: 'u1', byText: 't1' }), art, fp), { of: art.id, kind: 'id', distance: 0 });
  assert.deepEqual(exactCopyMatch(row({ byUrl: 'u1', byUrlLength: art.text.length, byText: 't1' }), art, fp), { of: 'u1', kind: 'url', distance: 0 });
  assert.deepEqual(exactCopyMatch(row({ byText: 't1' }), art, fp), { of: 't1', kind: 'text', distance: 0 });
  assert.equal(exactCopyMatch(row({}), art, fp), null);
});

test('a text at least 1.25 times as long as the copy stored under its URL is a fuller copy', () => {
  assert.equal(exactCopyMatch(row({ byUrl: 'u1', byUrlLength: Math.floor(art.text.length / 1.25) }), art, fp)?.kind, 'fuller');
  assert.equal(exactCopyMatch(row({ byUrl: 'u1', byUrlLength: art.text.length - 1 }), art, fp)?.kind, 'url');
});

test('a page read again from a stored URL with an edited text is a revision of it, as a feed item under its guid is; an older, rewritten or already replaced version is a copy', () => {
  // the stored version: the first paragraph of the page, dated the day it was published
  const first = 'The harbour board approved the new ferry timetable on Tuesday. Ferries will run every hour between the island and the port from April, and the night crossing returns in May.';
  const updated = articleFromText(`${first} The first boats leave at six.`, { title: 'Ferry times', url: 'https://example.org/ferry', published: '2024-03-05', modified: '2024-03-06' });
  const stored = { byUrl: 'u1', byUrlLength: first.length, byUrlHash: fingerprint(first).textHash, byUrlTitle: 'Ferry times', byUrlText: first, byUrlDay: '2024-03-05' };
  assert.deepEqual(exactCopyMatch(row(stored), updated, fingerprint(updated.text)), { of: 'u1', kind: 'revision', distance: 0 });
  // no date stated on either side: the text decides, as for feed items
  const undated = articleFromText(updated.text, { title: 'Ferry times', url: 'https://example.org/ferry' });
  assert.equal(exactCopyMatch(row({ ...stored, byUrlDay: null }), undated, fingerprint(undated.text))?.kind, 'revision');
  // a version its source dates before the stored one (an older crawl read later) stays a copy
  const older = articleFromText(updated.text, { title: 'Ferry times', url: 'https://example.org/ferry', published: '2024-03-04' });
  assert.equal(exactCopyMatch(row(stored), older, fingerprint(older.text))?.kind, 'url');
  // a version recorded already as a copy or an earlier version (read again after the update) stays a copy
  assert.equal(exactCopyMatch(row({ ...stored, knownCopy: 1 }), updated, fingerprint(updated.text))?.kind, 'url');
  // another story at the same address (neither the title nor most of the wording) is no version of it
  const other = articleFromText('Volunteers cleaned the beach near the old lighthouse on Sunday morning.', { title: 'Beach day', url: 'https://example.org/ferry' });
  assert.equal(exactCopyMatch(row(stored), other, fingerprint(other.text))?.kind, 'url');
});
