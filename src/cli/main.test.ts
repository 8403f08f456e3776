import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { busyHint } from './main.js';
import { cliNodeArgs } from './test-cli-args.js';

test('a locked-database error from SQLite gets advice on what holds the lock and how to finish', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-busy-'));
  try {
    const path = join(dir, 'x.db');
    const holder = new Database(path);
    holder.exec('CREATE TABLE t (x INTEGER)');
    holder.exec('BEGIN EXCLUSIVE');
    const other = new Database(path, { timeout: 0 });
    let caught: unknown;
    try {
      other.exec('INSERT INTO t VALUES (1)');
    } catch (err) {
      caught = err;
    }
    holder.exec('ROLLBACK');
    holder.close();
    other.close();
    assert.ok(caught, 'the second connection should have been refused');
    assert.match(busyHint(caught), /another process.*is writing to this database.*run the same command again/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('other errors get no locked-database advice', () => {
  assert.equal(busyHint(new Error('no such file')), '');
  assert.equal(busyHint(null), '');
});

test('a usage error is one detente: line and a pointer to --help, not the whole help text, in subcommands too', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const argv of [['ingest', '--batch', '0', 'x.txt'], ['frobnicate']]) {
    const r = spawnSync(process.execPath, cliNodeArgs(argv), { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^detente: /);
    assert.match(r.stderr, /\(add --help for the command's usage\)\n$/);
    assert.doesNotMatch(r.stderr, /Usage:/);
  }
});
