// The behaviour every store shares (saving, duplicates, every query) is tested on SQLite and PostgreSQL alike in
// store-contract.test.ts; this file keeps what only the SQLite file has: WAL, migrations of old files, read-only files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { openSqliteStore } from './sqlite-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { sample, STORIES, WIRE } from './test-analyses.js';


/** Runs `fn` with a fresh temporary folder, deleted afterwards whatever happens. */
function withTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an ingest-sized batch stays in the WAL while the store is open and is all in the database file after close', () => {
  withTempDir((dir) => {
    const path = join(dir, 'big.db');
    const store = openSqliteStore(path);
    store.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
    // 40 articles of ~120 KB: ~1,200 pages, past SQLite's default checkpoint at 1,000 WAL pages
    const words = ['harbour', 'minister', 'convoy', 'ceasefire', 'tariff', 'delegation', 'border', 'summit', 'grain', 'envoy', 'protest', 'reserve'];
    let seed = 7;
    const word = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
    const batch = Array.from({ length: 40 }, (_, i) => sample(`big${i}`, Array.from({ length: 12_000 }, (_, k) => `${word()}${(k * 7 + i * 131) % 9973}`).join(' ')));
    assert.equal(store.saveBatch(batch, 'r1').stored, 40);
    assert.ok(statSync(path).size < 1_000_000, 'no checkpoint yet: the pages are in the WAL');
    assert.ok(statSync(`${path}-wal`).size > 4_000_000);
    store.close();
    assert.equal(existsSync(`${path}-wal`), false);
    assert.ok(statSync(path).size > 4_000_000);
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.counts().articles, 40);
    reader.close();
  });
});


// A child process writes under a file size limit (prlimit --fsize, Linux util-linux): the same refused write as a
// full disk (EFBIG instead of ENOSPC), without root. `bigBatch` articles are ~120 KB each.
const bigWords = ['harbour', 'minister', 'convoy', 'ceasefire', 'tariff', 'delegation', 'border', 'summit', 'grain', 'envoy', 'protest', 'reserve'];
const bigArticleText = (i: number): string => Array.from({ length: 12_000 }, (_, k) => `${bigWords[(k * 7 + i * 13) % bigWords.length]}${(k * 7 + i * 131) % 9973}`).join(' ');
const CHILD_WRITER = `
import { openSqliteStore } from ${JSON.stringify(new URL('./sqlite-store.ts', import.meta.url).pathname)};
import { sample } from ${JSON.stringify(new URL('./test-analyses.ts', import.meta.url).pathname)};
const [path, from, to] = process.argv.slice(-3);
const text = ${bigArticleText.toString()};
const bigWords = ${JSON.stringify(bigWords)};
const out = { saved: null, saveError: null, closeError: null, closeMessage: null };
const store = openSqliteStore(path);
try {
  out.saved = store.saveBatch(Array.from({ length: Number(to) - Number(from) }, (_, k) => sample('big' + (Number(from) + k), text(Number(from) + k))), 'r1').stored;
} catch (err) { out.saveError = err.code + ': ' + err.message; }
try { store.close(); } catch (err) { out.closeError = err.code; out.closeMessage = err.message; }
process.stdout.write(JSON.stringify(out));
`;
const canLimit = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0;

