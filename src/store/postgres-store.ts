import pg from 'pg';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { DetenteError } from '../pipeline/errors.js';
import type { Fingerprint } from '../ingest/fingerprint.js';
import { createFingerprintMemo } from './fingerprint-memo.js';
import { createBatchCopies, type BatchCopies } from './batch-copies.js';
import { createNearDuplicateIndex, nearestCopyId } from './near-duplicate-index.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { displayLocation } from './store-location.js';
import { entitiesQuery, entitySummaryOf, type EntityRow } from './entities-query.js';
import { eventsQuery, storedEventOf, type EventRow } from './events-query.js';
import { quotesQuery, storedQuoteOf, type QuoteRow } from './quotes-query.js';
import { POSTGRES_DIALECT } from './sql-dialect.js';
import { withNames, type SqlQuery } from './sql-query.js';
import { storeStatements } from './store-statements.js';
import { type StoredCopy, ARTICLE_COLUMNS, DUPLICATE_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, CO_SPEAKER_COLUMNS, articleValues, coSpeakerRows, duplicateValues, entityValues, eventValues, mentionValues, quoteValues } from './row-values.js';
import { analysisOf, feedStateOf, feedStateValues, runValues, storeCountsOf } from './stored-rows.js';
import { replacesStored } from './store.js';
import { externalIdKey } from './external-id.js';
import { EXACT_COPY_TAIL_COLUMNS, SAME_ID_COLUMN, exactCopyMatch, type ExactCopyRow } from './exact-copy.js';
import { fillDatesSql } from './copy-fills.js';
import { analysisRowValues, clearAnnotationsSql, updateAnalysisSql } from './dated-copy.js';
import { isDuplicateMarker } from './duplicate-marker.js';
import { guardStore } from './guarded-store.js';
import { pruneStatements } from './prune.js';
import type { DuplicateMatch, EntityFilter, EntitySummary, EventFilter, FeedState, PipelineRun, QuoteFilter, SaveResult, Store, StoreCounts, StoredEvent, StoredQuote } from './store.js';
import { articleRecord, runStepsAsync } from './article-record.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /**
   * Read only (the query commands): nothing is created or migrated, a schema with pending migrations is refused,
   * and the writing methods (saveBatch, recordRun, setFeedState) fail with DetenteError E_STORE_READONLY.
   */
  readonly?: boolean;
  /** Most connections the store's pool opens (default 4: one write transaction and a few reads at a time). */
  maxConnections?: number;
}

/**
 * First key of the advisory locks the store takes (pg_advisory_xact_lock(key, hashtext(current_schema()))): the
 * second key is the schema, so stores in different schemas of one database do not wait for each other. The
 * number is arbitrary ('dete' in ASCII); LOCK_MIGRATE guards the migrations, LOCK_WRITE every saveBatch.
 */
const LOCK_MIGRATE = 0x64657465;
const LOCK_WRITE = LOCK_MIGRATE + 1;

/** Most bind parameters in one statement (PostgreSQL's protocol allows 65,535). */
const MAX_PARAMS = 60_000;

/** A connection that runs queries: the pool (each query on any free connection) or one checked-out client. */
type Queryable = pg.Pool | pg.PoolClient;

/** The rows of one annotation table waiting to be inserted by a write transaction. */
interface PendingRows {
  entities: unknown[][];
  mentions: unknown[][];
  quotes: unknown[][];
  coSpeakers: unknown[][];
  events: unknown[][];
}

/** The annotation columns of row-values.ts, and `ord` (position in the analysis) for entities and events. */
const ENTITY_ORD_COLUMNS: readonly string[] = [...ENTITY_COLUMNS, 'ord'];
const EVENT_ORD_COLUMNS: readonly string[] = [...EVENT_COLUMNS, 'ord'];
/** INSERT INTO duplicates (…) VALUES ($1, …) ON CONFLICT DO NOTHING, one row of row-values.ts duplicateValues. */
const INSERT_DUPLICATE = `INSERT INTO duplicates (${DUPLICATE_COLUMNS.join(', ')}) VALUES (${DUPLICATE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`;
// a stored article's empty publication and modification dates from a copy of it: $1 published, $2 modified, $3 id
/** A stored article's empty external id and source from a copy of it ($1 external id, $2 source, $3 id), unless another article has them. */
const BACKFILL_EXTERNAL_ID = `UPDATE articles SET external_id = $1, source = coalesce(source, $2) WHERE id = $3 AND external_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM articles WHERE external_id = $1 AND coalesce(source, '') = $2)`;
/** A dated copy's analysis in place of the stored undated article's (dated-copy.ts). */
const CLEAR_ANNOTATIONS = clearAnnotationsSql('$1');
const UPDATE_ANALYSIS = updateAnalysisSql((n) => `$${n}`);
const FILL_DATES = fillDatesSql((name) => ({ published: '$1::text', modified: '$2::text', id: '$3::text' })[name]);
/** INSERT INTO articles (…) VALUES ($1, …) ON CONFLICT DO NOTHING RETURNING seq, one row of row-values.ts articleValues. */
const INSERT_ARTICLE = `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING seq`;

