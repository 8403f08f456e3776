import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open-store.js';
import { sample } from '../store/test-analyses.js';
import { detente } from './test-cli-args.js';

/** A SQLite store in `dir` holding one made-up event per [source, target, date, Goldstein]. */
async function storeOf(dir: string, events: readonly [string, string, string, number][]): Promise<string> {
  const db = join(dir, 'x.db');
  const store = await openStore(db);
  await store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
  await store.saveBatch(
    events.map(([source, target, date, goldstein], i) => {
      const a = sample(`a${i}`, `Story ${i}: envoys of ${source} met ${target} on ${date}.`);
      Object.assign(a.article, { published: date });
      Object.assign(a.events[0], { source: { actor: source, name: source, entity: null }, target: { actor: target, name: target, entity: null }, date, goldstein });
      return a;
    }),
    'r0',
  );
  await store.close();
  return db;
}

test('dyad: --by quarter, a row for every period (0 events), the Goldstein sum in the text table, actor codes longer than a country; dyads: the most active pairs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dyad-periods-'));
  try {
    const db = await storeOf(dir, [
      ['ISLGOV', 'NORGOV', '2023-01-17', 1.9],
      ['ISLGOV', 'NORGOV', '2023-01-24', 1.9],
      ['NORMIL', 'ISLGOV', '2023-08-02', -2],
      ['ISL', 'IGOUNO', '2023-09-05', 3.4],
    ]);
    const quarters = detente(['dyad', 'ISL-NOR', '--db', db, '--by', 'quarter', '--format', 'csv']);
    assert.equal(quarters.status, 0, quarters.stderr);
    const rows = quarters.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [['2023-Q1', '2'], ['2023-Q2', '0'], ['2023-Q3', '1']]);
    // an empty period's mean is no number: an empty CSV field
    assert.equal(rows[1][8], '');

    const months = detente(['dyad', 'ISL-NOR', '--db', db, '--from', '2022-12-01', '--to', '2023-09-30']);
    assert.equal(months.status, 0, months.stderr);
    const lines = months.stdout.split('\n');
    assert.match(lines[1], /Goldstein sum +mean \(\+\/- a point\)$/);
    // December to September: ten months, each with a row
    assert.deepEqual(lines.filter((l) => /^\d{4}-\d\d /.test(l)).map((l) => l.slice(0, 7)), ['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09']);
    assert.match(months.stdout, /^2023-01 +2 +2 +0 +0 +0 +3\.80 +1\.90 \+\+$/m);
    assert.match(months.stdout, /^2023-02 +0 +0 +0 +0 +0 +0\.00 +— $/m);

    const government = JSON.parse(detente(['dyad', 'ISLGOV-NORGOV', '--db', db, '--format', 'json']).stdout) as { dyad: string[]; buckets: { events: number }[] };
    assert.deepEqual([government.dyad, government.buckets.map((b) => b.events)], [['ISLGOV', 'NORGOV'], [2]]);
    const un = detente(['dyad', 'ISL-IGOUNO', '--db', db, '--format', 'json']);
    assert.equal(un.status, 0, un.stderr);
    assert.equal((JSON.parse(un.stdout) as { buckets: { events: number }[] }).buckets[0].events, 1);
    assert.equal(detente(['events', '--dyad', 'NORMIL-ISL', '--db', db]).stderr.trim(), '1 event(s)');

    // a code no country starts: a usage error, exit 1 as the other usage errors, for dyad and events alike
    for (const args of [['dyad', 'ISL-XYZ'], ['dyad', 'XYZGOV-ISL'], ['events', '--dyad', 'ISL-XYZ']]) {
      const r = detente([...args, '--db', db]);
      assert.equal(r.status, 1, args.join(' '));
      assert.match(r.stderr, /is no country code/);
      assert.equal(r.stdout, '');
    }
    // and a typo in the agent after the country (GVO for GOV), which printed an empty table and exited 0
    for (const args of [['dyad', 'ISLGVO-NOR'], ['events', '--dyad', 'NOR-ISLGVO']]) {
      const r = detente([...args, '--db', db]);
      assert.equal(r.status, 1, args.join(' '));
      assert.match(r.stderr, /"ISLGVO" \(its "GVO"\) is no CAMEO agent/);
      assert.equal(r.stdout, '');
    }
    // the most active dyads: country pairs (an IGO by its first two segments), events, QuadClass counts, Goldstein
    const dyads = detente(['dyads', '--db', db]);
    assert.equal(dyads.status, 0, dyads.stderr);
    assert.match(dyads.stdout, /^ISL↔NOR +3 +3 +0 +0 +0 +1\.80 +0\.60$/m);
    assert.match(dyads.stdout, /^IGOUNO↔ISL +1 /m);
    // as many dyads as --top asks for are all of them, not "the top N"; fewer are the top N of all
    const pairs = dyads.stdout.split('\n').length - 2;
    assert.equal(detente(['dyads', '--db', db, '--top', String(pairs)]).stderr, `${pairs} dyad(s); \`detente dyad A-B\` gives one over time\n`);
    assert.match(detente(['dyads', '--db', db, '--top', '1']).stderr, new RegExp(`^1 dyad\\(s\\) \\(the top 1 of ${pairs}; --top N for more\\)`));
    const top = detente(['dyads', '--db', db, '--top', '1', '--format', 'csv', '--directed']).stdout.trim().split('\n');
    assert.deepEqual(top, ['dyad,events,mentions,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean', 'ISL-NOR,2,2,2,0,0,0,3.8,1.9']);

    const malformed = detente(['dyad', 'ISLG-NOR', '--db', db]);
    assert.equal(malformed.status, 1);
    assert.match(malformed.stderr, /invalid dyad "ISLG-NOR": expected two CAMEO actor codes of 3, 6, 9… letters/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad --help explains the columns of its table, the + and - bar after the mean included (review 22)', () => {
  const help = detente(['dyad', '--help']);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /one "\+" \(cooperation\) or "-" \(conflict\) per Goldstein point of the mean/);
  assert.match(help.stdout, /1 verbal cooperation, 2 material cooperation, 3 verbal conflict,\s+4 material conflict/);
});
