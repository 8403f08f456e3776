import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

test('a dyad with few events names the events behind each period: --list in text, eventIds in JSON, event_ids in CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dyad-list-'));
  try {
    // written for this test: two meetings in May, one in July
    const stories = [
      { id: 'p1', source: 'Fjord Times', title: 'Ministers meet on fishing', published: '2024-05-06', text: 'Norwegian Foreign Minister Ingrid Solberg met Finnish Foreign Minister Aino Virtanen in Oslo on Monday.' },
      { id: 'p2', source: 'Fjord Times', title: 'Second round of talks', published: '2024-05-21', text: 'Finnish Foreign Minister Aino Virtanen met Norwegian Foreign Minister Ingrid Solberg in Turku on Tuesday.' },
      { id: 'p3', source: 'Fjord Times', title: 'Summer meeting', published: '2024-07-09', text: 'Norwegian Foreign Minister Ingrid Solberg met Finnish Foreign Minister Aino Virtanen in Bergen on Tuesday.' },
    ];
    writeFileSync(join(dir, 'p.jsonl'), stories.map((s) => JSON.stringify(s)).join('\n'));
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'p.jsonl')]).status, 0);

    const json = JSON.parse(detente(['dyad', 'NOR-FIN', '--db', db, '--format', 'json']).stdout) as { trend: string; buckets: { period: string; events: number; eventIds: string[] }[] };
    assert.equal(json.trend, 'insufficient data');
    // June, with no events, has its row too
    assert.deepEqual(json.buckets.map((b) => [b.period, b.events, b.eventIds.length]), [['2024-05', 2, 2], ['2024-06', 0, 0], ['2024-07', 1, 1]]);
    const ids = json.buckets.flatMap((b) => b.eventIds);
    for (const id of ids) assert.match(id, /^[0-9a-f]{16}-e\d+$/);

    const text = detente(['dyad', 'NOR-FIN', '--db', db, '--list']);
    assert.equal(text.status, 0, text.stderr);
    const lines = text.stdout.split('\n');
    const may = lines.findIndex((l) => l.startsWith('2024-05'));
    const july = lines.findIndex((l) => l.startsWith('2024-07'));
    // each period's events right under it, by id, with their date, actors and code
    assert.deepEqual([lines[may + 1], lines[may + 2], lines[july + 1]].map((l) => l.trim().split(/\s+/)[0]), ids);
    assert.match(lines[july + 1], /^ {2}[0-9a-f]{16}-e\d+ {2}2024-07-09 {2}NORGOV → FINGOV {2}0\d\d /);
    assert.doesNotMatch(detente(['dyad', 'NOR-FIN', '--db', db]).stdout, /-e\d+ {2}2024/);

    const csv = detente(['dyad', 'NOR-FIN', '--db', db, '--format', 'csv']).stdout.trim().split('\n').map((l) => l.split(','));
    const col = csv[0].indexOf('event_ids');
    // newer columns come after the older ones, so readers by position keep working: event_ids stays the 22nd,
    // the slope's 90% interval follows it, then the period's mean article tone
    assert.equal(col, 21);
    assert.deepEqual(csv[0].slice(col + 1), ['slope_low_90', 'slope_high_90', 'tone_mean']);
    const tone = csv[0].indexOf('tone_mean');
    assert.deepEqual(csv.slice(1).map((r) => r[tone] !== ''), [true, false, true], 'a tone for each period with events');
    assert.deepEqual(csv.slice(1).map((r) => r[col].split(' ').filter(Boolean).length), [2, 0, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
