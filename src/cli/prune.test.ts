import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente, writeSeedStories } from './test-cli-args.js';

test('prune --before deletes the articles published before the day with their events; --dry-run only counts; no criterion is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-prune-'));
  try {
    // written for this test
    writeSeedStories(dir, [
      ['2024-03-01', 'Envoys meet', 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday.'],
      ['2024-03-08', 'Leaders talk', 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Friday.'],
    ]);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, dir]).status, 0);
    const published = () => detente(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).published);
    assert.deepEqual([...new Set(published())].sort(), ['2024-03-01', '2024-03-08']);
    const dry = detente(['prune', '--db', db, '--before', '2024-03-05', '--dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^would delete \(published before 2024-03-05\): 1 articles, \d+ entities, \d+ mentions, \d+ quotes, [1-9]\d* events, 0 duplicates linked\nstore .*x\.db \(dry run: unchanged\): 2 articles/);
    assert.deepEqual([...new Set(published())].sort(), ['2024-03-01', '2024-03-08']);
    const pruned = detente(['prune', '--db', db, '--before', '2024-03-05']);
    assert.equal(pruned.status, 0, pruned.stderr);
    assert.match(pruned.stdout, /^deleted \(published before 2024-03-05\): 1 articles,.*\nstore .*x\.db: 1 articles/);
    assert.deepEqual([...new Set(published())], ['2024-03-08']);
    const none = detente(['prune', '--db', db]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /prune needs --before YYYY-MM-DD .* or --stored-before/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
