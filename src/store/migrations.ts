/**
 * SQLite schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a released migration: append a new one.
 */
export const SQLITE_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  detente_version TEXT NOT NULL,
  components TEXT NOT NULL
);
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  published TEXT,
  url TEXT,
  source TEXT,
  origin TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  tone REAL, positive REAL, negative REAL, polarity REAL, word_count INTEGER,
  issues TEXT NOT NULL DEFAULT '[]',
  run_id TEXT REFERENCES runs(id),
  stored_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT, country TEXT, agent TEXT, role TEXT, gender TEXT,
  provenance TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  provenance TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, start, end),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id) ON DELETE CASCADE
);
CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_entity TEXT, speaker_name TEXT, speaker_actor TEXT,
  cue TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  source_actor TEXT, target_actor TEXT,
  source_country TEXT, target_country TEXT,
  code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT,
  location TEXT,
  rule TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
`,
  },
  {
    version: 2,
    name: 'deduplication: text hash, SimHash bands, duplicates linked to the first copy',
    sql: `
ALTER TABLE articles ADD COLUMN text_hash TEXT;
ALTER TABLE articles ADD COLUMN simhash TEXT;
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE TABLE simhash_bands (
  band INTEGER NOT NULL,
  value INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID;
CREATE TABLE duplicates (
  id TEXT PRIMARY KEY,
  duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  distance INTEGER,
  title TEXT NOT NULL,
  url TEXT,
  origin TEXT,
  published TEXT,
  seen_at TEXT NOT NULL
);
CREATE INDEX duplicates_of ON duplicates(duplicate_of);
`,
  },
  {
    version: 3,
    name: 'feed state for conditional GET',
    sql: `
CREATE TABLE feed_state (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_checked TEXT NOT NULL,
  last_status TEXT NOT NULL,
  items_seen INTEGER NOT NULL DEFAULT 0
);
`,
  },
  {
    version: 4,
    name: 'drop simhash_bands (near copies are found through the in-memory band index built from articles.simhash)',
    sql: `
DROP TABLE IF EXISTS simhash_bands;
`,
  },
  {
    // Inserts landed all over the primary-key B-trees of the four annotation tables, whose keys began with the
    // random article id; keyed by the article's sequence number they append at the end. Replaying the rows of the
    // 25,877-article bench ingest (627,000 rows, batches of 200) into a fresh store, four alternating runs each:
    // CPU 3.36/3.65/3.64/3.30 s -> 2.45/2.51/2.65/2.45 s (system time 1.4 -> 0.6 s: fewer index pages rewritten in
    // the WAL and copied back at checkpoints). `articles.seq` is the old rowid, now an INTEGER PRIMARY KEY so that it
    // stays fixed (VACUUM may renumber an implicit rowid); `article_id` stays in every table for readers' SQL.
    // Applied with foreign keys off (SQLite's 12-step table rebuild, https://sqlite.org/lang_altertable.html#otheralter);
    // the store checks them (PRAGMA foreign_key_check) before it commits.
    version: 5,
    name: 'sequential article keys: articles.seq, annotation tables keyed by article_seq so inserts append',
    sql: `
CREATE TABLE articles_v5 (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  published TEXT,
  url TEXT,
  source TEXT,
  origin TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  tone REAL, positive REAL, negative REAL, polarity REAL, word_count INTEGER,
  issues TEXT NOT NULL DEFAULT '[]',
  run_id TEXT REFERENCES runs(id),
  stored_at TEXT NOT NULL,
  text_hash TEXT,
  simhash TEXT
);
INSERT INTO articles_v5 (seq, id, title, published, url, source, origin, lang, text, tone, positive, negative, polarity, word_count, issues, run_id, stored_at, text_hash, simhash)
  SELECT rowid, id, title, published, url, source, origin, lang, text, tone, positive, negative, polarity, word_count, issues, run_id, stored_at, text_hash, simhash
  FROM articles ORDER BY rowid;
CREATE TABLE entities_v5 (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT, country TEXT, agent TEXT, role TEXT, gender TEXT,
  provenance TEXT NOT NULL,
  PRIMARY KEY (article_seq, id)
);
INSERT INTO entities_v5 (article_seq, article_id, id, name, type, actor, country, agent, role, gender, provenance)
  SELECT a.rowid, e.article_id, e.id, e.name, e.type, e.actor, e.country, e.agent, e.role, e.gender, e.provenance
  FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY a.rowid, e.rowid;
CREATE TABLE mentions_v5 (
  article_seq INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  provenance TEXT NOT NULL,
  PRIMARY KEY (article_seq, entity_id, start, end),
  FOREIGN KEY (article_seq, entity_id) REFERENCES entities(article_seq, id) ON DELETE CASCADE
);
INSERT INTO mentions_v5 (article_seq, article_id, entity_id, start, end, text, kind, provenance)
  SELECT a.rowid, m.article_id, m.entity_id, m.start, m.end, m.text, m.kind, m.provenance
  FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.rowid, m.rowid;
CREATE TABLE quotes_v5 (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_entity TEXT, speaker_name TEXT, speaker_actor TEXT,
  cue TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article_seq, id)
);
INSERT INTO quotes_v5 (article_seq, article_id, id, start, end, text, kind, speaker_entity, speaker_name, speaker_actor, cue, json)
  SELECT a.rowid, q.article_id, q.id, q.start, q.end, q.text, q.kind, q.speaker_entity, q.speaker_name, q.speaker_actor, q.cue, q.json
  FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.rowid, q.rowid;
