import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_TONE } from '../model/tone.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { ReadResult } from '../ingest/read-result.js';
import { MAX_PAGE_TRIES, PAGE_ISSUE, createPageRetries } from './page-retries.js';

const summary: Article = { id: 's1', title: 'Quay repairs', published: '2024-05-02', url: 'https://quay.example/repairs', text: 'The quay will be repaired.' };
const fullPage: Article = { id: 'p1', title: 'Quay repairs', published: null, url: 'https://quay.example/amp/repairs', text: 'The quay will be repaired this summer, the harbour office said on Thursday, at a cost of two million.' };
const down: ReadResult = { ok: false, origin: summary.url!, code: 'E_FETCH_STATUS', message: 'HTTP 503' };
const noStore = { getAnalysis: () => undefined };

test('a page that keeps failing is tried up to the limit and then given up with one warning', async () => {
  let fetches = 0;
  const retries = createPageRetries(async () => (fetches++, down), noStore);
  retries.failed(summary);
  for (let round = 0; round < MAX_PAGE_TRIES + 2; round++) {
    const { results, gaveUp } = await retries.retry();
    assert.equal(results.length, 0);
    if (gaveUp.length) assert.match(gaveUp[0].message, new RegExp(`could not be read in ${MAX_PAGE_TRIES} tries`));
  }
  assert.equal(fetches, MAX_PAGE_TRIES - 1, 'the first try was the failed fetch itself');
  assert.equal(retries.waiting, 0);
});

test('a page read on a later try takes the item URL and date, so that it replaces the stored summary', async () => {
  const retries = createPageRetries(async () => ({ ok: true, article: fullPage }), noStore);
  retries.failed(summary);
  const { results } = await retries.retry();
  assert.equal(results.length, 1);
  const page = results[0].ok ? results[0].article : null;
  assert.equal(page?.url, summary.url);
  assert.equal(page?.published, '2024-05-02');
  assert.notEqual(page?.id, fullPage.id, 'the id follows the URL');
  assert.equal(page?.text, fullPage.text);
});

test('a summary stored with the page warning by an earlier watch is found once and its page tried again', async () => {
  const stored: Analysis = { article: summary, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [{ code: PAGE_ISSUE, message: 'x', source: 'ingest' }] };
  let lookups = 0;
  const retries = createPageRetries(async () => ({ ok: true, article: fullPage }), { getAnalysis: () => (lookups++, stored) });
  await retries.noteStored(summary, 's1');
  await retries.noteStored(summary, 's1');
  assert.equal(lookups, 1);
  assert.equal(retries.waiting, 1);
  assert.equal((await retries.retry()).results.length, 1);
});

test('a stored article without the page warning is not tried again', async () => {
  const stored: Analysis = { article: summary, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] };
  const retries = createPageRetries(async () => ({ ok: true, article: fullPage }), { getAnalysis: () => stored });
  await retries.noteStored(summary, 's1');
  assert.equal(retries.waiting, 0);
});

test('a page refused for its private address is not tried again: in this watch not at all, from an earlier watch once, with one warning', async () => {
  const stored: Analysis = { article: summary, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [{ code: PAGE_ISSUE, message: 'x', source: 'ingest' }] };
  const refusal: ReadResult = { ok: false, origin: summary.url!, code: 'E_FETCH_PRIVATE_ADDRESS', message: `${summary.url} resolves to 10.0.0.7, a private network address (RFC 1918): not fetched` };
  let fetches = 0;
  const thisWatch = createPageRetries(async () => (fetches++, refusal), { getAnalysis: () => stored });
  thisWatch.refused(summary);
  // the summary it stored is seen again in the next poll
  await thisWatch.noteStored(summary, 's1');
  assert.equal(thisWatch.waiting, 0);
  const laterWatch = createPageRetries(async () => (fetches++, refusal), { getAnalysis: () => stored });
  await laterWatch.noteStored(summary, 's1');
  const { gaveUp } = await laterWatch.retry();
  assert.equal(fetches, 1);
  assert.equal(laterWatch.waiting, 0, 'given up after one refusal, not after MAX_PAGE_TRIES');
  assert.match(gaveUp[0]?.message ?? '', /resolves to 10\.0\.0\.7.*; the feed's summary stays stored$/);
});
