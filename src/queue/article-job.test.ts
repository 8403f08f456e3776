import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobIdOf, parseArticleJob } from './article-job.js';
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
