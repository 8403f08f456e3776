import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../model/analysis.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { detente } from './test-cli-args.js';

const prov = { component: 'test', version: '0', rule: 'hand', confidence: 1 };

/** A hand-built analysis with one event `source` → `target` (made-up text). */
function analysis(id: string, source: string, target: string, date: string): Analysis {
  const text = `Negotiators of ${source} met a delegation of ${target} to settle a dispute over a lake island.`;
  const at = text.indexOf('met');
  return {
    article: { id, title: 'Island talks', published: date, text },
    entities: [],
    quotes: [],
    events: [{
      id: 'ev0', source: { actor: `${source}GOV`, name: source, entity: null }, target: { actor: `${target}GOV`, name: target, entity: null },
      code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date,
      location: null, sentence: { start: 0, end: text.length, text }, trigger: { start: at, end: at + 3, text: 'met' },
      rule: 'test', confidence: 1, isRoot: true, negated: false, provenance: prov,
    }],
    tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 17 },
    issues: [],
  } as Analysis;
}

test('dyads --format jsonl prints the dyads of --format json one per line; dyad refuses jsonl saying why and what to use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dyad-formats-'));
  try {
    const db = join(dir, 'x.db');
    const store = openSqliteStore(db);
    store.recordRun({ id: 'r1', startedAt: '2024-07-02T00:00:00Z', detenteVersion: '0', components: {} });
    store.saveBatch([analysis('a1', 'KEN', 'UGA', '2024-07-02'), analysis('a2', 'TZA', 'UGA', '2024-07-03'), analysis('a3', 'KEN', 'UGA', '2024-08-01')], 'r1');
    store.close();
    const json = detente(['dyads', '--db', db, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const jsonl = detente(['dyads', '--db', db, '--format', 'JSONL']);
    assert.equal(jsonl.status, 0, jsonl.stderr);
    const lines = jsonl.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), JSON.parse(json.stdout));
    const dyad = detente(['dyad', 'KEN-UGA', '--db', db, '--format', 'jsonl']);
    assert.equal(dyad.status, 1);
    assert.match(dyad.stderr, /^detente: unknown --format "jsonl": dyad prints one series, a single JSON document: use --format json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