/**
 * Opens the PostgreSQL store at `url` with a pg connection pool: writable (default), it applies the pending
 * {@link POSTGRES_MIGRATIONS} in one transaction (two processes opening a new database at once apply each once);
 * read-only, see {@link PostgresStoreOptions.readonly}. The tables live in the connection's current schema (the
 * first of its search_path: `public` unless the URL says otherwise, e.g. `?options=-c%20search_path%3Ddetente`).
 *
 * Every method has the semantics of the SQLite store's (sqlite-store.ts), answered asynchronously; queries give
 * the same rows in the same order for the same data. Writers in several processes are serialised per batch by an
 * advisory lock held for the batch's transaction, so an article saved by two workers at once is stored once and
 * the copy checks see every committed article.
 * @param url PostgreSQL connection URL (`postgres://user:password@host:5432/database`; libpq's PG* environment
 *   variables and ~/.pgpass fill in what it leaves out)
 * @param options `readonly` (default false), `maxConnections` (default 4)
 * @returns the store (close it to end the pool)
 * @throws DetenteError E_STORE_OPEN naming the URL without its password when the server cannot be reached, refuses
 *   the credentials, has no such database, or (read-only) holds no detente store or one that needs migrations
 */
export async function openPostgresStore(url: string, { readonly = false, maxConnections = 4 }: PostgresStoreOptions = {}): Promise<Store> {
  const where = displayLocation(url);
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // an idle connection that breaks (server restart) is dropped by the pool; the next query reports the error
  pool.on('error', () => {});
  // a read-only store refuses every write, as SQLite's read-only connection does
  const refuseIfReadonly = () => {
    if (readonly) throw new DetenteError('E_STORE_READONLY', `PostgreSQL store "${where}" was opened read-only: it cannot be written`);
  };
  try {
    if (readonly) await checkSchema(pool);
    else await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DetenteError('E_STORE_OPEN', `cannot open PostgreSQL store "${where}"${readonly ? ' for reading' : ''}: ${openErrorMessage(err, url)}`, { cause: err });
  }

  const sql = storeStatements(POSTGRES_DIALECT);
  const nearIndex = createNearDuplicateIndex();
  // fingerprints computed by findDuplicate are reused when the same article object is saved
  const fingerprintOf = createFingerprintMemo();
  // Articles the public findDuplicate found no stored copy of, with the articles table's largest seq then (as in
  // sqlite-store.ts): a batch whose transaction starts at that same seq checks them against its own articles only.
  // Rows are added and deleted only by write transactions, which hold the write lock, so sequence numbers are
  // committed in increasing order and an unchanged largest seq means an unchanged table.
  const noCopyAt = new WeakMap<Article, number>();

  /** Brings the near-duplicate index up to date with the articles `db` sees (rows past the last seq it holds). */
  const syncNearIndex = async (db: Queryable, lastSeq: number) => {
    if (lastSeq <= nearIndex.lastRowid) return;
    const { rows } = await db.query({ text: 'SELECT seq, simhash FROM articles WHERE seq > $1 ORDER BY seq', values: [nearIndex.lastRowid], rowMode: 'array' });
    // another call may have added some of them meanwhile (two checks awaiting at once)
    for (const [seq, simhash] of rows as [string, string | null][]) if (Number(seq) > nearIndex.lastRowid) nearIndex.add(Number(seq), simhash);
  };

  const findDuplicate = async (db: Queryable, art: Article, fp: Fingerprint, record: boolean): Promise<DuplicateMatch | null> => {
    // the exact-copy checks in one statement, as in sqlite-store.ts: same id, same URL (NULL never matches), the first
    // stored article with the same text hash, the first stored article with the same external id from the same source
    // (external-id.ts) with its length and text hash, whether this id is recorded as a copy or an earlier version, and
    // the largest seq
    const { rows } = await db.query({
      text: `SELECT ${SAME_ID_COLUMN('$1')} AS same_id, u.id AS by_url, length(u.text) AS by_url_length,
        (SELECT id FROM articles WHERE text_hash = $2 ORDER BY stored_at, seq LIMIT 1) AS by_text,
        e.id AS by_external, length(e.text) AS by_external_length, e.text_hash AS by_external_hash,
        (SELECT 1 FROM duplicates WHERE id = $1) AS known_copy,
        (SELECT max(seq) FROM articles) AS last_seq, ${EXACT_COPY_TAIL_COLUMNS}
        FROM (SELECT 1) AS one LEFT JOIN articles u ON u.url = $3
        LEFT JOIN (SELECT id, title, text, text_hash, modified, published FROM articles WHERE external_id = $4 AND coalesce(source, '') = $5 ORDER BY seq LIMIT 1) AS e ON true`,
      values: [art.id, fp.textHash, art.url || null, ...(externalIdKey(art) ?? [null, null])],
      rowMode: 'array',
    });
    const row = rows[0] as unknown as ExactCopyRow;
    const exact = exactCopyMatch(row, art, fp);
    if (exact) return exact;
    const lastSeqText = row[8] as string | null;
    const lastSeq = lastSeqText === null ? 0 : Number(lastSeqText);
    await syncNearIndex(db, lastSeq);
    let near = nearIndex.nearest(fp.simhash);
    let ids = near ? await idsOfSeqs(db, near.rowids) : new Map<number, string>();
    if (near && near.rowids.some((r) => !ids.has(r))) {
      // a row deleted since the index saw it (replaced by a fuller copy, in this process or another): rebuild once
      nearIndex.reset();
      await syncNearIndex(db, lastSeq);
      near = nearIndex.nearest(fp.simhash);
      ids = near ? await idsOfSeqs(db, near.rowids) : ids;
    }
    if (near) return { of: nearestCopyId(near, (r) => ids.get(r) as string), kind: 'near', distance: near.distance };
    if (record) noCopyAt.set(art, lastSeq);
    return null;
  };

  /** Puts every pending annotation row into its table (entities before mentions, quotes before their co-speakers, for the foreign keys) and empties the lists. */
  const flushRows = async (db: pg.PoolClient, pending: PendingRows) => {
    await insertRows(db, 'entities', ENTITY_ORD_COLUMNS, pending.entities);
    await insertRows(db, 'mentions', MENTION_COLUMNS, pending.mentions, 'ON CONFLICT DO NOTHING');
    await insertRows(db, 'quotes', QUOTE_COLUMNS, pending.quotes);
    await insertRows(db, 'co_speakers', CO_SPEAKER_COLUMNS, pending.coSpeakers);
    await insertRows(db, 'events', EVENT_ORD_COLUMNS, pending.events);
    pending.entities = [];
    pending.mentions = [];
    pending.quotes = [];
    pending.coSpeakers = [];
    pending.events = [];
  };

  /**
   * Puts article `id`, just stored, in the place of the stored copy `old` it replaces (kind 'fuller': a shorter copy
   * from the same URL; 'revision': an earlier version with the same source id; its URL was set to NULL before `id`
   * was inserted), as sqlite-store.ts does: copies linked to the old one are linked to `id`, the old one is recorded
   * as a copy of `id` (seen_at: now for a shorter copy, the time it was stored for an earlier version), then its row
   * goes with its annotations (ON DELETE CASCADE). The near-duplicate index is rebuilt on its next use.
   */
  const replaceStoredCopy = async (db: pg.PoolClient, pending: PendingRows, old: StoredCopy, kind: 'fuller' | 'revision', id: string, now: string): Promise<void> => {
    // the old copy may be an article of this batch whose annotations still wait: in first, so they go with it
    await flushRows(db, pending);
    await db.query('UPDATE duplicates SET duplicate_of = $1 WHERE duplicate_of = $2', [id, old.id]);
    await db.query(INSERT_DUPLICATE, duplicateValues(old, id, kind, 0, kind === 'revision' ? old.stored_at : now));
    await db.query('DELETE FROM articles WHERE seq = $1', [old.seq]);
    nearIndex.reset();
  };

  // the entities, mentions, quotes, co-speakers and events of an analysis, under the article's sequence number, to be
  // written with the batch's other rows
  const pushAnnotations = (pending: PendingRows, a: Analysis, seq: string | null): void => {
    const id = a.article.id;
    a.entities.forEach((e, ord) => {
      pending.entities.push([...entityValues(seq, id, e), ord]);
      for (const m of e.mentions) pending.mentions.push(mentionValues(seq, id, e.id, m));
    });
    for (const q of a.quotes) {
      pending.quotes.push(quoteValues(seq, id, q));
      pending.coSpeakers.push(...coSpeakerRows(seq, id, q));
    }
    a.events.forEach((ev, ord) => pending.events.push([...eventValues(seq, id, ev), ord]));
  };

  const saveOne = async (
    db: pg.PoolClient,
    pending: PendingRows,
    a: Analysis,
    runId: string,
    startSeq: number,
    batch: BatchCopies,
  ): Promise<'stored' | 'replaced' | 'revised' | 'skipped' | 'duplicate'> => {
    const art = a.article;
    const fp = fingerprintOf(art);
    const key = externalIdKey(art);
    // checked before analysis when the table ended at the seq this transaction started from: only the batch's own
    // articles can be copies of it (see noCopyAt), unless it has an external id (batch-copies.ts) or the batch cannot
    // answer (one of its articles was replaced)
    const quick = noCopyAt.get(art) === startSeq && !key ? batch.find(art, fp) : undefined;
    const dup = quick !== undefined ? quick : await findDuplicate(db, art, fp, false);
    // the stored article had no publication date and this analysis was made with one: its annotations (events dated
    // now) replace the stored ones in place, as in sqlite-store.ts (a marker of such a copy only fills the date, below)
    if (dup?.kind === 'dated' && !isDuplicateMarker(a)) {
      const { rows } = await db.query('SELECT seq FROM articles WHERE id = $1', [art.id]);
      const seq = (rows[0] as { seq: string }).seq;
      for (const sql of CLEAR_ANNOTATIONS) await db.query(sql, [seq]);
      await db.query(UPDATE_ANALYSIS, [...analysisRowValues(a, runId), seq]);
      if (key) await db.query(BACKFILL_EXTERNAL_ID, [key[0], key[1], art.id]);
      await db.query(FILL_DATES, [art.published ?? null, art.modified ?? null, art.id]);
      pushAnnotations(pending, a, seq);
      return 'revised';
    }
    if (dup?.kind === 'id' || dup?.kind === 'dated') {
      // a store from before external ids gets the one its copy carries (Store), unless another article has it
      if (key) {
        await db.query(BACKFILL_EXTERNAL_ID, [key[0], key[1], art.id]);
      }
      // and its empty publication and modification dates (copy-fills.ts)
      if (art.published || art.modified) {
        await db.query(FILL_DATES, [art.published ?? null, art.modified ?? null, art.id]);
      }
      return 'skipped';
    }
    const now = new Date().toISOString();
    let old: StoredCopy | undefined;
    if (dup && replacesStored(dup)) {
      const { rows } = await db.query('SELECT seq, title, url, origin, published, stored_at FROM articles WHERE id = $1', [dup.of]);
      old = rows[0] && { ...(rows[0] as Omit<StoredCopy, 'id'>), id: dup.of };
      await db.query('UPDATE articles SET url = NULL WHERE id = $1', [dup.of]);
    } else if (dup) {
      await db.query(INSERT_DUPLICATE, duplicateValues(art, dup.of, dup.kind, dup.distance, now));
      return 'duplicate';
    }
    const inserted = await db.query(INSERT_ARTICLE, articleValues(a, runId, now, fp));
    // not inserted (a conflict the check did not foresee): the annotations go to the article stored under this id,
    // as in sqlite-store.ts (none: the NOT NULL constraint on article_seq fails)
    let seq: string | null;
    if (inserted.rows.length) {
      batch.add(art.id, art.url ?? null, fp, art.text.length, old?.id);
      seq = (inserted.rows[0] as { seq: string }).seq;
    } else {
      const { rows } = await db.query('SELECT seq FROM articles WHERE id = $1', [art.id]);
      seq = (rows[0] as { seq: string } | undefined)?.seq ?? null;
    }
    if (old) await replaceStoredCopy(db, pending, old, dup!.kind as 'fuller' | 'revision', art.id, now);
    pushAnnotations(pending, a, seq);
    return !old ? 'stored' : dup!.kind === 'fuller' ? 'replaced' : 'revised';
  };

  const saveBatch = async (analyses: readonly Analysis[], runId: string): Promise<SaveResult> => {
    refuseIfReadonly();
    const result = { stored: 0, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 0, quotes: 0 };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // one writer at a time (per schema), as SQLite's BEGIN IMMEDIATE: the copy checks below see every article
      // committed before, and sequence numbers are committed in increasing order (see noCopyAt)
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LOCK_WRITE]);
      const { rows } = await client.query({ text: 'SELECT max(seq) FROM articles', rowMode: 'array' });
      const startSeq = rows[0][0] === null ? 0 : Number(rows[0][0]);
      const batch = createBatchCopies();
      const pending: PendingRows = { entities: [], mentions: [], quotes: [], coSpeakers: [], events: [] };
      for (const a of analyses) {
        const r = await saveOne(client, pending, a, runId, startSeq, batch);
        if (r === 'stored' || r === 'replaced' || r === 'revised') {
          result.stored++;
          result.events += a.events.length;
          result.quotes += a.quotes.length;
          if (r === 'replaced') result.replaced++;
          if (r === 'revised') result.revised++;
        } else if (r === 'skipped') result.skipped++;
        else result.duplicates++;
      }
      await flushRows(client, pending);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      // the index may hold rows of the rolled-back transaction
      nearIndex.reset();
      throw err;
    } finally {
      client.release();
    }
  };

  // the rows of a built query (events-query.ts…), its name filters' lists bound first (sql-query.ts)
  const all = async (q: SqlQuery): Promise<unknown[]> => {
    const names = await Promise.all(q.nameFilters.map(async (f) => ((await pool.query({ text: f.namesSql, rowMode: 'array' })).rows as [string | null][]).map((r) => r[0])));
    return (await pool.query(q.text, withNames(q, names, POSTGRES_DIALECT))).rows;
  };

  return guardStore({
    async recordRun(run: PipelineRun) {
      refuseIfReadonly();
      await pool.query(sql.insertRun, runValues(run));
    },
    async hasArticle(id) {
      return (await pool.query(sql.hasArticle, [id])).rows.length > 0;
    },
    findDuplicate: (article) => findDuplicate(pool, article, fingerprintOf(article), true),
    saveBatch,
    listEvents: async (filter: EventFilter = {}): Promise<StoredEvent[]> => ((await all(eventsQuery(filter, POSTGRES_DIALECT))) as EventRow[]).map(storedEventOf),
    listQuotes: async (filter: QuoteFilter = {}): Promise<StoredQuote[]> => ((await all(quotesQuery(filter, POSTGRES_DIALECT))) as QuoteRow[]).map(storedQuoteOf),
    listEntities: async (filter: EntityFilter = {}): Promise<EntitySummary[]> =>
      ((await all(entitiesQuery(filter, POSTGRES_DIALECT))) as EntityRow[]).map(entitySummaryOf),
    async getAnalysis(articleId: string): Promise<Analysis | undefined> {
      const article = (await pool.query(sql.article, [articleId])).rows[0] as Record<string, unknown> | undefined;
      if (!article) return undefined;
      const seq = [article.seq];
      const [entities, mentions, quotes, events] = await Promise.all([
        pool.query(sql.entities, seq),
        pool.query(sql.mentions, seq),
        pool.query(sql.quotes, seq),
        pool.query(sql.events, seq),
      ]);
      return analysisOf({
        article,
        entities: entities.rows,
        mentions: mentions.rows,
        quotes: (quotes.rows as { json: string }[]).map((r) => r.json),
        events: (events.rows as { json: string }[]).map((r) => r.json),
      });
    },
    findArticle: (ref) => runStepsAsync(articleRecord(ref, POSTGRES_DIALECT), async (s) => (await pool.query(s.text, [...s.values])).rows as Record<string, unknown>[]),
    counts: async (): Promise<StoreCounts> => storeCountsOf((await pool.query(sql.counts)).rows[0] as Record<keyof StoreCounts, string>),
    async prune(filter) {
      refuseIfReadonly();
      const q = pruneStatements(filter, POSTGRES_DIALECT);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // the write lock of saveBatch: no batch stores (or checks copies against) rows being deleted
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LOCK_WRITE]);
        const deleted = storeCountsOf((await client.query(q.counts, [...q.values])).rows[0] as Record<keyof StoreCounts, string>);
        if (!filter.dryRun && deleted.articles) await client.query(q.delete, [...q.values]);
        await client.query('COMMIT');
        nearIndex.reset();
        return deleted;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    getFeedState: async (url: string): Promise<FeedState | undefined> => feedStateOf((await pool.query(sql.feedState, [url])).rows[0] as Record<string, unknown> | undefined),
    async setFeedState(st: FeedState) {
      refuseIfReadonly();
      await pool.query(sql.setFeedState, feedStateValues(st));
    },
    async close() {
      await pool.end();
    },
  }, { sync: false, label: `PostgreSQL store "${where}"` });
}

