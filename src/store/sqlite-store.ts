import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import { DetenteError } from '../pipeline/errors.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { hammingDistance, type Fingerprint } from '../ingest/fingerprint.js';
import { createFingerprintMemo } from './fingerprint-memo.js';
import { createNearDuplicateIndex, nearestCopyId } from './near-duplicate-index.js';
import { createBatchCopies, type BatchCopies } from './batch-copies.js';
import { entitiesQuery, entitySummaryOf, type EntityRow } from './entities-query.js';
import { eventsQuery, storedEventOf, type EventRow } from './events-query.js';
import { quotesQuery, storedQuoteOf, type QuoteRow } from './quotes-query.js';
import { SQLITE_DIALECT } from './sql-dialect.js';
import { withNames, type SqlQuery } from './sql-query.js';
import { storeStatements } from './store-statements.js';
import { type StoredCopy, ARTICLE_COLUMNS, DUPLICATE_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, CO_SPEAKER_COLUMNS, articleValues, coSpeakerRows, duplicateValues, entityValues, eventValues, mentionValues, quoteValues } from './row-values.js';
import { analysisOf, feedStateOf, feedStateValues, runValues, storeCountsOf } from './stored-rows.js';
import type { Article } from '../model/article.js';
import { replacesStored } from './store.js';
import { externalIdKey } from './external-id.js';
import { EXACT_COPY_TAIL_COLUMNS, SAME_ID_COLUMN, exactCopyMatch, type ExactCopyRow } from './exact-copy.js';
import { fillDatesSql } from './copy-fills.js';
import { analysisRowValues, clearAnnotationsSql, updateAnalysisSql } from './dated-copy.js';
import { isDuplicateMarker } from './duplicate-marker.js';
import { guardStore } from './guarded-store.js';
import { pruneStatements } from './prune.js';
import type { DuplicateMatch, EntityFilter, EntitySummary, EventFilter, FeedState, PipelineRun, QuoteFilter, StoreCounts, StoredEvent, StoredQuote, SyncStore } from './store.js';
import { articleRecord, runSteps } from './article-record.js';

/**
 * WAL size, in pages (4 KiB each: up to 40 MB beside the database while it is written), at which a writable
 * store copies the WAL back into the database file (SQLite's `wal_autocheckpoint`, default 1,000). Durability is
 * the same (WAL, synchronous=NORMAL: a crash loses at most the last transactions, never the file); the WAL is
 * checkpointed and removed on close. Replaying the rows of the 25,877-article bench ingest (627,000 rows, batches
 * of 200) into a fresh store, three alternating runs each: CPU 4.38/4.45/4.63 s at 1,000 pages, 4.02/3.90/4.14 s at
 * 10,000 (sys time 1.8 -> 1.5 s).
 */
const WAL_CHECKPOINT_PAGES = 10_000;

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * Open an existing database for reading only (the query commands): nothing is created or migrated, and the
   * file and its folder may be read-only. Writing methods then fail with SQLite's SQLITE_READONLY.
   */
  readonly?: boolean;
}

/**
 * Opens a SQLite store with better-sqlite3. Writable (default): creates the file when needed, applies pending
 * migrations, WAL journal while open, foreign keys on; on close the file goes back to a rollback journal when
 * no other connection is using it, so that the database is one self-contained file that can be copied or
 * queried where nothing can be written (a reader of a WAL database must create its `-shm` file beside it).
 * Read-only: see {@link SqliteStoreOptions.readonly}. Pass `':memory:'` for a throwaway store.
 * @param path database file path
 * @param options `readonly` (default false)
 * @returns the store; its methods answer synchronously ({@link SyncStore})
 * @throws DetenteError E_STORE_OPEN when the file cannot be opened, is not a detente database, or (read-only)
 *   does not exist, needs migrations, or is a WAL database in a folder where its `-shm` file cannot be created
 */
