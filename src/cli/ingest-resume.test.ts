import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cliNodeArgs } from './test-cli-args.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = (db: string, input: string) => cliNodeArgs(['ingest', '--quiet', '--batch', '10', '--db', db, input]);

const CAPITALS = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Warsaw', 'Prague', 'Lisbon'];
const COUNTRIES = ['France', 'Germany', 'Spain', 'Italy', 'Austria', 'Poland', 'Czechia', 'Portugal'];

/** 1,000 short synthetic wire stories, each distinct. */
function corpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const a = COUNTRIES[i % 8];
    const b = COUNTRIES[(i * 3 + 1) % 8];
    const text = `The foreign minister of ${a} met officials from ${b} in ${CAPITALS[(i + 2) % 8]} on Tuesday, story ${i}.\n"We discussed trade and security," the minister said after talks number ${i}.`;
    lines.push(JSON.stringify({ id: `s${i}`, title: `Talks ${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const q = (sql: string) => d.prepare(sql).all();
    return {
      articles: q('SELECT id, title, published, text, tone FROM articles ORDER BY id'),
      entities: q('SELECT article_id, id, name, type, actor FROM entities ORDER BY article_id, id'),
      mentions: q('SELECT article_id, entity_id, start, end FROM mentions ORDER BY article_id, entity_id, start'),
      quotes: q('SELECT article_id, id, json FROM quotes ORDER BY article_id, id'),
      events: q('SELECT article_id, id, json FROM events ORDER BY article_id, id'),
    };
  } finally {
    d.close();
  }
}

function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

test('an ingest killed with SIGKILL mid-way and run again ends identical to an uninterrupted run', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-resume-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus());
    const reference = join(dir, 'reference.db');
    const full = spawnSync(process.execPath, args(reference, input), { cwd: root, encoding: 'utf8' });
    assert.equal(full.status, 0, full.stderr);

    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, args(killed, input), { cwd: root, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let n = 0;
    for (let i = 0; i < 3000 && n < 1; i++) {
      await sleep(10);
      n = storedCount(killed);
    }
    child.kill('SIGKILL');
    await exited;
    const partial = storedCount(killed);
    assert.ok(partial > 0 && partial < 1000, `the kill should land mid-way (stored ${partial})`);

    const again = spawnSync(process.execPath, args(killed, input), { cwd: root, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(snapshot(killed), snapshot(reference));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