/** The article ids of the given sequence numbers (those still stored). */
async function idsOfSeqs(db: Queryable, seqs: readonly number[]): Promise<Map<number, string>> {
  const { rows } = await db.query({ text: 'SELECT seq, id FROM articles WHERE seq = ANY($1::bigint[])', values: [seqs.map(String)], rowMode: 'array' });
  return new Map((rows as [string, string][]).map(([seq, id]) => [Number(seq), id]));
}

/**
 * Inserts rows into a table with as few statements as the parameter limit allows.
 * @param table table name; `columns` its columns in the order of each row's values
 * @param conflict an ON CONFLICT clause, or ''
 */
async function insertRows(db: pg.PoolClient, table: string, columns: readonly string[], rows: readonly unknown[][], conflict = ''): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((v) => `$${values.push(v)}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${conflict}`, values);
  }
}

/**
 * Checks, without writing, that the schema holds a detente store with every migration applied.
 * @throws Error saying what is missing and how to upgrade
 */
async function checkSchema(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!(rows[0] as { present: boolean }).present) throw new Error('no detente store in this schema (no schema_migrations table): store articles first with `detente ingest <paths…> --db URL`');
  const applied = new Set(((await pool.query('SELECT version FROM schema_migrations')).rows as { version: number }[]).map((r) => r.version));
  const missing = POSTGRES_MIGRATIONS.filter((m) => !applied.has(m.version)).map((m) => m.version);
  if (missing.length) {
    throw new Error(`written by an older detente (schema migrations ${missing.join(', ')} not applied): upgrade it once with \`detente upgrade --db URL\` (needs write access; every row is kept)`);
  }
}

