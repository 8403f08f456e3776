import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

test('dyad by week names the month an event is dated to and suggests --by month, not only --by year', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-coarser-'));
  try {
    // written for this test: one meeting on a day, one only "last month"
    const stories = [
      { id: 'm1', source: 'Valley Post', title: 'Envoys meet', published: '2024-05-20', text: 'Norwegian Foreign Minister Ingrid Solberg met Finnish Foreign Minister Aino Virtanen in Oslo on Monday.' },
      { id: 'm2', source: 'Valley Post', title: 'Envoys meet again', published: '2024-06-04', text: 'Norwegian Foreign Minister Ingrid Solberg met Finnish Foreign Minister Aino Virtanen in Helsinki last month to discuss fishing rights.' },
    ];
    writeFileSync(join(dir, 'm.jsonl'), stories.map((s) => JSON.stringify(s)).join('\n'));
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'm.jsonl')]).status, 0);
    const weekly = detente(['dyad', 'NOR-FIN', '--db', db, '--by', 'week']);
    assert.equal(weekly.status, 0, weekly.stderr);
    assert.match(weekly.stdout, /^1 event\(s\) dated only to a month \(longer than a week: "last month"\) left out: try --by month$/m);
    // by month it is counted, and nothing is left out
    assert.doesNotMatch(detente(['dyad', 'NOR-FIN', '--db', db, '--by', 'month']).stdout, /left out/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
