import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../model/analysis.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { detenteAsNonRoot, nonRootUnavailable } from './test-cli-args.js';

const prov = { component: 'test', version: '0', rule: 'hand', confidence: 1 };
const TEXT = 'Envoys of Norway met Chilean officials in Oslo on Monday to discuss fishing quotas.';

/** A hand-built analysis with one event NOR → CHL located in Oslo. */
function analysis(): Analysis {
  return {
    article: { id: 'oslo1', title: 'Envoys meet in Oslo', published: '2024-05-06', text: TEXT, url: 'https://example.org/oslo' },
    entities: [{ id: 'e1', name: 'Norway', type: 'GPE', actor: 'NOR', country: 'NOR', agent: null, mentions: [{ start: 10, end: 16, text: 'Norway', kind: 'name', provenance: prov }], provenance: prov }],
    quotes: [],
    events: [
      {
        id: 'ev1', source: { actor: 'NORGOV', name: 'Norway', entity: 'e1' }, target: { actor: 'CHLGOV', name: 'Chile', entity: null },
        code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2024-05-06',
        location: { name: 'Oslo', country: 'NOR' }, sentence: { start: 0, end: TEXT.length, text: TEXT }, trigger: { start: 17, end: 20, text: 'met' },
        rule: 'test', confidence: 1, isRoot: true, negated: false, provenance: prov,
      },
    ],
    tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 14 },
    issues: [],
  };
}

test('query commands read a database in a read-only folder and leave nothing beside it', { skip: process.platform === 'win32' && 'file modes' }, (t) => {
  const unavailable = nonRootUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'detente-ro-'));
  const path = join(dir, 'archive.db');
  try {
    const store = openSqliteStore(path);
    store.recordRun({ id: 'r1', startedAt: '2024-05-06T00:00:00Z', detenteVersion: '0', components: {} });
    store.saveBatch([analysis()], 'r1');
    store.close();
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);

    const events = detenteAsNonRoot(['events', '--db', path, '--format', 'jsonl']);
    assert.equal(events.status, 0, events.stderr);
    assert.equal(JSON.parse(events.stdout.trim()).code, '042');
    const dyad = detenteAsNonRoot(['dyad', 'NOR-CHL', '--db', path, '--format', 'json']);
    assert.equal(dyad.status, 0, dyad.stderr);
    const gdelt = detenteAsNonRoot(['export', '--db', path, '--format', 'gdelt']);
    assert.equal(gdelt.status, 0, gdelt.stderr);
    assert.equal(gdelt.stdout.trim().split('\t').length, 61);
    const quotes = detenteAsNonRoot(['quotes', '--db', path]);
    assert.equal(quotes.status, 0, quotes.stderr);
    const explain = detenteAsNonRoot(['explain', '--db', path, '--article', 'oslo1']);
    assert.equal(explain.status, 0, explain.stderr);
    assert.deepEqual(readdirSync(dir), ['archive.db']);
  } finally {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
