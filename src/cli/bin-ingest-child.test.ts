import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT, storedCount } from './test-cli-args.js';

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
      // the child looks for its parent once a second, between synchronous steps: loading the models is one of ~1 s of
      // CPU, several seconds on a loaded machine, and a child that loads its modules faster (the CLI bundle) is in it sooner
      for (let i = 0; i < 1500 && alive(kids[0]); i++) await sleep(10);
      assert.equal(alive(kids[0]), false, 'the child has ended');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

for (const given of [undefined, '4']) {
  const what = given === undefined ? 'grows its V8 heap by at most 20% over what survives a full collection and has MALLOC_ARENA_MAX=2' : 'keeps a MALLOC_ARENA_MAX the user set';
  test(`the ingest child of bin/detente.js ${what}`, { skip: skipNoProc, timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-bin-'));
    try {
      const input = join(dir, 'in.jsonl');
      writeFileSync(input, corpus(3000));
      const env = { ...process.env };
      delete env.MALLOC_ARENA_MAX;
      delete env.DETENTE_NO_RESPAWN;
      if (given !== undefined) env.MALLOC_ARENA_MAX = given;
      const parent = spawn(process.execPath, [BIN, 'ingest', '--quiet', '--db', join(dir, 'h.db'), input], { stdio: 'ignore', env });
      const exited = new Promise<void>((resolve) => parent.on('exit', () => resolve()));
      let kids: number[] = [];
      for (let i = 0; i < 500 && kids.length === 0; i++) {
        await sleep(10);
        kids = childrenOf(parent.pid!);
      }
      assert.equal(kids.length, 1, 'the ingest runs in one child process');
      // right after fork and before exec the child still shows the parent's command line and environment: read until they change
      let cmdline: string[] = [];
      for (let i = 0; i < 200 && !cmdline.includes('--no-concurrent-recompilation'); i++) {
        if (i) await sleep(10);
        cmdline = readFileSync(`/proc/${kids[0]}/cmdline`, 'utf8').split('\0');
      }
      const environ = readFileSync(`/proc/${kids[0]}/environ`, 'utf8').split('\0');
      parent.kill('SIGTERM');
      await exited;
      // the last --heap-growing-percent V8 reads wins (one given to node by the user comes after ours)
      assert.equal(cmdline.filter((a) => a.startsWith('--heap-growing-percent=')).at(-1), '--heap-growing-percent=20', cmdline.join(' '));
      assert.ok(environ.includes('DETENTE_NO_RESPAWN=1'), 'the environment read is the child\'s own');
      assert.deepEqual(environ.filter((kv) => kv.startsWith('MALLOC_ARENA_MAX=')), [`MALLOC_ARENA_MAX=${given ?? '2'}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** `n` stories that are not near-duplicates of each other: each names places made of pseudo-random letters. */
function distinctCorpus(n: number): string {
  let seed = 7;
  const word = () => {
    let w = '';
    for (let k = 0; k < 7; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += String.fromCharCode(97 + (seed % 26));
    }
    return w[0].toUpperCase() + w.slice(1);
  };
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const places = Array.from({ length: 12 }, word);
    const text = `Envoys from ${places.slice(0, 6).join(', ')} met in ${places[6]} on Monday.\n"Trade with ${places.slice(7).join(' and ')} will grow," an envoy said.`;
    lines.push(JSON.stringify({ id: `d${i}`, title: `Envoys ${i}`, date: '2024-03-01', text }));
  }
  return `${lines.join('\n')}\n`;
}

test('Ctrl-C to the process group of bin/detente.js ingest, waiting for more input, closes the store, says how to continue and ends with SIGINT', { skip: skipNoDist, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bin-'));
  const db = join(dir, 'c.db');
  // detached: a process group of its own, which the terminal's Ctrl-C signals as a whole (parent and child);
  // stdin stays open after 25 stories, so the ingest is waiting for input when the signal comes
  const parent = spawn(process.execPath, [BIN, 'ingest', '--batch', '10', '--db', db, '-'], { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
  try {
    // blank lines (skipped by the JSON Lines reader) fill the 64 KiB that format detection reads first
  parent.stdin.write(distinctCorpus(25) + '\n'.repeat(70_000));
    let stderr = '';
    parent.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => parent.on('exit', (code, signal) => resolve([code, signal])));
    const closed = new Promise<void>((resolve) => parent.stderr.on('close', () => resolve()));
    let stored = 0;
    for (let i = 0; i < 6000 && stored < 20; i++) {
      await sleep(10);
      stored = storedCount(db);
    }
    assert.ok(stored >= 20, 'the first two batches were stored');
    await sleep(300); // time to analyse the last 5 stories, then the ingest waits for more input
    process.kill(-parent.pid!, 'SIGINT');
    const [code, signal] = await exited;
    await closed;
    parent.stdin.destroy();
    assert.equal(signal, 'SIGINT', `exit code ${code}, stderr: ${stderr}`);
    // the stories after the second batch were analysed, not yet stored: the last transaction stores them
    const said = /interrupted \(SIGINT\): (\d+) article\(s\) stored by this run, (\d+) in .*run the same command again to continue/.exec(stderr);
    assert.ok(said, stderr);
    assert.ok(Number(said[1]) >= 20, said[0]);
    assert.equal(storedCount(db), Number(said[1]));
    assert.deepEqual(readdirSync(dir), ['c.db'], 'the store was closed: no -wal or -shm file left');
  } finally {
    parent.stdin.destroy();
    if (parent.exitCode === null && parent.signalCode === null) process.kill(-parent.pid!, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the ingest child of bin/detente.js killed with SIGKILL: the parent says so, what was stored and how to resume, and exits 137', { skip: skipNoProc, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-bin-'));
  const db = join(dir, 'k.db');
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, distinctCorpus(400));
  const parent = spawn(process.execPath, [BIN, 'ingest', '--quiet', '--batch', '10', '--db', db, input], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let stderr = '';
    parent.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => parent.on('exit', (code, signal) => resolve([code, signal])));
    const closed = new Promise<void>((resolve) => parent.stderr.on('close', () => resolve()));
    for (let i = 0; i < 6000 && storedCount(db) < 20; i++) await sleep(10);
    const kids = childrenOf(parent.pid!);
    assert.equal(kids.length, 1, 'the ingest runs in one child process');
    // after a batch's commit, time for its message to reach the parent
    await sleep(200);
    process.kill(kids[0], 'SIGKILL');
    const [code, signal] = await exited;
    await closed;
    assert.deepEqual([code, signal], [137, null], stderr);
    const said = new RegExp(`^detente ingest: the analysis process \\(pid ${kids[0]}\\) was killed by SIGKILL \\(kill -9, or the system ran out of memory\\): (\\d+) article\\(s\\) stored by this run in ${db.replace(/[.]/g, '\\.')} before it .*Run the same command again to continue: articles already stored are skipped\\n$`).exec(stderr);
    assert.ok(said, stderr);
    const inStore = storedCount(db);
    assert.ok(Number(said[1]) >= 20 && Number(said[1]) <= inStore && inStore < 400, `${said[1]} said, ${inStore} stored`);
  } finally {
    if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
