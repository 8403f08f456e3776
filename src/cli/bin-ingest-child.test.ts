import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from './test-cli-args.js';

// bin/detente.js runs `ingest` in a child node started with --no-concurrent-recompilation. These tests run the
// real entry point over the compiled dist/ (built by `npm test`), and read the process tree from /proc.
const BIN = join(REPO_ROOT, 'bin', 'detente.js');
const built = existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'));
const skipNoDist = built ? false : 'dist/ is not built (run `npm run build`, or `npm test`, which builds first)';
const skipNoProc = existsSync('/proc/self/task') ? skipNoDist : 'needs /proc (Linux) to read the process tree';

/** Children of `pid` (Linux /proc), empty when it has none or has ended. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Short synthetic stories, one JSON object a line. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `The trade minister of Norway met envoys from Chile in Oslo on Friday, report ${i}.\n"We agreed on fishing quotas," the minister said after round ${i}.`;
    lines.push(JSON.stringify({ id: `n${i}`, title: `Quotas ${i}`, date: '2024-03-01', text }));
  }
  return `${lines.join('\n')}\n`;
}

test('ingest through bin/detente.js stores the articles and exits with the status of its child', { skip: skipNoDist, timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bin-'));
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, corpus(3));
    const db = join(dir, 'a.db');
    const ok = spawnSync(process.execPath, [BIN, 'ingest', '--quiet', '--db', db, input], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const missing = spawnSync(process.execPath, [BIN, 'ingest', '--quiet', '--db', db, join(dir, 'nothing-here.txt')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /E_INGEST_NOT_FOUND/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const sent of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
  const how = sent === 'SIGKILL' ? 'stops within seconds when the parent is killed outright' : `ends too when ${sent} reaches the parent alone`;
  test(`the ingest child of bin/detente.js ${how}, and the parent dies of ${sent}`, { skip: skipNoProc, timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-bin-'));
    try {
      const input = join(dir, 'in.jsonl');
      writeFileSync(input, corpus(3000));
      // detached: its own process group, so the signal reaches the parent alone, as `kill -INT <pid>` does
      const parent = spawn(process.execPath, [BIN, 'ingest', '--quiet', '--db', join(dir, 'b.db'), input], { stdio: 'ignore', detached: true });
      const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => parent.on('exit', (code, signal) => resolve([code, signal])));
      let kids: number[] = [];
      for (let i = 0; i < 500 && kids.length === 0; i++) {
        await sleep(10);
        kids = childrenOf(parent.pid!);
      }
      assert.equal(kids.length, 1, 'the ingest runs in one child process');
      // right after fork and before exec the child still shows the parent's command line: read until it changes
      let cmdline: string[] = [];
      for (let i = 0; i < 200 && !cmdline.includes('--no-concurrent-recompilation'); i++) {
        if (i) await sleep(10);
        cmdline = readFileSync(`/proc/${kids[0]}/cmdline`, 'utf8').split('\0');
      }
      assert.ok(cmdline.includes('--no-concurrent-recompilation'), cmdline.join(' '));
      parent.kill(sent);
      const [code, signal] = await exited;
      assert.equal(signal, sent, `exit code ${code}`);
      for (let i = 0; i < 500 && alive(kids[0]); i++) await sleep(10);
      assert.equal(alive(kids[0]), false, 'the child has ended');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
