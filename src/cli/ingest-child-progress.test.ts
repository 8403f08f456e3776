import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { trackIngestChild } from './ingest-child-progress.js';
import { REPO_ROOT, cliNodeArgs, storedCount } from './test-cli-args.js';

/** `n` short made-up wire stories, one JSON object a line, each distinct. */
function stories(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `The fisheries minister of Iceland met envoys from Peru in Lima on Monday, dispatch ${i}.\n"We settled the quotas for season ${i}," the minister said.`;
    lines.push(JSON.stringify({ id: `f${i}`, title: `Quotas ${i}`, date: '2024-05-02', text }));
  }
  return `${lines.join('\n')}\n`;
}

test('an ingest child killed with SIGKILL: its parent says what this run stored, where, and that running the command again resumes', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-killed-'));
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, stories(400));
    const db = join(dir, 'k.db');
    // the ingest command from source, with the IPC channel bin/detente.js gives its child
    const child = spawn(process.execPath, cliNodeArgs(['ingest', '--quiet', '--batch', '10', '--db', db, input]), { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const tracker = trackIngestChild(child);
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    for (let i = 0; i < 6000 && (tracker.lastProgress()?.stored ?? 0) < 20; i++) await sleep(10);
    child.kill('SIGKILL');
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL', stderr);
    const last = tracker.lastProgress();
    assert.ok(last && last.stored >= 20 && last.stored < 400, `the kill should land mid-way: ${JSON.stringify(last)}`);
    // every batch the child reported is committed; at most the one batch it committed as the kill came is not reported
    const inStore = storedCount(db);
    assert.ok(inStore >= last.stored && inStore <= last.stored + 10, `${inStore} stored, ${last.stored} reported`);
    const report = tracker.killedReport('SIGKILL', false);
    assert.equal(report.status, 137);
    assert.equal(
      report.text,
      `detente ingest: the analysis process (pid ${child.pid}) was killed by SIGKILL (kill -9, or the system ran out of memory): ` +
        `${last.stored} article(s) stored by this run in ${db} before it (${last.read} read, 0 failed); the articles it was analysing since that batch were not stored. ` +
        'Run the same command again to continue: articles already stored are skipped\n',
    );
    const json = JSON.parse(tracker.killedReport('SIGKILL', true).text) as Record<string, unknown>;
    assert.deepEqual([json.event, json.level, json.signal, json.stored, json.db, json.exitStatus], ['ingest_killed', 'error', 'SIGKILL', last.stored, db, 137]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ingest child killed before its first batch: the report says nothing was stored by this run', async () => {
  // a stand-in child that sends another tool's message only, then is killed
  const child = spawn(process.execPath, ['-e', `process.send({ detente: 'worker-job', state: 'active', jobId: 'x', origin: 'y' }); setTimeout(() => process.kill(process.pid, 'SIGKILL'), 100);`], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const tracker = trackIngestChild(child);
  await once(child, 'exit');
  assert.equal(tracker.lastProgress(), null);
  assert.match(tracker.killedReport('SIGKILL', false).text, /was killed by SIGKILL \(kill -9, or the system ran out of memory\): nothing stored by this run \(it was killed before its first batch was stored\)\. Run the same command again/);
  assert.equal(tracker.killedReport('SIGSEGV', false).status, 139);
});
