import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

// written for this test: an explainer page first published in 2012 and updated in 2026, whose updated text reports a
// 2025 visit (the page's JSON-LD and Open Graph tags say both dates, as news sites write them)
const para = (t: string) => `<p>${t}</p>`;
const PAGE = [
  '<!doctype html><html lang="en"><head><title>Why the river treaty matters</title>',
  '<meta property="og:type" content="article">',
  '<meta property="article:published_time" content="2012-05-10T09:00:00Z">',
  '<meta property="article:modified_time" content="2026-04-24T11:16:00Z">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Why the river treaty matters","datePublished":"2012-05-10T09:00:00Z","dateModified":"2026-04-24T11:16:00Z"}</script>',
  '</head><body><article><h1>Why the river treaty matters</h1>',
  para('The treaty that shares the waters of the upper river between the two neighbours has been argued over for decades, and farmers on both banks still depend on it.'),
  para('Indian Prime Minister Narendra Modi visited Pakistan in August 2025 to discuss the treaty with his counterpart in Islamabad.'),
  para('Engineers on both sides say the dams built since the treaty was signed have changed how much water reaches the plains each summer.'),
  '</article></body></html>',
].join('\n');

test('a page of 2012 updated in 2026 keeps its publication date, stores the update day and dates the 2025 visit of its updated text in 2025', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-updated-'));
  try {
    writeFileSync(join(dir, 'treaty.html'), PAGE);
    const db = join(dir, 'x.db');
    const ingest = detente(['ingest', '--quiet', '--db', db, join(dir, 'treaty.html')]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const events = detente(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const visit = events.find((e) => e.code === '042');
    assert.ok(visit, `a visit is coded: ${JSON.stringify(events.map((e) => e.code))}`);
    assert.equal(visit.published, '2012-05-10');
    assert.equal(visit.articleModified, '2026-04-24');
    assert.deepEqual([visit.date, visit.datePrecision], ['2025-08-01', 'month']);
    const explained = detente(['explain', '--db', db, '--article', visit.articleId]);
    assert.match(explained.stdout, /^━━ Why the river treaty matters \(2012-05-10, updated 2026-04-24\) · id /);
    const csv = detente(['export', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
    assert.match(csv[0], /,published,.*,article_modified,article_origin,article_source,date_relation,article_tone$/);
    assert.ok(csv.slice(1).every((l) => l.includes(',2026-04-24,')), csv.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// written for this test: a news page at a canonical URL, first without, then with a paragraph added and a modification time
const newsPage = (updated: boolean) => [
  '<!doctype html><html lang="en"><head><title>Harbour talks open</title>',
  '<link rel="canonical" href="https://news.example/harbour-talks">',
  '<meta property="article:published_time" content="2024-03-05T10:00:00Z">',
  updated ? '<meta property="article:modified_time" content="2024-03-06T12:00:00Z">' : '',
  '</head><body><article><h1>Harbour talks open</h1>',
  para('German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday to discuss the harbour treaty and the fishing quotas that divide their fleets.'),
  para('Officials from both governments said the talks would go on through the week, and that a draft text could be ready before the summit in April.'),
  para('Fishing crews on both coasts have waited three years for the quotas to be settled, and harbour masters say the delays have cost them most of a season.'),
  updated ? para('Later on Wednesday, Macron said France would sign a defence pact with Poland.') : '',
  '</article></body></html>',
].join('\n');

test('a page ingested again from its canonical URL with a paragraph added and a later modification time replaces the stored version: one article, its new events, "updated 1"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-updated-'));
  try {
    const db = join(dir, 'x.db');
    writeFileSync(join(dir, 'harbour.html'), newsPage(false));
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'harbour.html')]).status, 0);
    writeFileSync(join(dir, 'harbour.html'), newsPage(true));
    const again = detente(['ingest', '--db', db, join(dir, 'harbour.html')]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /stored 1 \(updated 1: .*duplicates 0,/);
    const events = detente(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual([...new Set(events.map((e) => e.articleModified))], ['2024-03-06']);
    assert.ok(events.some((e) => e.target?.actor === 'POL'), `the added paragraph's pact with Poland is stored: ${JSON.stringify(events.map((e) => e.sentence.text))}`);
    const json = JSON.parse(detente(['ingest', '--log-format', 'json', '--db', db, join(dir, 'harbour.html')]).stderr.trim().split('\n').at(-1)!);
    assert.deepEqual([json.stored, json.skipped, json.store.articles], [0, 1, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