CREATE TABLE events_v5 (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  id TEXT NOT NULL,
  source_actor TEXT, target_actor TEXT,
  source_country TEXT, target_country TEXT,
  code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT,
  location TEXT,
  rule TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (article_seq, id)
);
INSERT INTO events_v5 (article_seq, article_id, id, source_actor, target_actor, source_country, target_country, code, root_code, quad_class, goldstein, date, location, rule, json)
  SELECT a.rowid, v.article_id, v.id, v.source_actor, v.target_actor, v.source_country, v.target_country, v.code, v.root_code, v.quad_class, v.goldstein, v.date, v.location, v.rule, v.json
  FROM events v JOIN articles a ON a.id = v.article_id ORDER BY a.rowid, v.rowid;
DROP TABLE mentions;
DROP TABLE entities;
DROP TABLE quotes;
DROP TABLE events;
DROP TABLE articles;
ALTER TABLE articles_v5 RENAME TO articles;
ALTER TABLE entities_v5 RENAME TO entities;
ALTER TABLE mentions_v5 RENAME TO mentions;
ALTER TABLE quotes_v5 RENAME TO quotes;
ALTER TABLE events_v5 RENAME TO events;
CREATE INDEX articles_published ON articles(published);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
`,
  },
  {
    version: 6,
    name: "articles.external_id: the id the article's source gives it (a JSON Lines record's id), for citing and copy checks",
    sql: `
ALTER TABLE articles ADD COLUMN external_id TEXT;
CREATE INDEX articles_external_id ON articles(external_id) WHERE external_id IS NOT NULL;
`,
  },
  {
    version: 7,
    name: 'articles.byline: the authors as the page credits them (HTML readers)',
    sql: `
ALTER TABLE articles ADD COLUMN byline TEXT;
`,
  },
  {
    version: 8,
    name: "quotes: an index on the speaker's words (its name, else the mention's text) that `quotes --speaker` filters on",
    // the expression as quotes-query.ts writes it (SQLite uses an index on an expression only for the same expression)
    sql: `
CREATE INDEX quotes_speaker_words ON quotes(COALESCE(speaker_name, json_extract(json, '$.speaker.mention.text')));
`,
  },
  {
    version: 9,
    name: 'articles.modified: the day the source says the article was last changed, when after its publication',
    sql: `
ALTER TABLE articles ADD COLUMN modified TEXT;
`,
  },
  {
    version: 10,
    name: 'quotes: a partial index on the joint quotes (JSON with coSpeakers), which `quotes --speaker/--actor` also search',
    // the condition as quotes-query.ts writes it (SQLite uses a partial index only for a query that implies its WHERE);
    // 100,000 stored quotes: a `--speaker` filter 850 ms with every quote's JSON parsed, 130 ms with this index
    sql: `
CREATE INDEX quotes_joint ON quotes(article_seq, id) WHERE json LIKE '%"coSpeakers":%';
`,
  },
  {
    version: 11,
    name: "co_speakers: each joint quote's co-speakers by words and actor code, indexed, which `quotes --speaker/--actor` search",
    // The co-speakers of the quotes already stored are read from their JSON; the words as quotes-query.ts matches a
    // speaker's (the name, else the mention's text). With an index on the primary speaker's actor code, `--actor` reads
    // two indexed ranges instead of every quote and the JSON of every joint quote; migration 10's partial index on the
    // joint quotes is no longer read by any query. 100,000 stored quotes: scripts/bench-quote-filters.ts.
    sql: `
CREATE TABLE co_speakers (
  article_seq INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  quote_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  words TEXT,
  actor TEXT,
  PRIMARY KEY (article_seq, quote_id, ord),
  FOREIGN KEY (article_seq, quote_id) REFERENCES quotes(article_seq, id) ON DELETE CASCADE
);
INSERT INTO co_speakers (article_seq, article_id, quote_id, ord, words, actor)
  SELECT q.article_seq, q.article_id, q.id, cs.key, COALESCE(json_extract(cs.value, '$.name'), json_extract(cs.value, '$.mention.text')), json_extract(cs.value, '$.actor')
  FROM quotes q, json_each(q.json, '$.coSpeakers') AS cs WHERE q.json LIKE '%"coSpeakers":%' ORDER BY q.article_seq, q.id, cs.key;
CREATE INDEX co_speakers_words ON co_speakers(words);
CREATE INDEX co_speakers_actor ON co_speakers(actor);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);
DROP INDEX quotes_joint;
`,
  },
  {
    version: 12,
    name: 'runs.fingerprint and runs.settings: the code and data that ran, and the options that change output (null for older runs)',
    sql: `
ALTER TABLE runs ADD COLUMN fingerprint TEXT;
ALTER TABLE runs ADD COLUMN settings TEXT;
`,
  },
];
