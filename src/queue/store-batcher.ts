import type { Analysis } from '../model/analysis.js';
import type { SaveResult, Store } from '../store/store.js';

/** Options of {@link createStoreBatcher}. */
export interface StoreBatcherOptions {
  store: Store;
  /** the pipeline run the analyses belong to (recorded in the store first) */
  runId: string;
  /** analyses per transaction: a batch is written as soon as it holds this many (a worker's concurrency) */
  maxBatch: number;
  /**
   * longest wait, in ms, of the first analysis of a batch that is not full (default 200): when the queue runs
   * low, fewer jobs are in flight than `maxBatch`, and they are stored after this wait
   */
  maxWaitMs?: number;
}

/** Groups analyses of concurrent jobs into store transactions; see {@link createStoreBatcher}. */
export interface StoreBatcher {
  /**
   * Adds an analysis to the open batch.
   * @param analysis the analysis to store
   * @param order where it goes in the transaction (default: after those given before): the worker passes the order
   *   in which it took the jobs, so that of two copies of one story in flight together the one queued first is
   *   stored and the other linked to it, as `ingest` does, even when an asynchronous store (PostgreSQL) let the
   *   later job's analysis finish first
   * @returns a promise that resolves once the transaction holding it is committed, and rejects with the store's
   *   error when that transaction fails (nothing of the batch is stored then)
   */
  save(analysis: Analysis, order?: number): Promise<void>;
  /** Writes the open batch now, and every later one as soon as it is given (used when the worker stops). */
  drain(): Promise<void>;
  /** Analyses waiting for their transaction. */
  readonly waiting: number;
  /** Sums of the store's results over the committed batches. */
  readonly totals: Readonly<SaveResult>;
}

/**
 * Creates a batcher: the analyses of the jobs a worker has in flight are stored in one `saveBatch` transaction
 * (as `ingest` stores 200 articles a transaction), and each job completes only when its transaction is
 * committed, so a job marked completed in the queue is always stored, and a crash between the commit and
 * the completion makes the job run again, which finds the article stored (saving is idempotent).
 * Transactions run one after another, never two at once on the store.
 * @param options store, run id, batch size, longest wait
 * @returns the batcher
 */
export function createStoreBatcher({ store, runId, maxBatch, maxWaitMs = 200 }: StoreBatcherOptions): StoreBatcher {
  type Waiting = { analysis: Analysis; order: number; resolve: () => void; reject: (error: unknown) => void };
  let open: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;
  let draining = false;
  let writing: Promise<void> = Promise.resolve();
  let given = 0;
  const totals: SaveResult = { stored: 0, skipped: 0, duplicates: 0, replaced: 0, revised: 0 };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const batch = open.sort((a, b) => a.order - b.order);
    open = [];
    if (batch.length) {
      writing = writing.then(async () => {
        try {
          const r = await store.saveBatch(
            batch.map((w) => w.analysis),
            runId,
          );
          totals.stored += r.stored;
          totals.skipped += r.skipped;
          totals.duplicates += r.duplicates;
          totals.replaced += r.replaced;
          totals.revised += r.revised;
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      });
    }
    return writing;
  };

  return {
    save(analysis, order = given) {
      given++;
      return new Promise<void>((resolve, reject) => {
        open.push({ analysis, order, resolve, reject });
        if (draining || open.length >= maxBatch) void flush();
        else timer ??= setTimeout(() => void flush(), maxWaitMs);
      });
    },
    drain() {
      draining = true;
      return flush();
    },
    get waiting() {
      return open.length;
    },
    totals,
  };
}