/** Runs CHILD_WRITER on `path` (saving articles big<from>… big<to - 1>) with files limited to `limitBytes`. */
function writeLimited(path: string, from: number, to: number, limitBytes: number): { saved: number | null; saveError: string | null; closeError: string | null; closeMessage: string | null } {
  const r = spawnSync('prlimit', [`--fsize=${limitBytes}`, process.execPath, '--import', 'tsx', '--input-type=module', '-e', CHILD_WRITER, path, String(from), String(to)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** A store at `path` holding articles big0… big<n - 1>, closed (one file). */
function bigStore(path: string, n: number): void {
  const store = openSqliteStore(path);
  store.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
  store.saveBatch(Array.from({ length: n }, (_, i) => sample(`big${i}`, bigArticleText(i))), 'r1');
  store.close();
}

test('a close whose checkpoint cannot grow the database file fails with E_STORE_CHECKPOINT, and the WAL it leaves holds every row', { skip: !canLimit && 'needs Linux prlimit' }, () => {
  withTempDir((dir) => {
    const path = join(dir, 'limited.db');
    bigStore(path, 10);
    const size = statSync(path).size;
    // room for a WAL of 10 more articles (written from offset 0), not for the database file grown by them
    const out = writeLimited(path, 10, 20, size + 2_000_000);
    assert.equal(out.saveError, null);
    assert.equal(out.saved, 10);
    assert.equal(out.closeError, 'E_STORE_CHECKPOINT');
    assert.match(out.closeMessage ?? '', /Everything stored is safe in ".*limited\.db-wal"; keep that file .* run the same command again/);
    assert.ok(statSync(`${path}-wal`).size > 1_000_000, 'the rows are in the WAL left beside the file');
    // opened again with room, the store has all 20 and closes into one file
    const store = openSqliteStore(path);
    assert.equal(store.counts().articles, 20);
    store.close();
    assert.equal(existsSync(`${path}-wal`), false);
  });
});

test('a batch the disk refuses fails with E_STORE_WRITE saying how many articles stay stored and that a run again continues', { skip: !canLimit && 'needs Linux prlimit' }, () => {
  withTempDir((dir) => {
    const path = join(dir, 'limited.db');
    bigStore(path, 3);
    // the WAL of 10 articles (~1.3 MB) passes the limit
    const out = writeLimited(path, 3, 13, 600_000);
    assert.equal(out.saved, null);
    assert.match(out.saveError ?? '', /^E_STORE_WRITE: .*a batch of 10 article\(s\) was not stored and the 3 article\(s\) stored before it are kept\. Free some space .* run the same command again: stored articles are skipped/);
    const store = openSqliteStore(path);
    assert.equal(store.counts().articles, 3);
    store.close();
  });
});

test('a database of schema version 3 loses its unused SimHash band table and keeps finding near copies', () => {
  withTempDir((dir) => {
    const path = join(dir, 'v3.db');
    const store = openSqliteStore(path);
    store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
    store.saveBatch([sample('m1', WIRE)], 'r0');
    store.close();
    // make it look like a version-3 database again: the band table back, migration 4 not applied
    const raw = new Database(path);
    raw.exec('CREATE TABLE simhash_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, value, article_id)) WITHOUT ROWID');
    raw.exec('DELETE FROM schema_migrations WHERE version = 4');
    raw.close();
    const reopened = openSqliteStore(path);
    const edited = sample('m2', WIRE.replace('late into the night', 'late into the evening'));
    assert.equal(reopened.findDuplicate(edited.article)?.of, 'm1');
    reopened.close();
    const check = new Database(path, { readonly: true });
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const versions = check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
    check.close();
    assert.ok(!tables.includes('simhash_bands'), tables.join(', '));
    assert.deepEqual(versions, SQLITE_MIGRATIONS.map((m) => m.version));
  });
});

/** Every row of the annotation tables and of articles, in the columns the schema before migration 5 had. */
function rowsOfSchema4(path: string): Record<string, unknown[]> {
  const d = new Database(path, { readonly: true });
  try {
    return {
      articles: d.prepare('SELECT id, title, published, url, source, origin, lang, text, tone, positive, negative, polarity, word_count, issues, run_id, stored_at, text_hash, simhash FROM articles ORDER BY rowid').raw().all(),
      entities: d.prepare('SELECT article_id, id, name, type, actor, country, agent, role, gender, provenance FROM entities ORDER BY article_id, id').raw().all(),
      mentions: d.prepare('SELECT article_id, entity_id, start, end, text, kind, provenance FROM mentions ORDER BY article_id, entity_id, start, end').raw().all(),
      quotes: d.prepare('SELECT article_id, id, start, end, text, kind, speaker_entity, speaker_name, speaker_actor, cue, json FROM quotes ORDER BY article_id, id').raw().all(),
      events: d.prepare('SELECT article_id, id, source_actor, target_actor, source_country, target_country, code, root_code, quad_class, goldstein, date, location, rule, json FROM events ORDER BY article_id, id').raw().all(),
      duplicates: d.prepare('SELECT * FROM duplicates ORDER BY id').raw().all(),
    };
  } finally {
    d.close();
  }
}

test('a database written before sequential article keys (schema 4) keeps every row and answers every query the same after migration 5', () => {
  withTempDir((dir) => {
    const path = join(dir, 'v4.db');
    // the database as detente wrote it before migration 5: migrations 1-4 applied, rows stored through their schema
    const raw = new Database(path);
    raw.pragma('foreign_keys = ON');
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((x) => x.version <= 4)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    raw.prepare("INSERT INTO runs VALUES ('r0', 'then', '0', '{}')").run();
    // ids out of order, so that their order and the storing order differ
    const ids = ['f3', 'a1', 'c9'];
    ids.forEach((id, k) => {
      const a = sample(id, `${Object.values(STORIES)[k]} Reported by desk ${id}.`);
      raw.prepare(`INSERT INTO articles (id, title, published, url, source, origin, lang, text, tone, positive, negative, polarity, word_count, issues, run_id, stored_at, text_hash, simhash)
        VALUES (?, ?, ?, ?, NULL, NULL, 'en', ?, 1, 2, 1, 3, 12, '[]', 'r0', ?, ?, ?)`).run(id, a.article.title, a.article.published, `https://example.org/${id}`, a.article.text, `t${k}`, `hash${k}`, `0000000${k}0000000${k}`);
      for (const e of [...a.entities, { ...a.entities[0], id: 'e2', name: 'Freedonia', country: 'FRD', actor: 'FRD' }]) {
        raw.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)').run(id, e.id, e.name, e.type, e.actor, e.country, e.agent, JSON.stringify(e.provenance));
        for (const m of e.mentions) raw.prepare('INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, e.id, m.start, m.end, m.text, m.kind, JSON.stringify(m.provenance));
      }
      const q = { ...a.quotes[0], mentions: ['e2'] };
      raw.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)').run(id, q.id, q.start, q.end, q.text, q.kind, q.speaker.entity, q.speaker.name, q.speaker.actor, JSON.stringify(q));
      const ev = a.events[0];
      raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)').run(id, ev.id, ev.source.actor, ev.target!.actor, 'RUR', 'FRD', ev.code, ev.rootCode, ev.quadClass, ev.goldstein, `2024-03-0${k + 1}`, ev.rule, JSON.stringify(ev));
    });
    raw.prepare("INSERT INTO duplicates VALUES ('dup1', 'a1', 'text', 0, 'Copy', NULL, NULL, NULL, 'then')").run();
    raw.close();
    const before = rowsOfSchema4(path);

    const store = openSqliteStore(path);
    const events = store.listEvents({ dyad: ['RUR', 'FRD'] });
    const quotes = store.listQuotes({ mentions: 'Freedonia' });
    const analysis = store.getAnalysis('a1');
    // a new article after the migration gets the next sequence number and its annotations are stored with it
    store.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
    assert.equal(store.saveBatch([sample('z7', STORIES.d)], 'r1').stored, 1);
    const counts = store.counts();
    store.close();

    const after = rowsOfSchema4(path);
    const d = new Database(path, { readonly: true });
    const seqs = d.prepare('SELECT id, seq FROM articles ORDER BY seq').raw().all();
    const annotationSeqs = d.prepare('SELECT DISTINCT a.id, e.article_seq FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY e.article_seq').raw().all();
    const fkProblems = d.pragma('foreign_key_check') as unknown[];
    // the pages of the old tables were given back (VACUUM after the rebuild) as far as the store's rule has it: free
    // pages over a quarter of the file (this file is small: migration 6's index alone moves it across that line)
    const freePages = d.pragma('freelist_count', { simple: true }) as number;
    const pages = d.pragma('page_count', { simple: true }) as number;
    d.close();
    for (const t of Object.keys(before)) {
      const kept = t === 'duplicates' ? after[t] : after[t].filter((r) => (r as unknown[])[0] !== 'z7');
      assert.deepEqual(kept, before[t], t);
    }
    assert.deepEqual(seqs, [['f3', 1], ['a1', 2], ['c9', 3], ['z7', 4]]);
    assert.deepEqual(annotationSeqs, seqs);
    assert.deepEqual(fkProblems, []);
    assert.ok(freePages * 4 <= pages, `${freePages} free of ${pages} pages`);
    assert.deepEqual(counts, { articles: 4, entities: 7, mentions: 7, quotes: 4, events: 4, duplicates: 1 });
    // in the order of the events' date column (2024-03-01, -02, -03), each with its own article's URL
    assert.deepEqual(events.map((e) => [e.articleId, e.articleUrl]), [['f3', 'https://example.org/f3'], ['a1', 'https://example.org/a1'], ['c9', 'https://example.org/c9']]);
    assert.deepEqual(quotes.map((q) => q.articleId).sort(), ['a1', 'c9', 'f3']);
    assert.deepEqual(analysis?.entities.map((e) => [e.id, e.mentions.length]), [['e1', 1], ['e2', 1]]);
    assert.equal(analysis?.article.url, 'https://example.org/a1');
  });
});

test('a store opened read-only reads what was stored, writes nothing and leaves no file beside the database', () => {
  withTempDir((dir) => {
    const path = join(dir, 'r.db');
    const writer = openSqliteStore(path);
    writer.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
    writer.saveBatch([sample('a'), sample('b')], 'r1');
    writer.close();
    assert.deepEqual(readdirSync(dir), ['r.db'], 'a closed store is one self-contained file, no -wal or -shm left');
    const header = readFileSync(path).subarray(18, 20);
    assert.deepEqual([...header], [1, 1], 'file format 1: rollback journal, readable where no -shm file can be created');
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.listEvents({ dyad: ['RUR', 'FRD'] }).length, 2);
    assert.equal(reader.getAnalysis('a')?.article.title, 'Title a');
    assert.throws(() => reader.saveBatch([sample('c')], 'r1'), /readonly/i);
    reader.close();
    assert.deepEqual(readdirSync(dir), ['r.db']);
  });
});