/**
 * Applies the pending {@link POSTGRES_MIGRATIONS} in one transaction, under an advisory lock so that two processes
 * opening a new store at once apply each migration once (the second waits, then finds them applied). PostgreSQL's
 * DDL is transactional: a failing migration leaves nothing applied.
 * @throws the server's error when a migration fails
 */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LOCK_MIGRATE]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set(((await client.query('SELECT version FROM schema_migrations')).rows as { version: number }[]).map((r) => r.version));
    for (const m of POSTGRES_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * The reason for a failed open in words that say what to do; the driver's message otherwise (it never holds the
 * password). PostgreSQL error codes: https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
function openErrorMessage(err: unknown, url: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = (err as Error).message ?? String(err);
  let host = '';
  try {
    const u = new URL(url);
    host = `${u.hostname || 'localhost'}:${u.port || '5432'}`;
  } catch {
    // unparsable: the driver's message says enough
  }
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `no PostgreSQL server answers at ${host || 'that address'} (${message}): is it running, and are host and port right?`;
    case '28P01':
      return `the server refused the credentials (${message}): check the user name and password (in the URL, PGPASSWORD or ~/.pgpass)`;
    case '28000':
      return `the server refused the connection (${message}): its pg_hba.conf has no entry for this user, database and address`;
    case '3D000':
      return `${message}: create it first (createdb, or CREATE DATABASE as a user who may)`;
    case '42501':
      return `${message}: the user may not create tables in this schema (grant CREATE, or give a schema it owns in search_path)`;
    default:
      return message;
  }
}
