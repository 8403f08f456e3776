import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleResult } from './article-result.js';

test('a body with no text fails with E_INGEST_NO_ARTICLE and names the origin and title', () => {
  const r = articleResult('  \n ', { origin: 'notes.txt', title: 'Minister resigns' });
  assert.ok(!r.ok);
  assert.equal(r.code, 'E_INGEST_NO_ARTICLE');
  assert.match(r.message, /^notes\.txt has no article text \(title "Minister resigns"\)/);
});

test('a very long title is clipped in the error message, so a one-line file gives a one-line error', () => {
  const title = 'word '.repeat(5000);
  const r = articleResult('', { origin: 'one-line.txt', title });
  assert.ok(!r.ok);
  assert.ok(r.message.length < 200, `message of ${r.message.length} characters`);
  assert.match(r.message, /…"\); nothing to analyse$/);
});

test('a body with text becomes an article that keeps the given title', () => {
  const r = articleResult('The council met on Monday.\nIt approved the budget.', { origin: 'a.txt', title: 'Council approves budget' });
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Council approves budget');
});