test('opening read-only a missing file, a database that is not a store, or one with migrations pending fails with E_STORE_OPEN and the reason', () => {
  withTempDir((dir) => {
    const missing = join(dir, 'missing.db');
    assert.throws(() => openSqliteStore(missing, { readonly: true }), (e: Error & { code?: string }) => e.code === 'E_STORE_OPEN' && e.message.includes(missing));
    assert.ok(!existsSync(missing), 'opening read-only creates no file');
    const other = join(dir, 'other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE notes (x TEXT)');
    raw.close();
    assert.throws(() => openSqliteStore(other, { readonly: true }), /not a detente database/);
    const old = join(dir, 'old.db');
    openSqliteStore(old).close();
    const edit = new Database(old);
    edit.exec('DELETE FROM schema_migrations WHERE version = 4');
    edit.close();
    assert.throws(() => openSqliteStore(old, { readonly: true }), /migrations 4 not applied.*detente upgrade --db FILE.*write access/);
  });
});

test('a database that cannot be created where asked fails with E_STORE_OPEN saying so, not "no such file"', { skip: !existsSync('/proc/self') && 'needs /proc' }, () => {
  assert.throws(
    () => openSqliteStore('/proc/detente-test.db'),
    (err: Error & { code?: string }) => err.code === 'E_STORE_OPEN' && /cannot create the file .*the folder \/proc takes no new files/.test(err.message) && !/no such file/.test(err.message),
  );
});

test('a store closed while other connections use the database closes at once and leaves it in WAL mode for them', () => {
  withTempDir((dir) => {
    const path = join(dir, 'w.db');
    const first = openSqliteStore(path);
    first.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
    const second = openSqliteStore(path);
    second.saveBatch([sample('a')], 'r1');
    const reading = new Database(path, { readonly: true });
    const open = reading.prepare('SELECT id FROM articles').iterate();
    open.next(); // a read transaction in progress holds a shared lock
    const started = performance.now();
    first.close();
    assert.ok(performance.now() - started < 1000, 'no wait for the lock (busy timeout 5 s) to leave WAL mode');
    assert.equal(readFileSync(path)[18], 2, 'still WAL (file format 2) while the others have it open');
    open.return?.();
    reading.close();
    assert.deepEqual(second.saveBatch([sample('b')], 'r1'), { stored: 1, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 1, quotes: 1 });
    second.close();
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.counts().articles, 2);
    reader.close();
  });
});
