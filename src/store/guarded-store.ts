import { z } from 'zod';
import type { Analysis } from '../model/analysis.js';
import { DetenteError } from '../pipeline/errors.js';
import { checkEntityFilter, checkEventFilter, checkPruneFilter, checkQuoteFilter } from './store-filters.js';
import type { Store } from './store.js';

// The least a saved analysis must hold for the store to write it (the full AnalysisSchema is checked where analyses
// are made; parsing every entity and event again here would cost the ingest its speed).
const BatchSchema = z.array(
  z.looseObject({
    article: z.looseObject({ id: z.string().min(1), text: z.string() }),
    entities: z.array(z.looseObject({})),
    quotes: z.array(z.looseObject({})),
    events: z.array(z.looseObject({})),
    tone: z.looseObject({}),
  }),
);

/**
 * Checks what saveBatch was given before any row is written.
 * @throws DetenteError E_STORE_BATCH naming the first bad analysis and field
 */
function checkBatch(analyses: unknown, runId: unknown): void {
  if (typeof runId !== 'string' || runId === '') {
    throw new DetenteError('E_STORE_BATCH', `saveBatch: the run id must be the id of a recorded run (a non-empty string), not ${JSON.stringify(runId) ?? String(runId)}`);
  }
  const parsed = BatchSchema.safeParse(analyses);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? `analyses[${issue.path.map(String).join('].')}`.replace(/\]\.(\w+)/g, '].$1') : 'analyses';
  throw new DetenteError('E_STORE_BATCH', `saveBatch: ${where}: ${issue.message} (each analysis is an Analysis as analyze() returns it: article {id, text…}, entities, quotes, events, tone)`);
}

// a foreign key failing in saveBatch: the run id names no recorded run (SQLite's extended code, PostgreSQL's SQLSTATE)
const isForeignKeyError = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
};

/**
 * Wraps a store's methods with the checks of the library edge, the same for both back ends (fresh-eyes review 19):
 * - list filters are checked and normalised once (store-filters.ts: E_STORE_FILTER);
 * - saveBatch checks the batch's shape (E_STORE_BATCH) and says to call recordRun first when the run id names no
 *   recorded run (E_STORE_RUN, instead of the driver's "FOREIGN KEY constraint failed");
 * - after close(), every method fails with E_STORE_CLOSED (instead of the driver's TypeError); close() again does
 *   nothing.
 * Errors come as the store answers: thrown by a synchronous store, as rejected promises by an asynchronous one.
 * @param store the store as the back end built it; `sync` true when its methods answer synchronously (SQLite)
 * @param label the store's kind and place for messages ('SQLite store "/tmp/x.db"')
 * @returns a store of the same type
 */
export function guardStore<S extends Store>(store: S, { sync, label }: { sync: boolean; label: string }): S {
  let closed = false;
  const fail = (err: unknown): never | Promise<never> => {
    if (sync) throw err;
    return Promise.reject(err);
  };
  const guarded = <A extends unknown[], R>(method: string, fn: (...args: A) => R, mapError?: (err: unknown, args: A) => unknown) =>
    (...args: A): R => {
      if (closed) {
        return fail(new DetenteError('E_STORE_CLOSED', `${method}: the ${label} is closed; open it again (openStore) to use it`)) as R;
      }
      try {
        const result = fn(...args);
        if (mapError && result instanceof Promise) return result.catch((err: unknown) => Promise.reject(mapError(err, args))) as R;
        return result;
      } catch (err) {
        return fail(mapError ? mapError(err, args) : err) as R;
      }
    };
  const runMissing = (err: unknown, args: unknown[]): unknown =>
    isForeignKeyError(err)
      ? new DetenteError('E_STORE_RUN', `saveBatch: run "${String(args[1])}" was never recorded in the ${label}: call recordRun(run) with that run first (pipelineRun() makes one)`, { cause: err })
      : err;
  const s = store as Store;
  return {
    ...store,
    recordRun: guarded('recordRun', s.recordRun),
    hasArticle: guarded('hasArticle', s.hasArticle),
    findDuplicate: guarded('findDuplicate', s.findDuplicate),
    saveBatch: guarded(
      'saveBatch',
      (analyses: readonly Analysis[], runId: string) => {
        checkBatch(analyses, runId);
        return s.saveBatch(analyses, runId);
      },
      runMissing,
    ),
    listEvents: guarded('listEvents', (filter) => s.listEvents(checkEventFilter(filter))),
    listQuotes: guarded('listQuotes', (filter) => s.listQuotes(checkQuoteFilter(filter))),
    listEntities: guarded('listEntities', (filter) => s.listEntities(checkEntityFilter(filter))),
    getAnalysis: guarded('getAnalysis', s.getAnalysis),
    findArticle: guarded('findArticle', s.findArticle),
    counts: guarded('counts', s.counts),
    prune: guarded('prune', (filter) => s.prune(checkPruneFilter(filter))),
    getFeedState: guarded('getFeedState', s.getFeedState),
    setFeedState: guarded('setFeedState', s.setFeedState),
    close: () => {
      if (closed) return sync ? undefined : Promise.resolve();
      closed = true;
      return s.close();
    },
  } as S;
}
