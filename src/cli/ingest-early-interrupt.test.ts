import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliNodeArgs, REPO_ROOT } from './test-cli-args.js';

// A preload for the child: the first time the NER model file is read (while the analyzer loads its models, before
// anything is stored) the process sends itself SIGINT, as a Ctrl-C in the first seconds of a run would.
const PRELOAD = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
let sent = false;
fs.readFileSync = function (path, ...rest) {
  if (!sent && String(path).includes('ner-perceptron')) { sent = true; process.kill(process.pid, 'SIGINT'); }
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
`)}`;

test('a Ctrl-C while the models load (before the first batch) still says the run was interrupted, stores nothing and ends with SIGINT', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-early-int-'));
  try {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'The foreign minister of Norway met envoys from Chile in Oslo on Friday.\n');
    const db = join(dir, 'e.db');
    const child = spawn(process.execPath, ['--import', PRELOAD, ...cliNodeArgs(['ingest', '--db', db, input])], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DETENTE_NO_RESPAWN: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    assert.equal(signal, 'SIGINT', `exit code ${code}, stderr: ${stderr}`);
    assert.match(stderr, /interrupted \(SIGINT\): 0 article\(s\) stored by this run/);
    assert.equal(existsSync(db), false, 'an interrupted run that stored nothing leaves no database');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
