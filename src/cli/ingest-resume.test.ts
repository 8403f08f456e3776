import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cliNodeArgs, storedCount } from './test-cli-args.js';

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

/** The store of one uninterrupted ingest of `input` (made once, shared by the tests). */
let reference: Promise<string> | undefined;
function referenceDb(dir: string, input: string): Promise<string> {
  reference ??= new Promise((resolve, reject) => {
    const db = join(dir, 'reference.db');
    const full = spawn(process.execPath, args(db, input), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    full.stderr.on('data', (d: Buffer) => (stderr += d));
    full.on('exit', (code) => (code === 0 ? resolve(db) : reject(new Error(`reference ingest failed (${code}): ${stderr}`))));
  });
  return reference;
}

const refDir = mkdtempSync(join(tmpdir(), 'detente-resume-ref-'));
const refInput = join(refDir, 'corpus.jsonl');
writeFileSync(refInput, corpus());
after(() => rmSync(refDir, { recursive: true, force: true }));

for (const signal of ['SIGKILL', 'SIGINT', 'SIGTERM'] as const) {
  const how = signal === 'SIGKILL' ? 'killed with SIGKILL' : `stopped by ${signal}`;
  test(`an ingest ${how} mid-way and run again ends identical to an uninterrupted run`, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-resume-'));
    try {
      const killed = join(dir, 'killed.db');
      const child = spawn(process.execPath, args(killed, refInput), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, sig) => resolve([code, sig])));
      let n = 0;
      for (let i = 0; i < 3000 && n < 1; i++) {
        await sleep(10);
        n = storedCount(killed);
      }
      child.kill(signal);
      const [code, died] = await exited;
      const partial = storedCount(killed);
      assert.ok(partial > 0 && partial < 1000, `the signal should land mid-way (stored ${partial})`);
      if (signal !== 'SIGKILL') {
        // the process stops cleanly, then dies of the signal: the shell shows 128 + n (130 for SIGINT)
        assert.equal(died, signal, `exit code ${code}, stderr: ${stderr}`);
        const said = new RegExp(`interrupted \\(${signal}\\): (\\d+) article\\(s\\) stored by this run, (\\d+) in .*run the same command again`).exec(stderr);
        assert.ok(said, stderr);
        assert.equal(Number(said[1]), partial);
        assert.equal(Number(said[2]), partial);
        // closed: one self-contained file, readable where -shm cannot be created
        assert.deepEqual(readdirSync(dir), ['killed.db']);
        const d = new Database(killed, { readonly: true });
        try {
          assert.equal(d.pragma('journal_mode', { simple: true }), 'delete');
        } finally {
          d.close();
        }
      }

      const again = spawnSync(process.execPath, args(killed, refInput), { cwd: root, encoding: 'utf8' });
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(snapshot(killed), snapshot(await referenceDb(refDir, refInput)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