export function openSqliteStore(path: string, { readonly = false }: SqliteStoreOptions = {}): SyncStore {
  let db: Database.Database;
  try {
    db = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // checkpoint when the WAL holds WAL_CHECKPOINT_PAGES pages instead of SQLite's 1,000: each checkpoint copies
      // the pages changed since the last one into the database file (and syncs it), and an ingest's inserts land in
      // the same index pages batch after batch, so fewer checkpoints copy each hot page fewer times
      db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    }
    db.pragma('foreign_keys = ON');
    // page cache 4 MiB (better-sqlite3 builds SQLite with 16 MiB): an ingest only appends, so the cache filled
    // up with pages it never read again and the process grew by up to 16 MB with the store, plus a last jump
    // when the summary counted the mentions table (the pages come back from the OS file cache when needed)
    db.pragma('cache_size = -4000');
    if (readonly) checkSchema(db);
    else migrate(db);
  } catch (err) {
    throw new DetenteError('E_STORE_OPEN', `cannot open SQLite store "${path}"${readonly ? ' for reading' : ''}: ${openErrorMessage(err, path, readonly)}`, {
      cause: err,
    });
  }

  const sql = storeStatements(SQLITE_DIALECT);
  const insertRun = db.prepare(sql.insertRun);
  const hasArticle = db.prepare(sql.hasArticle).pluck();
  // The exact-copy checks of findDuplicate in one statement (one call into SQLite instead of five): same id, same
  // URL (NULL never matches), the first stored article with the same text hash, the first stored article with the
  // same external id from the same source (NULL never matches; external-id.ts) with its length and text hash, whether
  // this id is recorded as a copy or an earlier version, and the largest rowid, which says whether the near-duplicate
  // index has rows to catch up on.
  const exactCopies = db
    .prepare(
      `SELECT ${SAME_ID_COLUMN('?')} AS sameId, u.id AS byUrl, length(u.text) AS byUrlLength,
        (SELECT id FROM articles WHERE text_hash = ? ORDER BY stored_at LIMIT 1) AS byText,
        e.id AS byExternal, length(e.text) AS byExternalLength, e.text_hash AS byExternalHash,
        (SELECT 1 FROM duplicates WHERE id = ?) AS knownCopy,
        (SELECT max(rowid) FROM articles) AS lastRowid, ${EXACT_COPY_TAIL_COLUMNS}
        FROM (SELECT 1) LEFT JOIN articles u ON u.url = ?
        LEFT JOIN (SELECT id, title, text, text_hash, modified, published FROM articles WHERE external_id = ? AND coalesce(source, '') = ? ORDER BY seq LIMIT 1) e`,
    )
    .raw();
  const articlesAfter = db.prepare('SELECT rowid, simhash FROM articles WHERE rowid > ? ORDER BY rowid').raw();
  const idByRowid = db.prepare('SELECT id FROM articles WHERE rowid = ?').pluck();
  const simhashByRowid = db.prepare('SELECT simhash FROM articles WHERE rowid = ?').pluck();
  // whether the row the near-duplicate index holds under `rowid` is still the article it indexed: the row exists and
  // is at the distance the index found
  const stillIndexed = (rowid: number, simhash: string, distance: number): boolean => {
    const stored = simhashByRowid.get(rowid) as string | null | undefined;
    return typeof stored === 'string' && hammingDistance(stored, simhash) === distance;
  };
  // INSERT (OR IGNORE) INTO table (columns) VALUES (?, …) of one row of row-values.ts
  const insertInto = (table: string, columns: readonly string[], orIgnore = false) =>
    db.prepare(`INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const insertDuplicate = insertInto('duplicates', DUPLICATE_COLUMNS, true);
  const insertArticle = insertInto('articles', ARTICLE_COLUMNS, true);

  const nearIndex = createNearDuplicateIndex();
  // fingerprints computed by findDuplicate are reused when the same article object is saved
  const fingerprintOf = createFingerprintMemo();
  // Articles the public findDuplicate (the check before analysis) found no stored copy of, with the articles table's
  // largest rowid then. Saved in a transaction that starts at that same rowid, such an article is checked again
  // against the batch's own articles only (saveOne). Rows are only added, or deleted in the same transaction that adds
  // their fuller copy (replaceShorterCopy), so an unchanged largest rowid means an unchanged table. Checks made inside a transaction are not recorded: a rolled
  // back transaction takes its rows away again.
  const noCopyAt = new WeakMap<Article, number>();
  const findDuplicate = (art: Article, fp: Fingerprint = fingerprintOf(art), record = false): DuplicateMatch | null => {
    const [external, source] = externalIdKey(art) ?? [null, null];
    const row = exactCopies.get(art.id, fp.textHash, art.id, art.url || null, external, source) as ExactCopyRow;
    const exact = exactCopyMatch(row, art, fp);
    if (exact) return exact;
    const lastRowid = row[8] as number | null;
    // Near copies: the in-memory band index, brought up to date with the articles table first.
    if (lastRowid !== null && lastRowid > nearIndex.lastRowid) {
      for (const [rowid, simhash] of articlesAfter.all(nearIndex.lastRowid) as [number, string | null][]) nearIndex.add(rowid, simhash);
    }
    let near = nearIndex.nearest(fp.simhash);
    if (near && near.rowids.some((r) => !stillIndexed(r, fp.simhash, near!.distance))) {
      // a row deleted since the index saw it (a prune or a fuller copy in another process), or its rowid taken by a
      // later article (SQLite reuses the largest rowid once it is deleted), as postgres-store.ts: rebuild once
      nearIndex.reset();
      for (const [rowid, simhash] of articlesAfter.all(0) as [number, string | null][]) nearIndex.add(rowid, simhash);
      near = nearIndex.nearest(fp.simhash);
    }
    if (!near) {
      if (record) noCopyAt.set(art, lastRowid ?? 0);
      return null;
    }
    return { of: nearestCopyId(near, (r) => idByRowid.get(r) as string), kind: 'near', distance: near.distance };
  };
  // the annotation tables are keyed by the article's sequence number (articles.seq), so that their inserts append
  // to the primary-key B-trees (migration 5); article_id is stored beside it for readers' SQL
  const insertEntity = insertInto('entities', ENTITY_COLUMNS);
  const insertMention = insertInto('mentions', MENTION_COLUMNS, true);
  const insertQuote = insertInto('quotes', QUOTE_COLUMNS);
  const insertCoSpeaker = insertInto('co_speakers', CO_SPEAKER_COLUMNS);
  const insertEvent = insertInto('events', EVENT_COLUMNS);
  const seqOfId = db.prepare('SELECT seq FROM articles WHERE id = ?').pluck();

  const releaseUrl = db.prepare('UPDATE articles SET url = NULL WHERE id = ?');
  const storedCopy = db.prepare('SELECT seq, title, url, origin, published, stored_at FROM articles WHERE id = ?');
  const deleteArticle = db.prepare('DELETE FROM articles WHERE seq = ?');
  const relinkDuplicates = db.prepare('UPDATE duplicates SET duplicate_of = ? WHERE duplicate_of = ?');
  // an article stored before the store kept external ids gets the one its copy carries (Store), unless another stored
  // article has it already
  const backfillExternalId = db.prepare(
    `UPDATE articles SET external_id = ?, source = coalesce(source, ?) WHERE id = ? AND external_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM articles WHERE external_id = ? AND coalesce(source, '') = ?)`,
  );
  // a stored article's empty publication and modification dates from a copy of it (copy-fills.ts)
  const fillDates = db.prepare(fillDatesSql((name) => `@${name}`));
  // a dated copy's analysis in place of the stored undated article's (dated-copy.ts)
  const clearAnnotations = clearAnnotationsSql('?').map((s) => db.prepare(s));
  const updateAnalysis = db.prepare(updateAnalysisSql(() => '?'));
  // Puts article `id`, just stored, in the place of the stored copy `old` it replaces (kind 'fuller': a shorter copy
  // from the same URL; 'revision': an earlier version with the same source id; its URL was set to NULL before `id` was
  // inserted, for the unique URL index): the copies linked to the old one are linked to `id`, the old one itself is
  // recorded as a copy of `id` (its URL; seen_at: now for a shorter copy, the time it was stored for an earlier
  // version), then its row is deleted with its annotations (in this order: deleting an article deletes the duplicates
  // rows linked to it). The near-duplicate index is rebuilt on its next use: it holds the deleted row.
  const replaceStoredCopy = (old: StoredCopy, kind: 'fuller' | 'revision', id: string, now: string): void => {
    relinkDuplicates.run(id, old.id);
    insertDuplicate.run(...duplicateValues(old, id, kind, 0, kind === 'revision' ? old.stored_at : now));
    // its entities, mentions, quotes and events go with it (ON DELETE CASCADE, migration 5)
    deleteArticle.run(old.seq);
    nearIndex.reset();
    (kind === 'fuller' ? replaced : revised).add(id);
  };
  // ids stored in the current transaction in place of a shorter copy or of an earlier version (SaveResult.replaced,
  // SaveResult.revised)
  const replaced = new Set<string>();
  const revised = new Set<string>();

  // the entities, mentions, quotes, co-speakers and events of an analysis, under the article's sequence number
  const insertAnnotations = (a: Analysis, seq: number | null): void => {
    const id = a.article.id;
    for (const e of a.entities) {
      insertEntity.run(...entityValues(seq, id, e));
      for (const m of e.mentions) insertMention.run(...mentionValues(seq, id, e.id, m));
    }
    for (const q of a.quotes) {
      insertQuote.run(...quoteValues(seq, id, q));
      for (const row of coSpeakerRows(seq, id, q)) insertCoSpeaker.run(...row);
    }
    for (const ev of a.events) insertEvent.run(...eventValues(seq, id, ev));
  };
  const saveOne = (a: Analysis, runId: string, startRowid: number, batch: BatchCopies): 'stored' | 'skipped' | 'duplicate' => {
    const art = a.article;
    const fp = fingerprintOf(art);
    // Checked (before analysis) when the table ended at the rowid this transaction started from: nothing was stored
    // since but the batch's own articles, so only they can be copies of it (same answer as the full check; the
    // table cannot change under an open write transaction).
    const key = externalIdKey(art);
    const quick = noCopyAt.get(art) === startRowid && !key ? batch.find(art, fp) : undefined;
    const dup = quick !== undefined ? quick : findDuplicate(art, fp);
    // the stored article had no publication date and this analysis was made with one: its annotations (events dated
    // now) replace the stored ones in place (a marker of such a copy only fills the date, below)
    if (dup?.kind === 'dated' && !isDuplicateMarker(a)) {
      const seq = seqOfId.get(art.id) as number;
      for (const st of clearAnnotations) st.run(seq);
      updateAnalysis.run(...analysisRowValues(a, runId), seq);
      if (key) backfillExternalId.run(key[0], key[1], art.id, key[0], key[1]);
      fillDates.run({ published: art.published ?? null, modified: art.modified ?? null, id: art.id });
      insertAnnotations(a, seq);
      revised.add(art.id);
      return 'stored';
    }
    if (dup?.kind === 'id' || dup?.kind === 'dated') {
      if (key) backfillExternalId.run(key[0], key[1], art.id, key[0], key[1]);
      if (art.published || art.modified) fillDates.run({ published: art.published ?? null, modified: art.modified ?? null, id: art.id });
      return 'skipped';
    }
    const now = new Date().toISOString();
    let old: StoredCopy | undefined;
    if (dup && replacesStored(dup)) {
      const row = storedCopy.get(dup.of) as Omit<StoredCopy, 'id'> | undefined;
      old = row && { ...row, id: dup.of };
      releaseUrl.run(dup.of);
    } else if (dup) {
      insertDuplicate.run(...duplicateValues(art, dup.of, dup.kind, dup.distance, now));
      return 'duplicate';
    }
    const inserted = insertArticle.run(...articleValues(a, runId, now, fp));
    // not inserted (OR IGNORE): the annotations go to the article stored under this id, as they went before the
    // sequence numbers (no such article: the NOT NULL constraint fails, as the foreign key on article_id did)
    let seq: number | null;
    if (inserted.changes > 0) {
      batch.add(art.id, art.url ?? null, fp, art.text.length, old?.id);
      seq = Number(inserted.lastInsertRowid);
    } else seq = (seqOfId.get(art.id) as number | undefined) ?? null;
    if (old) replaceStoredCopy(old, dup!.kind as 'fuller' | 'revision', art.id, now);
    insertAnnotations(a, seq);
    return 'stored';
  };
  const lastArticleRowid = db.prepare('SELECT max(rowid) FROM articles').pluck();
  // the articles a failed batch leaves stored (for its message); undefined when even that read fails
  const storedArticles = (): number | undefined => {
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } catch {
      return undefined;
    }
  };
  const saveBatch = db.transaction((analyses: readonly Analysis[], runId: string) => {
    const result = { stored: 0, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 0, quotes: 0 };
    replaced.clear();
    revised.clear();
    const startRowid = (lastArticleRowid.get() as number | null) ?? 0;
    const batch = createBatchCopies();
    for (const a of analyses) {
      const r = saveOne(a, runId, startRowid, batch);
      if (r === 'stored') {
        result.stored++;
        result.events += a.events.length;
        result.quotes += a.quotes.length;
        if (replaced.has(a.article.id)) result.replaced++;
        if (revised.has(a.article.id)) result.revised++;
      }
      else if (r === 'skipped') result.skipped++;
      else result.duplicates++;
    }
    return result;
  });

  // the rows of a built query (events-query.ts…), its name filters' lists bound first (sql-query.ts)
  const all = (q: SqlQuery): unknown[] =>
    db.prepare(q.text).all(...withNames(q, q.nameFilters.map((f) => db.prepare(f.namesSql).pluck().all() as (string | null)[]), SQLITE_DIALECT));

  return guardStore({
    recordRun(run: PipelineRun) {
      insertRun.run(...runValues(run));
    },
    hasArticle: (id) => Boolean(hasArticle.get(id)),
    findDuplicate: (article) => findDuplicate(article, fingerprintOf(article), true),
    saveBatch: (analyses, runId) => {
      try {
        // BEGIN IMMEDIATE: a second writer (another `ingest` on the same file) waits for the write lock
        // (better-sqlite3's busy timeout, 5 s) instead of failing when a read transaction cannot upgrade
        return saveBatch.immediate(analyses, runId);
      } catch (err) {
        // the transaction rolled back: the index may hold rows that are gone
        nearIndex.reset();
        throw isWriteRefused(err) ? writeRefused(path, analyses.length, storedArticles(), err) : err;
      }
    },
    listEvents: (filter: EventFilter = {}): StoredEvent[] => (all(eventsQuery(filter, SQLITE_DIALECT)) as EventRow[]).map(storedEventOf),
    listQuotes: (filter: QuoteFilter = {}): StoredQuote[] => (all(quotesQuery(filter, SQLITE_DIALECT)) as QuoteRow[]).map(storedQuoteOf),
    listEntities: (filter: EntityFilter = {}): EntitySummary[] => (all(entitiesQuery(filter, SQLITE_DIALECT)) as EntityRow[]).map(entitySummaryOf),
    getAnalysis(articleId: string): Analysis | undefined {
      const article = db.prepare(sql.article).get(articleId) as Record<string, unknown> | undefined;
      if (!article) return undefined;
      const seq = article.seq as number;
      return analysisOf({
        article,
        entities: db.prepare(sql.entities).all(seq) as Record<string, unknown>[],
        mentions: db.prepare(sql.mentions).all(seq) as Record<string, unknown>[],
        quotes: db.prepare(sql.quotes).pluck().all(seq) as string[],
        events: db.prepare(sql.events).pluck().all(seq) as string[],
      });
    },
    findArticle: (ref) => runSteps(articleRecord(ref, SQLITE_DIALECT), (s) => db.prepare(s.text).all(...s.values) as Record<string, unknown>[]),
    counts: (): StoreCounts => storeCountsOf(db.prepare(sql.counts).get() as Record<keyof StoreCounts, number>),
    prune: (filter) => {
      const q = pruneStatements(filter, SQLITE_DIALECT);
      // BEGIN IMMEDIATE, as saveBatch: the rows counted are the rows deleted
      return db.transaction(() => {
        const deleted = storeCountsOf(db.prepare(q.counts).get(...q.values) as Record<keyof StoreCounts, number>);
        if (!filter.dryRun && deleted.articles) {
          db.prepare(q.delete).run(...q.values);
          // the near-duplicate index holds the deleted rows
          nearIndex.reset();
        }
        return deleted;
      }).immediate();
    },
    getFeedState: (url: string) => feedStateOf(db.prepare(sql.feedState).get(url) as Record<string, unknown> | undefined),
    setFeedState(st) {
      db.prepare(sql.setFeedState).run(...feedStateValues(st));
    },
    close: () => {
      let checkpointError: unknown;
      if (!readonly && db.open) {
        // back to a rollback journal (see openSqliteStore) when no other connection uses the file; while one does,
        // SQLite refuses at once (SQLITE_BUSY, measured: no wait for the busy timeout) and the file stays in WAL
        // mode for the others. Any other failure is the checkpoint that copies the WAL into the file (disk full:
        // SQLITE_FULL; a file size limit: SQLITE_IOERR_WRITE): the rows are safe in the WAL, but the file alone is not
        // the store, so the caller is told.
        try {
          db.pragma('journal_mode = DELETE');
        } catch (err) {
          if (!isBusy(err)) checkpointError = err;
        }
      }
      db.close();
      if (checkpointError !== undefined) throw checkpointFailed(path, checkpointError);
    },
  }, { sync: true, label: `SQLite store "${path}"` });
}

// a write the disk refused: SQLite's "database or disk is full" (SQLITE_FULL, ENOSPC) or a failed write
// (SQLITE_IOERR_WRITE: a file size limit, EFBIG, or an I/O error)
const isWriteRefused = (err: unknown): boolean => ['SQLITE_FULL', 'SQLITE_IOERR_WRITE'].includes(String((err as { code?: unknown } | null)?.code));

/**
 * The error of a batch that could not be written (disk full): the batch is rolled back, what earlier batches stored
 * is kept, and a run again with free space continues (stored articles are skipped).
 * @param path the database file
 * @param batchSize articles in the batch that was not stored
 * @param stored articles in the store after the rollback (undefined when they could not be counted)
 * @param err SQLite's error
 * @returns DetenteError E_STORE_WRITE with `err` as cause
 */
function writeRefused(path: string, batchSize: number, stored: number | undefined, err: unknown): DetenteError {
  const kept = stored === undefined ? 'the articles stored before it are kept' : `the ${stored} article(s) stored before it are kept`;
  const code = (err as { code?: unknown } | null)?.code;
  return new DetenteError(
    'E_STORE_WRITE',
    `the SQLite store "${path}" could not be written (${(err as Error).message}${typeof code === 'string' ? `, ${code}` : ''}): a batch of ${batchSize} article(s) was not stored and ${kept}. ` +
      'Free some space on its disk (or move the store to a disk with room) and run the same command again: stored articles are skipped, so it continues where this one stopped',
    { cause: err },
  );
}

// another connection holds the database (SQLite's primary codes SQLITE_BUSY and SQLITE_LOCKED and their extended codes)
const isBusy = (err: unknown): boolean => /^SQLITE_(BUSY|LOCKED)(_|$)/.test(String((err as { code?: unknown } | null)?.code ?? ''));

/**
 * The error of a close whose final checkpoint failed: what is stored is safe in the WAL file, which must stay beside
 * the database file, and an open for writing with free space finishes the checkpoint.
 * @param path the database file
 * @param err SQLite's error
 * @returns DetenteError E_STORE_CHECKPOINT with `err` as cause
 */
function checkpointFailed(path: string, err: unknown): DetenteError {
  const code = (err as { code?: unknown } | null)?.code;
  const reason = `${(err as Error).message}${typeof code === 'string' ? ` (${code})` : ''}`;
  return new DetenteError(
    'E_STORE_CHECKPOINT',
    `the SQLite store "${path}" could not copy its write-ahead log into the database file on close: ${reason}. ` +
      `Everything stored is safe in "${path}-wal"; keep that file (and "${path}-shm") beside "${path}", which is incomplete without it, ` +
      `and once the disk has free space (about the size of the -wal file) run the same command again, or \`detente upgrade --db ${path}\`, to finish: ` +
      'the store becomes one self-contained file again',
    { cause: err },
  );
}

