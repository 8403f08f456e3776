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
