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
];