/**
 * Checks, without writing, that a database opened read-only is a detente store with every migration applied.
 * @throws Error saying what is missing and how to upgrade
 */
function checkSchema(db: Database.Database): void {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").pluck().get();
  if (!hasTable) throw new Error('not a detente database (no schema_migrations table)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const missing = SQLITE_MIGRATIONS.filter((m) => !applied.has(m.version)).map((m) => m.version);
  if (missing.length) {
    throw new Error(`written by an older detente (schema migrations ${missing.join(', ')} not applied): upgrade it once with \`detente upgrade --db FILE\` (needs write access; every row is kept)`);
  }
}

/**
 * SQLite's reason for a failed open, with advice where SQLite's own words do not say what to do.
 * @param readonly whether the store was opened to read (a missing file is then "no such file"; to write, SQLite
 *   could not create it: the folder takes no new files, e.g. a read-only or virtual file system such as /proc, which
 *   the permission check before the open does not see for root)
 */
function openErrorMessage(err: unknown, path: string, readonly: boolean): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = (err as Error).message;
  if (code === 'SQLITE_CANTOPEN' && !existsSync(path)) {
    return readonly ? `no such file (${message})` : `cannot create the file (${message}): the folder ${dirname(resolve(path))} takes no new files (a read-only or virtual file system?); choose a --db in a folder you can write to`;
  }
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN') {
    return `${message}: it is in WAL mode (left so by a writer that did not close it) and SQLite cannot create "${path}-shm" beside it to read it; run \`detente ingest\` on it once where it can be written, or copy it to a writable folder`;
  }
  return message;
}

