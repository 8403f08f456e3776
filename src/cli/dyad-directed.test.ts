import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente, writeSeedStories } from './test-cli-args.js';

test('dyad --directed counts only the first country acting toward the second; without it both directions are pooled; --format csv gives the periods of --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dyad-'));
  try {
    // made-up stories: two Austrian acts toward Switzerland, one Swiss act toward Austria
    const stories: [string, string, string][] = [
      ['2024-03-05', 'Envoys meet', 'Austrian Foreign Minister Alexander Schallenberg met Swiss officials in Vienna on Tuesday.'],
      ['2024-04-09', 'Rail deal', 'Austrian negotiators signed a rail agreement with Switzerland in Bern on Tuesday.'],
      ['2024-05-07', 'Bern thanks Vienna', 'Swiss Foreign Minister Petra Huber praised Austria on Tuesday for its help after the floods.'],
    ];
    writeSeedStories(dir, stories);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, dir]).status, 0);
    const count = (args: string[]) => {
      const r = detente(['dyad', ...args, '--db', db, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const series = JSON.parse(r.stdout) as { directed: boolean; buckets: { events: number }[] };
      return [series.directed, series.buckets.reduce((n, b) => n + b.events, 0)];
    };
    const pooled = count(['AUT-CHE']);
    const forward = count(['AUT-CHE', '--directed']);
    const backward = count(['CHE-AUT', '--directed']);
    assert.equal(pooled[0], false);
    assert.deepEqual([forward[0], backward[0]], [true, true]);
    assert.ok((forward[1] as number) >= 1 && (backward[1] as number) >= 1, `forward ${forward[1]}, backward ${backward[1]}`);
    assert.equal((forward[1] as number) + (backward[1] as number), pooled[1]);
    const text = detente(['dyad', 'AUT-CHE', '--db', db, '--directed']);
    assert.match(text.stdout, /^AUT → CHE by month$/m);
    assert.match(detente(['dyad', 'AUT-CHE', '--db', db]).stdout, /^AUT ↔ CHE by month$/m);
    // --format csv (review 16: refused before): one row per period of the JSON, with its counts
    const csv = detente(['dyad', 'AUT-CHE', '--db', db, '--directed', '--format', 'csv']);
    assert.equal(csv.status, 0, csv.stderr);
    const [header, ...rows] = csv.stdout.trim().split('\n').map((l) => l.split(','));
    const json = JSON.parse(detente(['dyad', 'AUT-CHE', '--db', db, '--directed', '--format', 'json']).stdout) as { buckets: { period: string; events: number }[] };
    assert.deepEqual(rows.map((r) => [r[header.indexOf('period')], Number(r[header.indexOf('events')]), r[header.indexOf('dyad')]]), json.buckets.map((b) => [b.period, b.events, 'AUT-CHE']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
