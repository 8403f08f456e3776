import type { SqlDialect } from './sql-dialect.js';

/**
 * The fixed statements both stores run outside the listing queries (events-query.ts, quotes-query.ts,
 * entities-query.ts), written once with the dialect's placeholders: reading an article back, counts, runs and feed
 * state. Rows come back in the same order from either store: entities and events as the analysis listed them
 * ({@link SqlDialect.analysisOrder}), mentions by start, entity and end, quotes by start and id.
 */
export interface StoreStatements {
  /** Records a pipeline run, nothing when its id is stored: id, started_at, detente_version, components (JSON), fingerprint, settings (JSON). */
  readonly insertRun: string;
  /** One row when article `id` is stored. */
  readonly hasArticle: string;
  /** The article row (every column) of an id. */
  readonly article: string;
  /** The entity rows of an article's seq, in analysis order. */
  readonly entities: string;
  /** The mention rows of an article's seq. */
  readonly mentions: string;
  /** The quote JSON of an article's seq (column `json`). */
  readonly quotes: string;
  /** The event JSON of an article's seq (column `json`), in analysis order. */
  readonly events: string;
  /** One row: the row count of each table (columns articles, entities, mentions, quotes, events, duplicates). */
  readonly counts: string;
  /** The feed_state row of a URL. */
  readonly feedState: string;
  /** Writes a feed's state, replacing the stored one: url, etag, last_modified, last_checked, last_status, items_seen. */
  readonly setFeedState: string;
}

/**
 * The statements of {@link StoreStatements} in one dialect.
 * @param dialect SQLite's or PostgreSQL's (sql-dialect.ts)
 * @returns the statement texts (bind the values in the order each one's comment lists them)
 */
export function storeStatements(dialect: SqlDialect): StoreStatements {
  const $ = (n: number) => dialect.placeholder(n);
  return {
    insertRun: `INSERT INTO runs (id, started_at, detente_version, components, fingerprint, settings) VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}) ON CONFLICT DO NOTHING`,
    hasArticle: `SELECT 1 FROM articles WHERE id = ${$(1)}`,
    article: `SELECT * FROM articles WHERE id = ${$(1)}`,
    entities: `SELECT * FROM entities WHERE article_seq = ${$(1)} ORDER BY ${dialect.analysisOrder}`,
    mentions: `SELECT * FROM mentions WHERE article_seq = ${$(1)} ORDER BY start, entity_id, "end"`,
    quotes: `SELECT json FROM quotes WHERE article_seq = ${$(1)} ORDER BY start, id`,
    events: `SELECT json FROM events WHERE article_seq = ${$(1)} ORDER BY ${dialect.analysisOrder}`,
    counts: `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities) AS entities,
      (SELECT COUNT(*) FROM mentions) AS mentions, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events,
      (SELECT COUNT(*) FROM duplicates) AS duplicates`,
    feedState: `SELECT * FROM feed_state WHERE url = ${$(1)}`,
    setFeedState: `INSERT INTO feed_state (url, etag, last_modified, last_checked, last_status, items_seen) VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)})
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_checked = excluded.last_checked,
        last_status = excluded.last_status, items_seen = excluded.items_seen`,
  };
}
