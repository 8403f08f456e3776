import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../model/analysis.js';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const prov = { component: 'test', version: '0', rule: 'hand', confidence: 1 };

const STORIES: Record<string, string> = {
  a: 'Ministers from Ruritania met Freedonian envoys in Capitol City on Tuesday.',
  b: 'Rebels shelled a border post overnight and the army returned fire, a spokesman said.',
  c: 'The central bank raised interest rates by half a point to curb rising inflation.',
  d: 'Flooding forced thousands from their homes as rivers burst their banks in the north.',
};

function sample(id: string, text = STORIES[id] ?? `Story ${id}: ${id.repeat(3)} happened somewhere on some day.`): Analysis {
  return {
    article: { id, title: `Title ${id}`, published: '2024-03-05', text },
    entities: [
      { id: 'e1', name: 'Ruritania', type: 'GPE', actor: 'RUR', country: 'RUR', agent: null, mentions: [{ start: 15, end: 24, text: 'Ruritania', kind: 'name', provenance: prov }], provenance: prov },
    ],
    quotes: [
      {
        id: 'q1', text: 'We are close', start: 0, end: 12, kind: 'direct',
        speaker: { entity: 'e1', name: 'Anna Berg', actor: 'RURGOV', mention: null }, cue: null, mentions: [], provenance: prov,
      },
    ],
    events: [
      {
        id: 'ev1', source: { actor: 'RURGOV', name: 'Ruritania', entity: 'e1' }, target: { actor: 'FRDGOV', name: 'Freedonia', entity: null },
        code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2024-03-05', location: null,
        sentence: { start: 0, end: 73, text }, trigger: { start: 25, end: 28, text: 'met' }, rule: 'test', confidence: 1, isRoot: true, negated: false, provenance: prov,
      },
    ],
    tone: { tone: 1, positive: 2, negative: 1, polarity: 3, wordCount: 12 },
    issues: [],
  };
}

/** Runs `fn` with a fresh temporary folder, deleted afterwards whatever happens. */
function withTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function memoryStore() {
  const store = openSqliteStore(':memory:');
  store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
  return store;
}

test('storing the same analyses twice adds nothing the second time', () => {
  withTempDir((dir) => {
    const path = join(dir, 't.db');
    let store = openSqliteStore(path);
    store.recordRun({ id: 'r1', startedAt: 'now', detenteVersion: '0', components: {} });
    assert.deepEqual(store.saveBatch([sample('a'), sample('b')], 'r1'), { stored: 2, skipped: 0, duplicates: 0, replaced: 0 });
    const before = store.counts();
    store.close();
    store = openSqliteStore(path); // reopening re-runs migrations harmlessly
    assert.deepEqual(store.saveBatch([sample('a'), sample('b')], 'r1'), { stored: 0, skipped: 2, duplicates: 0, replaced: 0 });
    assert.deepEqual(store.counts(), before);
    assert.deepEqual(before, { articles: 2, entities: 2, mentions: 2, quotes: 2, events: 2, duplicates: 0 });
    store.close();
  });
});

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

test('a failing batch writes nothing', () => {
  const store = memoryStore();
  const bad = sample('c');
  (bad.events[0] as { code: unknown }).code = null; // violates NOT NULL
  assert.throws(() => store.saveBatch([sample('d'), bad], 'r0'));
  assert.equal(store.counts().articles, 0);
  store.close();
});

test('events are listed by dyad in either direction and by date range', () => {
  const store = memoryStore();
  store.saveBatch([sample('a')], 'r0');
  assert.equal(store.listEvents({ dyad: ['FRD', 'RUR'] }).length, 1);
  assert.equal(store.listEvents({ dyad: ['FRD', 'RUR'], directed: true }).length, 0);
  assert.equal(store.listEvents({ from: '2024-03-06' }).length, 0);
  assert.equal(store.listEvents({ to: '2024-03-05' })[0].code, '042');
  store.close();
});

