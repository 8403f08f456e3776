import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliNodeArgs, REPO_ROOT } from './test-cli-args.js';

/**
 * A preload for the child: the first time a file whose path holds `pathPart` is read, the process sends itself
 * SIGINT, as a Ctrl-C at that moment of a run would.
 */
function signalOnRead(pathPart: string): string {
  return `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
let sent = false;
fs.readFileSync = function (path, ...rest) {
  if (!sent && String(path).includes(${JSON.stringify(pathPart)})) { sent = true; process.kill(process.pid, 'SIGINT'); }
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
`)}`;
}

/**
 * Runs an ingest of one short article in a child (in this process: DETENTE_NO_RESPAWN) that sends itself SIGINT when
 * a file whose path holds `pathPart` is read.
 * @param nodeArgs the node arguments that run `ingest` with the given arguments (from source, or bin/detente.js)
 * @returns how the child ended, its stderr, and whether it left a database
 */
async function interruptedIngest(pathPart: string, nodeArgs: (args: string[]) => string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'detente-early-int-'));
  try {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'The foreign minister of Norway met envoys from Chile in Oslo on Friday.\n');
    const db = join(dir, 'e.db');
    const child = spawn(process.execPath, ['--import', signalOnRead(pathPart), ...nodeArgs(['ingest', '--db', db, input])], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DETENTE_NO_RESPAWN: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    return { code, signal, stderr, leftDb: existsSync(db) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a Ctrl-C while the models load (before the first batch) still says the run was interrupted, stores nothing and ends with SIGINT', { timeout: 180_000 }, async () => {
  // the NER model is read while the analyzer loads its models, before anything is stored
  const r = await interruptedIngest('ner-perceptron', cliNodeArgs);
  assert.equal(r.signal, 'SIGINT', `exit code ${r.code}, stderr: ${r.stderr}`);
  assert.match(r.stderr, /interrupted \(SIGINT\): 0 article\(s\) stored by this run/);
  assert.equal(r.leftDb, false, 'an interrupted run that stored nothing leaves no database');
});

// bin/detente.js over the compiled dist/ (built by `npm test`)
const skipNoDist = existsSync(join(REPO_ROOT, 'dist', 'cli', 'early-interrupt.js')) ? false : 'dist/ is not built with early-interrupt.js (run `npm run build`, or `npm test`)';

test('a Ctrl-C while bin/detente.js loads the command line (before ingest runs) says so too, stores nothing and ends with SIGINT', { skip: skipNoDist, timeout: 180_000 }, async () => {
  // bin/detente.js reads the bundle's record as it starts to load the command line
  const r = await interruptedIngest('inputs.json', (args) => [join(REPO_ROOT, 'bin', 'detente.js'), ...args]);
  assert.equal(r.signal, 'SIGINT', `exit code ${r.code}, stderr: ${r.stderr}`);
  assert.match(r.stderr, /interrupted \(SIGINT\)/);
  assert.equal(r.leftDb, false);
});
