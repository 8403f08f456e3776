import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../model/analysis.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { cliNodeArgs, REPO_ROOT } from './test-cli-args.js';

const prov = { component: 'test', version: '0', rule: 'hand', confidence: 1 };

/** A hand-built analysis of a story with `n` events KEN → UGA (enough lines to fill a few writes). */
function analysis(n: number): Analysis {
  const text = 'Kenyan negotiators met a delegation from Uganda in Kampala to settle a dispute over a lake island.';
  return {
    article: { id: 'lake1', title: 'Island talks', published: '2024-07-02', text },
    entities: [],
    quotes: [],
    events: Array.from({ length: n }, (_, i) => ({
      id: `ev${i}`, source: { actor: 'KENGOV', name: 'Kenya', entity: null }, target: { actor: 'UGAGOV', name: 'Uganda', entity: null },
      code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2024-07-02',
      location: { name: 'Kampala', country: 'UGA' }, sentence: { start: 0, end: text.length, text }, trigger: { start: 18, end: 21, text: 'met' },
      rule: 'test', confidence: 1, isRoot: true, negated: false, provenance: prov,
    })),
    tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 17 },
    issues: [],
  } as Analysis;
}

/**
 * Runs the CLI from source with the read end of its stdout and/or stderr pipe closed before it writes anything
 * (what `detente … | head` meets once head has exited), and resolves with its exit status.
 */
function runWithClosedPipes(args: string[], closed: { stdout: boolean; stderr: boolean }): Promise<[number | null, NodeJS.Signals | null]> {
  const child = spawn(process.execPath, cliNodeArgs(args), { cwd: REPO_ROOT, stdio: ['ignore', closed.stdout ? 'pipe' : 'ignore', closed.stderr ? 'pipe' : 'ignore'] });
  child.stdout?.destroy();
  child.stderr?.destroy();
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
}

function withEventsDb(): { db: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'detente-pipe-'));
  const db = join(dir, 'events.db');
  const store = openSqliteStore(db);
  store.recordRun({ id: 'r1', startedAt: '2024-07-02T00:00:00Z', detenteVersion: '0', components: {} });
  store.saveBatch([analysis(400)], 'r1');
  store.close();
  return { db, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('events exits 0 when the reader of both stdout and stderr has gone, as in `2>&1 | head`', { timeout: 120_000 }, async () => {
  const { db, done } = withEventsDb();
  try {
    assert.deepEqual(await runWithClosedPipes(['events', '--db', db, '--dyad', 'KEN-UGA', '--directed'], { stdout: true, stderr: true }), [0, null]);
  } finally {
    done();
  }
});

test('the "N event(s)" line written to a closed stderr ends the command quietly with status 0', { timeout: 120_000 }, async () => {
  const { db, done } = withEventsDb();
  try {
    assert.deepEqual(await runWithClosedPipes(['events', '--db', db], { stdout: false, stderr: true }), [0, null]);
  } finally {
    done();
  }
});

test('a command that fails keeps its status 1 when its error message meets a closed stderr', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-pipe-'));
  try {
    assert.deepEqual(await runWithClosedPipes(['events', '--db', join(dir, 'missing.db')], { stdout: false, stderr: true }), [1, null]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export to a full disk (/dev/full) exits 1 saying it cannot write, with no note about rows it did not write', { skip: process.platform !== 'linux' && 'needs /dev/full' }, () => {
  const { db, done } = withEventsDb();
  const full = openSync('/dev/full', 'w');
  try {
    // the 400 repeats are one GDELT row: a merge note follows a written export
    const r = spawnSync(process.execPath, cliNodeArgs(['export', '--db', db]), { cwd: REPO_ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^detente: cannot write the output \(.*ENOSPC/m);
    assert.doesNotMatch(r.stderr, /note:/);
    const ok = spawnSync(process.execPath, cliNodeArgs(['export', '--db', db]), { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /^note: 400 event\(s\) in 1 row\(s\)/m);
  } finally {
    closeSync(full);
    done();
  }
});