test('an event dated only to a week, month or year is in a date range only when its whole period is', () => {
  const store = memoryStore();
  const dated = (id: string, date: string, datePrecision: 'day' | 'week' | 'month' | 'year') => {
    const a = sample(id);
    Object.assign(a.events[0], { date, datePrecision });
    return a;
  };
  store.saveBatch([dated('y', '2023-01-01', 'year'), dated('m', '2023-02-01', 'month'), dated('w', '2023-06-18', 'week'), dated('d', '2023-06-19', 'day')], 'r0');
  const ids = (f: { from?: string; to?: string }) => store.listEvents(f).map((e) => e.articleId).join(',');
  assert.equal(ids({ to: '2023-01-31' }), ''); // "earlier this year" is no January event
  assert.equal(ids({ to: '2023-02-28' }), 'm');
  assert.equal(ids({ to: '2023-06-23' }), 'm,d');
  assert.equal(ids({ to: '2023-06-24' }), 'm,w,d');
  assert.equal(ids({ to: '2023-12-31' }), 'y,m,w,d');
  assert.equal(ids({ from: '2023-02-01' }), 'm,w,d');
  assert.equal(ids({ from: '2023-06-19' }), 'd');
  store.close();
});

test('quotes are found by whole words of the speaker name regardless of case; wildcards are ordinary characters', () => {
  const store = memoryStore();
  store.saveBatch([sample('a')], 'r0');
  assert.equal(store.listQuotes({ speaker: 'BERG' }).length, 1);
  assert.equal(store.listQuotes({ speaker: 'anna berg' }).length, 1);
  assert.equal(store.listQuotes({ speaker: 'nobody' }).length, 0);
  assert.equal(store.listQuotes({ speaker: 'erg' }).length, 0);
  assert.equal(store.listQuotes({ speaker: '_' }).length, 0);
  assert.equal(store.listQuotes({ actor: 'RUR' }).length, 1);
  assert.equal(store.listQuotes({ actor: '_' }).length, 0);
  store.close();
});

test('quotes are found by an entity their content mentions: name, actor code or country', () => {
  const store = memoryStore();
  const mentioning = sample('a');
  mentioning.quotes = [{ ...mentioning.quotes[0], mentions: ['e1'] }];
  store.saveBatch([mentioning, sample('b')], 'r0');
  assert.deepEqual(store.listQuotes({ mentions: 'ruritania' }).map((q) => q.articleId), ['a']);
  assert.equal(store.listQuotes({ mentions: 'ritania' }).length, 0);
  assert.equal(store.listQuotes({ mentions: 'RUR' }).length, 1);
  assert.equal(store.listQuotes({ speaker: 'berg', mentions: 'freedonia' }).length, 0);
  store.close();
});

test('a publication date with a time is within a --to range ending on its day', () => {
  const store = memoryStore();
  const timed = sample('a');
  timed.article.published = '2024-03-05T18:30:00Z';
  store.saveBatch([timed], 'r0');
  assert.equal(store.listQuotes({ to: '2024-03-05' }).length, 1);
  assert.equal(store.listQuotes({ to: '2024-03-04' }).length, 0);
  assert.equal(store.listEntities({ to: '2024-03-05' }).length, 1);
  assert.equal(store.listEntities({ from: '2024-03-06' }).length, 0);
  store.close();
});

