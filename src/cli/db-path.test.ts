import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDbToRead, checkDbToWrite } from './db-path.js';
import { cliNodeArgs, detenteAsNonRoot, nonRootUnavailable, REPO_ROOT } from './test-cli-args.js';

test('a --db that is a directory is named as such for reading and for writing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  try {
    assert.throws(() => checkDbToRead(dir), /is a directory, not a detente database: give the database file, e\.g\. --db .*detente\.db/);
    assert.throws(() => checkDbToWrite(dir), /is a directory, not a detente database/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a --db in a folder that does not exist names the missing folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  try {
    assert.throws(() => checkDbToWrite(join(dir, 'no-such-folder', 'x.db')), /cannot create .*x\.db: the folder .*no-such-folder does not exist/);
    assert.throws(() => checkDbToRead(join(dir, 'x.db')), /no database at .*x\.db: store articles first/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new --db in a writable folder, an existing file and :memory: pass the write check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  try {
    checkDbToWrite(join(dir, 'new.db'));
    writeFileSync(join(dir, 'old.db'), '');
    checkDbToWrite(join(dir, 'old.db'));
    checkDbToRead(join(dir, 'old.db'));
    checkDbToWrite(':memory:');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('events --db on a directory says it is a directory instead of "disk I/O error"', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  try {
    const r = spawnSync(process.execPath, cliNodeArgs(['events', '--db', dir]), { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^detente: .* is a directory, not a detente database/);
    assert.doesNotMatch(r.stderr, /disk I\/O/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest --db in a folder the user cannot write names the permission problem and creates nothing', { skip: process.platform === 'win32' && 'file modes', timeout: 120_000 }, (t) => {
  const unavailable = nonRootUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  const locked = join(dir, 'locked');
  try {
    mkdirSync(locked);
    const input = join(dir, 'story.txt');
    writeFileSync(input, 'Envoys of Peru met Bolivian officials in La Paz on Friday to discuss a border road.\n');
    chmodSync(dir, 0o755);
    chmodSync(input, 0o644);
    chmodSync(locked, 0o555);
    const r = detenteAsNonRoot(['ingest', '--quiet', '--db', join(locked, 'new.db'), input]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot write the database .*new\.db: permission denied on the folder .*locked/);
    assert.doesNotMatch(r.stderr, /no such file/);
    assert.deepEqual(readdirSync(locked), []);
  } finally {
    chmodSync(locked, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database file the user may not read is reported as a permission problem', { skip: process.platform === 'win32' && 'file modes', timeout: 120_000 }, (t) => {
  const unavailable = nonRootUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'detente-dbpath-'));
  try {
    chmodSync(dir, 0o755);
    const db = join(dir, 'private.db');
    writeFileSync(db, '');
    chmodSync(db, 0o000);
    const r = detenteAsNonRoot(['events', '--db', db]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot read .*private\.db: permission denied/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
