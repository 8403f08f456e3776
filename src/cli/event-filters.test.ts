import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

// made-up report: a meeting (040, QuadClass 1), a detention (173, 4) and a condemnation (111, 3), one each
const ARTICLE = 'Envoys meet\n\nAustrian Foreign Minister Alexander Schallenberg met Swiss officials in Vienna on Tuesday. Polish border guards detained 12 Lithuanian fishermen near Gdansk on Tuesday. Hungary condemned Slovakia over the dam on Tuesday.\n';

test('events and export select by several CAMEO code prefixes, an actor code on either side and QuadClasses; bad values are refused by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-event-filters-'));
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, '--published', '2024-04-03', join(dir, 'a.txt')]).status, 0);
    const codes = (args: string[]) => {
      const r = detente(['events', '--db', db, '--format', 'jsonl', ...args]);
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { code: string }).code).sort();
    };
    assert.deepEqual(codes([]), ['040', '111', '173']);
    assert.deepEqual(codes(['--quad-class', '3,4']), ['111', '173']);
    assert.deepEqual(codes(['--code', '04,17']), ['040', '173']);
    assert.deepEqual(codes(['--actor', 'svk']), ['111'], 'the target side counts');
    assert.deepEqual(codes(['--actor', 'AUTGOV', '--quad-class', '1']), ['040']);
    assert.deepEqual(codes(['--actor', 'AUTMIL']), []);
    const csv = detente(['export', '--db', db, '--format', 'csv', '--quad-class', '4']).stdout.trim().split('\n');
    assert.equal(csv.length, 2, csv.join('\n'));
    assert.match(csv[1], /,173,17,/);
    for (const [args, message] of [
      [['--quad-class', '5'], /invalid --quad-class "5": expected QuadClasses 1 to 4/],
      [['--code', '14,4'], /invalid --code "4": .*did you mean 04\?/],
      [['--actor', 'IR'], /invalid --actor "IR": expected a CAMEO actor code of 3, 6, 9… letters/],
    ] as const) {
      const bad = detente(['events', '--db', db, ...args]);
      assert.equal(bad.status, 1, args.join(' '));
      assert.match(bad.stderr, message);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
