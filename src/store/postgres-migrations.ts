/**
 * PostgreSQL schema migrations of the PostgreSQL store, applied in order on open and recorded in
 * `schema_migrations` (version, name, applied_at), as {@link SQLITE_MIGRATIONS} are in a SQLite file. Never edit
 * a released migration: append a new one.
 *
 * Version 1 is the schema the SQLite migrations 1-5 arrive at (docs/schema.md), in PostgreSQL types:
 * - every text column is `COLLATE "C"`: comparisons, ORDER BY, `lower`/`upper` and MIN/MAX work on the bytes
 *   (ASCII-only case mapping), as SQLite's BINARY collation does, so that queries sort ties and names the same
 *   way in both stores whatever the database's locale;
 * - REAL (SQLite: 8-byte float) is `DOUBLE PRECISION`; dates and times stay ISO-8601 text, compared as strings;
 * - `articles.seq` is an identity column (SQLite's INTEGER PRIMARY KEY): the annotation tables are keyed by it;
 * - `entities.ord` and `events.ord` keep each annotation's position in its analysis (SQLite reads them back in
 *   rowid order, which PostgreSQL does not have);
 * - `mentions."end"` and `quotes."end"` are quoted (END is a reserved word);
 * - there is no simhash_bands table (SQLite migration 4 dropped it): near copies are found through the in-memory
 *   band index built from `articles.simhash`.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema (the SQLite schema after its migration 5)',
    sql: `
CREATE TABLE runs (
  id TEXT COLLATE "C" PRIMARY KEY,
  started_at TEXT COLLATE "C" NOT NULL,
  detente_version TEXT COLLATE "C" NOT NULL,
  components TEXT COLLATE "C" NOT NULL
);
CREATE TABLE articles (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  title TEXT COLLATE "C" NOT NULL,
  published TEXT COLLATE "C",
  url TEXT COLLATE "C",
  source TEXT COLLATE "C",
  origin TEXT COLLATE "C",
  lang TEXT COLLATE "C",
  text TEXT COLLATE "C" NOT NULL,
  tone DOUBLE PRECISION, positive DOUBLE PRECISION, negative DOUBLE PRECISION, polarity DOUBLE PRECISION, word_count INTEGER,
  issues TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  run_id TEXT COLLATE "C" REFERENCES runs(id),
  stored_at TEXT COLLATE "C" NOT NULL,
  text_hash TEXT COLLATE "C",
  simhash TEXT COLLATE "C"
);
CREATE INDEX articles_published ON articles(published);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE TABLE entities (
  article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT COLLATE "C" NOT NULL,
  id TEXT COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  actor TEXT COLLATE "C", country TEXT COLLATE "C", agent TEXT COLLATE "C", role TEXT COLLATE "C", gender TEXT COLLATE "C",
  provenance TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (article_seq, id)
);
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE mentions (
  article_seq BIGINT NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  provenance TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (article_seq, entity_id, start, "end"),
  FOREIGN KEY (article_seq, entity_id) REFERENCES entities(article_seq, id) ON DELETE CASCADE
);
CREATE TABLE quotes (
  article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT COLLATE "C" NOT NULL,
  id TEXT COLLATE "C" NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  speaker_entity TEXT COLLATE "C", speaker_name TEXT COLLATE "C", speaker_actor TEXT COLLATE "C",
  cue TEXT COLLATE "C",
  json TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (article_seq, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE events (
  article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  article_id TEXT COLLATE "C" NOT NULL,
  id TEXT COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  source_actor TEXT COLLATE "C", target_actor TEXT COLLATE "C",
  source_country TEXT COLLATE "C", target_country TEXT COLLATE "C",
  code TEXT COLLATE "C" NOT NULL, root_code TEXT COLLATE "C" NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
  date TEXT COLLATE "C",
  location TEXT COLLATE "C",
  rule TEXT COLLATE "C" NOT NULL,
  json TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (article_seq, id)
);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
CREATE TABLE duplicates (
  id TEXT COLLATE "C" PRIMARY KEY,
  duplicate_of TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT COLLATE "C" NOT NULL,
  distance INTEGER,
  title TEXT COLLATE "C" NOT NULL,
  url TEXT COLLATE "C",
  origin TEXT COLLATE "C",
  published TEXT COLLATE "C",
  seen_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX duplicates_of ON duplicates(duplicate_of);
CREATE TABLE feed_state (
  url TEXT COLLATE "C" PRIMARY KEY,
  etag TEXT COLLATE "C",
  last_modified TEXT COLLATE "C",
  last_checked TEXT COLLATE "C" NOT NULL,
  last_status TEXT COLLATE "C" NOT NULL,
  items_seen INTEGER NOT NULL DEFAULT 0
);
`,
  },
  {
    version: 2,
    name: "articles.external_id: the id the article's source gives it (SQLite migration 6)",
    sql: `
ALTER TABLE articles ADD COLUMN external_id TEXT COLLATE "C";
CREATE INDEX articles_external_id ON articles(external_id) WHERE external_id IS NOT NULL;
`,
  },
  {
    version: 3,
    name: 'articles.byline: the authors as the page credits them (SQLite migration 7)',
    sql: `
ALTER TABLE articles ADD COLUMN byline TEXT COLLATE "C";
`,
  },
  {
    version: 4,
    name: "quotes: an index on the speaker's words, name else mention text (SQLite migration 8)",
    // the expression as quotes-query.ts writes it through the dialect's jsonText
    sql: `
CREATE INDEX quotes_speaker_words ON quotes ((COALESCE(speaker_name, (json::json #>> '{speaker,mention,text}'))));
`,
  },
  {
    version: 5,
    name: 'articles.modified: the day the source says the article was last changed, when after its publication (SQLite migration 9)',
    sql: `
ALTER TABLE articles ADD COLUMN modified TEXT COLLATE "C";
`,
  },
  {
    version: 6,
    name: 'quotes: a partial index on the joint quotes, JSON with coSpeakers (SQLite migration 10)',
    // the condition as quotes-query.ts writes it
    sql: `
CREATE INDEX quotes_joint ON quotes(article_seq, id) WHERE json LIKE '%"coSpeakers":%';
`,
  },
  {
    version: 7,
    name: "co_speakers: each joint quote's co-speakers by words and actor code, indexed (SQLite migration 11)",
    // the co-speakers of the quotes already stored from their JSON, in their order (WITH ORDINALITY counts from 1,
    // json_each's key from 0)
    sql: `
CREATE TABLE co_speakers (
  article_seq BIGINT NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  quote_id TEXT COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  words TEXT COLLATE "C",
  actor TEXT COLLATE "C",
  PRIMARY KEY (article_seq, quote_id, ord),
  FOREIGN KEY (article_seq, quote_id) REFERENCES quotes(article_seq, id) ON DELETE CASCADE
);
INSERT INTO co_speakers (article_seq, article_id, quote_id, ord, words, actor)
  SELECT q.article_seq, q.article_id, q.id, cs.n - 1, COALESCE(cs.value #>> '{name}', cs.value #>> '{mention,text}'), cs.value #>> '{actor}'
  FROM quotes q, json_array_elements(q.json::json -> 'coSpeakers') WITH ORDINALITY AS cs(value, n)
  WHERE q.json LIKE '%"coSpeakers":%' ORDER BY q.article_seq, q.id, cs.n;
CREATE INDEX co_speakers_words ON co_speakers(words);
CREATE INDEX co_speakers_actor ON co_speakers(actor);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);
DROP INDEX quotes_joint;
`,
  },
  {
    version: 8,
    name: 'runs.fingerprint and runs.settings: the code and data that ran, and the options that change output (SQLite migration 12)',
    sql: `
ALTER TABLE runs ADD COLUMN fingerprint TEXT COLLATE "C";
ALTER TABLE runs ADD COLUMN settings TEXT;
`,
  },
];