test('entities are summed over the articles that name them, most articles first, with their mentions and dates', () => {
  const store = memoryStore();
  const later = sample('b');
  later.article.published = '2024-04-01';
  later.entities = [
    { ...later.entities[0], mentions: [...later.entities[0].mentions, { start: 40, end: 42, text: 'it', kind: 'pronoun', provenance: prov }] },
    { id: 'e2', name: 'Anna Berg', type: 'PERSON', actor: 'RURGOV', country: 'RUR', agent: 'GOV', mentions: [{ start: 0, end: 9, text: 'Anna Berg', kind: 'name', provenance: prov }], provenance: prov },
  ];
  const dateline = sample('c');
  dateline.entities = [{ ...dateline.entities[0], name: 'RURITANIA' }];
  store.saveBatch([sample('a'), later, dateline], 'r0');
  const all = store.listEntities();
  assert.deepEqual(
    all.map((e) => [e.name, e.type, e.actor, e.articles, e.mentions, e.firstPublished, e.lastPublished]),
    [
      ['Ruritania', 'GPE', 'RUR', 3, 4, '2024-03-05', '2024-04-01'],
      ['Anna Berg', 'PERSON', 'RURGOV', 1, 1, '2024-04-01', '2024-04-01'],
    ],
  );
  assert.deepEqual(store.listEntities({ type: 'PERSON' }).map((e) => e.name), ['Anna Berg']);
  // the same name, type and actor code with a country or agent in one article only is still one row
  const titled = sample('d');
  titled.entities = [{ id: 'e9', name: 'Anna Berg', type: 'PERSON', actor: 'RURGOV', country: null, agent: null, mentions: [{ start: 0, end: 9, text: 'Anna Berg', kind: 'name', provenance: prov }], provenance: prov }];
  store.saveBatch([titled], 'r0');
  assert.deepEqual(store.listEntities({ type: 'PERSON' }).map((e) => [e.name, e.articles, e.country, e.agent]), [['Anna Berg', 2, 'RUR', 'GOV']]);
  assert.deepEqual(store.listEntities({ actor: 'rurgov' }).map((e) => e.name), ['Anna Berg']);
  assert.deepEqual(store.listEntities({ name: 'berg' }).map((e) => e.name), ['Anna Berg']);
  assert.equal(store.listEntities({ name: 'erg' }).length, 0);
  assert.equal(store.listEntities({ actor: '_' }).length, 0);
  assert.deepEqual(store.listEntities({ limit: 1 }).map((e) => e.name), ['Ruritania']);
  assert.deepEqual(store.listEntities({ to: '2024-03-31' }).map((e) => [e.name, e.articles]), [['Ruritania', 2], ['Anna Berg', 1]]);
  // another code in another article (a title there only, an office that changed) is the same row: the code most of
  // its articles gave it, the others listed after it
  const party = sample('f');
  party.entities = [{ id: 'e5', name: 'Anna Berg', type: 'PERSON', actor: 'RURPTY', country: 'RUR', agent: 'PTY', mentions: [{ start: 0, end: 9, text: 'Anna Berg', kind: 'name', provenance: prov }], provenance: prov }];
  const untitled = sample('g');
  untitled.entities = [{ id: 'e6', name: 'Anna Berg', type: 'PERSON', actor: null, country: null, agent: null, mentions: [{ start: 0, end: 9, text: 'Anna Berg', kind: 'name', provenance: prov }], provenance: prov }];
  store.saveBatch([party, untitled], 'r0');
  assert.deepEqual(
    store.listEntities({ type: 'PERSON' }).map((e) => [e.name, e.articles, e.actor, e.otherActors, e.country, e.agent]),
    [['Anna Berg', 4, 'RURGOV', ['RURPTY'], 'RUR', 'GOV']],
  );
  store.close();
});

test('a stored analysis reads back equal to what was saved', () => {
  const store = memoryStore();
  const a = sample('z');
  store.saveBatch([a], 'r0');
  const back = store.getAnalysis('z');
  assert.ok(back);
  assert.deepEqual(back.events, a.events);
  assert.deepEqual(back.quotes, a.quotes);
  assert.deepEqual(back.entities[0].mentions, a.entities[0].mentions);
  store.close();
});

const WIRE = [
  'Finance ministers from the eurozone agreed on Thursday to extend a credit line to Greece for another six months,',
  'after a meeting in Brussels that lasted late into the night. The agreement still needs approval by national parliaments,',
  'officials said, and several governments warned that further reforms would be required before any money is released.',
  'Greek officials welcomed the decision and said the government would present a new budget plan next week.',
].join(' ');

