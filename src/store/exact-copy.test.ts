import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../ingest/article-id.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { exactCopyMatch, type ExactCopyRow } from './exact-copy.js';

// written for this test
const art = articleFromText('The harbour board approved the new ferry timetable on Tuesday.', { title: 'Ferry times', url: 'https://example.org/ferry' });
const fp = fingerprint(art.text);
const row = (over: Partial<Record<'sameId' | 'byUrl' | 'byUrlLength' | 'byText', unknown>>): ExactCopyRow =>
  [over.sameId ?? null, over.byUrl ?? null, over.byUrlLength ?? null, over.byText ?? null, null, null, null, null, 7, null, null] as ExactCopyRow;

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
