import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

// written for this test: a feed with no items, and one with an item
const EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Valley Notes</title><link>https://quiet.example/</link></channel></rss>';
const ONE = '<?xml version="1.0"?><rss version="2.0"><channel><title>Hill Post</title><link>https://hill.example/</link><item><title>Quarry plan rejected by the county</title><link>https://hill.example/quarry</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>The county planning board rejected a plan to extend the limestone quarry on Tuesday.</description></item></channel></rss>';

test('a feed with no items is a warning naming it (exit 0), told apart from a wrong path (a failure, exit 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-empty-feed-'));
  try {
    writeFileSync(join(dir, 'quiet.rss'), EMPTY);
    writeFileSync(join(dir, 'hill.rss'), ONE);
    const analyzed = detente(['analyze', '--format', 'jsonl', join(dir, 'quiet.rss'), join(dir, 'hill.rss')]);
    assert.equal(analyzed.status, 0, analyzed.stderr);
    assert.match(analyzed.stderr, /^warning: \S*quiet\.rss: no items /m);
    assert.equal(analyzed.stdout.trim().split('\n').length, 1);
    const db = join(dir, 'x.db');
    const ingested = detente(['ingest', '--db', db, join(dir, 'quiet.rss'), join(dir, 'hill.rss')]);
    assert.equal(ingested.status, 0, ingested.stderr);
    assert.match(ingested.stderr, /^warning: \S*quiet\.rss: no items /m);
    assert.match(ingested.stderr, /stored 1\b.*failed 0/);
    const wrong = detente(['ingest', '--db', db, join(dir, 'quiet.rss'), join(dir, 'missing.rss')]);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /^warning: \S*quiet\.rss: no items /m);
    assert.match(wrong.stderr, /missing\.rss: E_INGEST_NOT_FOUND/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