test('a copy under another id is linked to the first copy, not stored twice', () => {
  const store = memoryStore();
  const first = sample('w1', WIRE);
  const sameText = sample('w2', WIRE);
  const reheadlined = sample('w3', WIRE.replace('late into the night', 'late into the evening'));
  const sameUrl = sample('w4', 'A different text entirely about something else, published at the same address.');
  first.article.url = 'https://news.example/a';
  sameUrl.article.url = 'https://news.example/a';
  assert.deepEqual(store.saveBatch([first, sameText, reheadlined, sameUrl], 'r0'), { stored: 1, skipped: 0, duplicates: 3, replaced: 0 });
  assert.equal(store.counts().articles, 1);
  assert.equal(store.counts().duplicates, 3);
  assert.equal(store.findDuplicate(sameText.article)?.kind, 'text');
  assert.equal(store.findDuplicate(reheadlined.article)?.kind, 'near');
  assert.equal(store.findDuplicate(reheadlined.article)?.of, 'w1');
  assert.equal(store.findDuplicate(sample('w9', 'Unrelated story about a harvest festival in a mountain village.').article), null);
  store.close();
});

test('a fuller copy from the same URL replaces a short copy stored first, and copies linked to it follow', () => {
  const store = memoryStore();
  const summary = sample('s1', 'Finance ministers agreed to extend a credit line to Greece.');
  summary.article.url = 'https://news.example/greece';
  const sameSummary = sample('s2', summary.article.text);
  assert.deepEqual(store.saveBatch([summary, sameSummary], 'r0'), { stored: 1, skipped: 0, duplicates: 1, replaced: 0 });
  const full = sample('f1', WIRE);
  full.article.url = 'https://news.example/greece';
  assert.deepEqual(store.findDuplicate(full.article), { of: 's1', kind: 'fuller', distance: 0 });
  assert.deepEqual(store.saveBatch([full], 'r0'), { stored: 1, skipped: 0, duplicates: 0, replaced: 1 });
  assert.deepEqual(store.counts(), { articles: 1, entities: 1, mentions: 1, quotes: 1, events: 1, duplicates: 2 });
  assert.equal(store.getAnalysis('s1'), undefined);
  assert.equal(store.getAnalysis('f1')?.article.text, WIRE);
  // the summary again is now a copy of the full article, by its URL
  const again = sample('s3', summary.article.text);
  again.article.url = 'https://news.example/greece';
  assert.deepEqual(store.findDuplicate(again.article), { of: 'f1', kind: 'url', distance: 0 });
  // a slightly longer edit of the full article stays a duplicate
  const edited = sample('f2', `${WIRE} One more sentence.`);
  edited.article.url = 'https://news.example/greece';
  assert.equal(store.findDuplicate(edited.article)?.kind, 'url');
  store.close();
});

test('a fuller copy replaces a short copy from the same URL stored earlier in the same batch', () => {
  const store = memoryStore();
  const summary = sample('s1', 'Finance ministers agreed to extend a credit line to Greece.');
  const full = sample('f1', WIRE);
  summary.article.url = full.article.url = 'https://news.example/greece';
  const stub = sample('s9', 'Finance ministers agreed to extend a credit line.');
  stub.article.url = 'https://news.example/greece';
  assert.deepEqual(store.saveBatch([summary, full, stub], 'r0'), { stored: 2, skipped: 0, duplicates: 1, replaced: 1 });
  assert.equal(store.counts().articles, 1);
  assert.equal(store.findDuplicate(sample('s4', 'Finance ministers agreed.').article), null);
  assert.deepEqual(store.findDuplicate(stub.article), { of: 'f1', kind: 'url', distance: 0 });
  store.close();
});

test('articles checked before they are saved are stored and linked to copies in their own batch as when each is checked in full', () => {
  const rows = (checkFirst: boolean) => {
    let out: unknown;
    withTempDir((dir) => {
      const path = join(dir, 'c.db');
      const store = openSqliteStore(path);
      store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
      store.saveBatch([sample('old', 'An earlier wire story about grain exports through the northern ports, stored by a previous batch.')], 'r0');
      const batch = [
        sample('w1', WIRE),
        sample('w2', WIRE),
        sample('w3', WIRE.replace('late into the night', 'late into the evening')),
        sample('w4', 'A different text entirely about something else, published at the same address.'),
        sample('w5', 'Unrelated story about a harvest festival in a mountain village.'),
        sample('w1', WIRE),
      ];
      batch[0].article.url = 'https://news.example/a';
      batch[3].article.url = 'https://news.example/a';
      if (checkFirst) for (const a of batch) assert.equal(store.findDuplicate(a.article), null);
      const result = store.saveBatch(batch, 'r0');
      store.close();
      const db = new Database(path, { readonly: true });
      out = {
        result,
        articles: db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all(),
        duplicates: db.prepare('SELECT id, duplicate_of, kind, distance FROM duplicates ORDER BY id').raw().all(),
      };
      db.close();
    });
    return out;
  };
  const full = rows(false);
  assert.deepEqual(full, {
    result: { stored: 2, skipped: 1, duplicates: 3, replaced: 0 },
    articles: ['old', 'w1', 'w5'],
    duplicates: [
      ['w2', 'w1', 'text', 0],
      ['w3', 'w1', 'near', (full as { duplicates: unknown[][] }).duplicates[1][3]],
      ['w4', 'w1', 'url', 0],
    ],
  });
  assert.deepEqual(rows(true), full);
});

