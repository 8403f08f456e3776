import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobIdOf, jobIdOfArticle, parseArticleJob } from './article-job.js';
import { DetenteError } from '../pipeline/errors.js';

test('an article id of hex digits is its own job id', () => {
  assert.equal(jobIdOf('d1f58cfd3febad41'), 'd1f58cfd3febad41');
});

test('an article id of decimal digits only gets a prefix, since bullmq refuses integer job ids', () => {
  assert.equal(jobIdOf('4312087765019382'), 'article-4312087765019382');
  assert.equal(jobIdOf('17'), 'article-17');
});

test("ids with ':' or the prefix itself are encoded, so that two articles never share a job id", () => {
  assert.equal(jobIdOf('wire:17'), 'article-wire%3A17');
  assert.equal(jobIdOf('article-17'), 'article-article-17');
  assert.notEqual(jobIdOf('17'), jobIdOf('article-17'));
  // a leading zero is no integer to bullmq (parseInt drops it), so the id stays
  assert.equal(jobIdOf('0123'), '0123');
});

test('a copy carrying a source and source id is a job of its own beside the same article without them, and one job however often it comes', () => {
  const plain: { id: string; externalId?: string; source?: string; published: string | null; modified?: string } = { id: 'd1f58cfd3febad41', published: null };
  const exported = { ...plain, externalId: 'harbour:9', source: 'Harbour Gazette' };
  assert.equal(jobIdOfArticle(plain), jobIdOf(plain.id));
  assert.equal(jobIdOfArticle(exported), 'article-d1f58cfd3febad41%_Harbour%20Gazette%_harbour%3A9%_%_');
  // a copy with a date is a job of its own too (the worker fills in an empty date: copy-fills.ts)
  assert.equal(jobIdOfArticle({ ...plain, published: '2025-03-04', modified: '2025-03-09' }), 'article-d1f58cfd3febad41%_%_%_2025-03-04%_2025-03-09');
  assert.equal(jobIdOfArticle({ ...exported }), jobIdOfArticle(exported));
  // a source id without a source is no key (external-id.ts): the plain job
  assert.equal(jobIdOfArticle({ ...plain, externalId: '9' }), jobIdOf(plain.id));
  assert.notEqual(jobIdOfArticle({ ...exported, published: '2025-03-04' }), jobIdOfArticle(exported));
  // another source's copy is another job; no article id's own job id takes the key's form
  assert.notEqual(jobIdOfArticle({ ...exported, source: 'Harbour Post' }), jobIdOfArticle(exported));
  assert.notEqual(jobIdOf(jobIdOfArticle(exported)), jobIdOfArticle(exported));
});

test('job data that is no version-1 article job is refused with E_QUEUE_JOB saying what is wrong', () => {
  const article = { id: 'a1', title: 'T', published: null, text: 'Some text.' };
  assert.deepEqual(parseArticleJob({ v: 1, article }).issues, []);
  assert.throws(
    () => parseArticleJob({ v: 2, article }),
    (e: unknown) => e instanceof DetenteError && e.code === 'E_QUEUE_JOB' && /\bv\b/.test(e.message),
  );
  assert.throws(
    () => parseArticleJob({ v: 1, article: { id: 'a1' } }),
    (e: unknown) => e instanceof DetenteError && e.code === 'E_QUEUE_JOB' && /article\.(title|text|published)/.test(e.message),
  );
});