/**
 * Applies the pending {@link SQLITE_MIGRATIONS} in one immediate transaction, with foreign keys off while they run
 * (a migration that rebuilds a table drops the old one, which would otherwise cascade to the rows that refer to
 * it) and checked before the commit. When that leaves a database that held articles with over a quarter of its
 * pages free (the old tables of a rebuild: migration 5 on the 25,877-article bench store left a 455 MB file where
 * 235 MB were used), the file is compacted (VACUUM; there migration and VACUUM took 5.7 s, 3.2 CPU-s, once, and left
 * 224 MB); if another connection prevents it, the free pages stay and are reused by later inserts.
 * @throws Error when a migration fails or leaves a row whose foreign key points at nothing (nothing is applied)
 */
function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // PRAGMA foreign_keys is a no-op inside a transaction: set around it
  // a new database has nothing to compact after its migrations (VACUUM would only add ~10 ms to its creation)
  const hadArticles = Boolean(
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").pluck().get() && db.prepare('SELECT 1 FROM articles LIMIT 1').pluck().get(),
  );
  db.pragma('foreign_keys = OFF');
  let changed = false;
  try {
    // one immediate transaction that reads what is applied and applies the rest: two processes opening a
    // new database at once apply each migration once (the second waits, then finds them applied)
    db.transaction(() => {
      const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      for (const m of SQLITE_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
        changed = true;
      }
      if (changed) {
        const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
        if (broken.length) {
          const b = broken[0];
          throw new Error(`schema migration left ${broken.length} row(s) whose foreign key points at nothing (e.g. ${b.table} rowid ${b.rowid} -> ${b.parent}); nothing was changed`);
        }
      }
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  if (changed && hadArticles && (db.pragma('freelist_count', { simple: true }) as number) * 4 > (db.pragma('page_count', { simple: true }) as number)) {
    try {
      db.exec('VACUUM');
    } catch {
      // another connection is reading or writing: the free pages stay in the file and are reused by later inserts
    }
  }
}