test('a failed batch leaves no near-duplicate behind: its article is stored when saved again', () => {
  const store = memoryStore();
  const bad = sample('n2', 'Unrelated story about a harvest festival in a mountain village, with music and dancing.');
  (bad.events[0] as { code: unknown }).code = null; // violates NOT NULL, after n1 was written and indexed
  assert.throws(() => store.saveBatch([sample('n1', WIRE), bad], 'r0'));
  assert.equal(store.counts().articles, 0);
  const edited = sample('n3', WIRE.replace('late into the night', 'late into the evening'));
  assert.equal(store.findDuplicate(edited.article), null, 'nothing of the failed batch is a first copy');
  assert.deepEqual(store.saveBatch([edited], 'r0'), { stored: 1, skipped: 0, duplicates: 0, replaced: 0 });
  store.close();
});

test('articles stored through another connection are near-duplicate candidates too', () => {
  withTempDir((dir) => {
    const path = join(dir, 'x.db');
    const mine = openSqliteStore(path);
    mine.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
    assert.equal(mine.findDuplicate(sample('p9', WIRE).article), null);
    const other = openSqliteStore(path);
    other.saveBatch([sample('p1', WIRE)], 'r0');
    other.close();
    const edited = sample('p2', WIRE.replace('late into the night', 'late into the evening'));
    assert.deepEqual(mine.findDuplicate(edited.article), { of: 'p1', kind: 'near', distance: mine.findDuplicate(edited.article)!.distance });
    assert.ok(mine.findDuplicate(edited.article)!.distance > 0);
    mine.close();
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
    assert.deepEqual(versions, [1, 2, 3, 4, 5]);
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
    // the pages of the old tables were given back (VACUUM after the rebuild)
    const freePages = d.pragma('freelist_count', { simple: true });
    d.close();
    for (const t of Object.keys(before)) {
      const kept = t === 'duplicates' ? after[t] : after[t].filter((r) => (r as unknown[])[0] !== 'z7');
      assert.deepEqual(kept, before[t], t);
    }
    assert.deepEqual(seqs, [['f3', 1], ['a1', 2], ['c9', 3], ['z7', 4]]);
    assert.deepEqual(annotationSeqs, seqs);
    assert.deepEqual(fkProblems, []);
    assert.equal(freePages, 0);
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
    assert.deepEqual(second.saveBatch([sample('b')], 'r1'), { stored: 1, skipped: 0, duplicates: 0, replaced: 0 });
    second.close();
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.counts().articles, 2);
    reader.close();
  });
});

test("an entity's row takes the country most of its articles give, not the first in the alphabet", () => {
  const store = memoryStore();
  const place = (id: string, name: string, country: string) => {
    const a = sample(id);
    a.entities = [{ id: 'e1', name, type: 'GPE', actor: null, country, agent: null, mentions: [{ start: 0, end: name.length, text: name, kind: 'name', provenance: prov }], provenance: prov }];
    return a;
  };
  store.saveBatch([place('a', 'Lyon', 'FRA'), place('b', 'Lyon', 'FRA'), place('c', 'lyon', 'USA')], 'r0');
  assert.deepEqual(store.listEntities().map((e) => [e.name, e.articles, e.country]), [['Lyon', 3, 'FRA']]);
  store.close();
});
