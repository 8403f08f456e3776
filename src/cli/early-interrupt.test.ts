import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './test-cli-args.js';

const MODULE = new URL('./early-interrupt.ts', import.meta.url).href;

/** Runs `body` in a child node (tsx) after `reportEarlyInterrupt(argv)`; resolves with how it ended and its stderr. */
function runChild(body: string, argv: readonly string[] = []): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const script = `import(${JSON.stringify(MODULE)}).then(({ reportEarlyInterrupt }) => {
    reportEarlyInterrupt(${JSON.stringify(argv)});
    // a synchronous load: the signal is caught now and emitted once the event loop runs again
    const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
    ${body}
  });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

test('a Ctrl-C while the program loads, before the command listens, says the run was interrupted and ends with SIGINT', { timeout: 60_000 }, async () => {
  const r = await runChild(`process.kill(process.pid, 'SIGINT'); busy(200); setTimeout(() => process.stderr.write('went on\\n'), 5000);`);
  assert.equal(r.signal, 'SIGINT', `exit code ${r.code}, stderr: ${r.stderr}`);
  assert.equal(r.stderr, 'interrupted (SIGINT) while detente was starting: 0 article(s) stored; run the same command again\n');
});

test('with --log-format json the interruption is one JSON line', { timeout: 60_000 }, async () => {
  const r = await runChild(`process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 5000);`, ['ingest', '--log-format', 'json', 'in.txt']);
  assert.equal(r.signal, 'SIGTERM', r.stderr);
  const line = JSON.parse(r.stderr) as Record<string, unknown>;
  assert.deepEqual([line.event, line.signal, line.stored, line.starting], ['interrupted', 'SIGTERM', 0, true]);
});

test('once the command listens, a signal caught during the load is its own to report, once, and not lost', { timeout: 60_000 }, async () => {
  // the signal arrives during the synchronous load; the command's listener is added before the event loop emits it
  const r = await runChild(`process.kill(process.pid, 'SIGINT'); busy(200);
    process.on('SIGINT', (s) => { process.stderr.write('the command stops on ' + s + '\\n'); process.exit(3); });
    setTimeout(() => process.stderr.write('went on\\n'), 5000);`);
  assert.deepEqual([r.code, r.stderr], [3, 'the command stops on SIGINT\n']);
});
