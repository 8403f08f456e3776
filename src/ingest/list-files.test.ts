import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { listFiles } from './list-files.js';

/** The files a walk of `dir` lists and reports as skipped, relative to `dir`. */
async function walk(dir: string, all: boolean): Promise<{ listed: string[]; skipped: string[] }> {
  const listed: string[] = [];
  const skipped: string[] = [];
  for await (const entry of listFiles(dir, new Set(), { all, onSkip: (p) => skipped.push(relative(dir, p)) })) {
    if ('path' in entry) listed.push(relative(dir, entry.path));
    else assert.fail(JSON.stringify(entry.failure));
  }
  return { listed, skipped };
}

test('a folder holding the SQLite store being written lists neither the database nor its -wal and -shm files, even when every file is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-list-'));
  try {
    writeFileSync(join(dir, 'story.txt'), 'Envoys meet\n\nThe envoys met in Geneva on Monday.\n');
    writeFileSync(join(dir, 'notes.db'), 'not a database, a file of an unknown extension\n');
    writeFileSync(join(dir, 'orphan-wal'), 'no database beside it\n');
    // a store open for writing: the database in WAL mode with its -wal and -shm files beside it
    const db = new Database(join(dir, 'detente.db'));
    try {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE t (x TEXT)');
      db.prepare('INSERT INTO t VALUES (?)').run('row');
      assert.ok(existsSync(join(dir, 'detente.db-wal')) && existsSync(join(dir, 'detente.db-shm')));
      assert.deepEqual(await walk(dir, false), { listed: ['story.txt'], skipped: ['notes.db', 'orphan-wal'] });
      assert.deepEqual(await walk(dir, true), { listed: ['notes.db', 'orphan-wal', 'story.txt'], skipped: [] });
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
