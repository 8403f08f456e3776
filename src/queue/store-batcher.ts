import type { Analysis, AnalysisIssue } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { BATCH_ARTICLES, type BatchResult } from '../pipeline/pipeline.js';
import type { SaveResult, Store } from '../store/store.js';
import { analysisFailure } from './analysis-failure.js';

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
  /**
   * analyses the articles given to {@link StoreBatcher.analyseAndSave} when their batch is written, together
   * (`analyzeBatch`, stage by stage, as `ingest` analyses its batches); needed only for `analyseAndSave`. Its
   * `analyzeBatch` may answer later (createIsolatedAnalyzer: in a worker thread, each article within a time budget)
   */
  analyzer?: BatcherAnalyzer;
}

/**
 * What the batcher needs of an analyzer: `analyzeBatch` (an Analyzer's, or an IsolatedAnalyzer's, which answers with a
 * promise), and optionally `analyze`, with which the articles are analysed one by one should `analyzeBatch` throw.
 */
export interface BatcherAnalyzer {
  analyzeBatch(articles: readonly Article[]): BatchResult[] | Promise<BatchResult[]>;
  analyze?(article: Article): Analysis;
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
  /**
   * Adds an article to the open batch, to be analysed with the other articles of the batch when it is written
   * (the analysis `Analyzer.analyze` gives, for less CPU: see `Pipeline.runBatch`) and stored with them. The readers'
   * issues are added to its analysis. An article whose analysis fails is left out of the batch; the others are
   * analysed and stored as usual.
   * @param article the article to analyse
   * @param issues the readers' issues that came with it (stored with its analysis)
   * @param order as in {@link StoreBatcher.save}
   * @returns a promise of its analysis, resolved once the transaction holding it is committed; rejected with a
   *   DetenteError E_ANALYZE (the analysis's error as `cause`) when its analysis failed, E_ANALYZE_TIMEOUT when it
   *   ran over an isolated analyzer's time budget, with the analyzer's own
   *   E_INPUT / E_INPUT_EMPTY when it refused the article (analysis-failure.ts), or with the store's error
   *   when the transaction failed
   * @throws Error when the batcher was made without an analyzer (a programming error)
   */
  analyseAndSave(article: Article, issues: readonly AnalysisIssue[], order?: number): Promise<Analysis>;
  /** Writes the open batch now, and every later one as soon as it is given (used when the worker stops). */
  drain(): Promise<void>;
  /** Analyses waiting for their transaction. */
  readonly waiting: number;
  /** Sums of the store's results over the committed batches. */
  readonly totals: Readonly<SaveResult>;
}

/**
 * Creates a batcher: the articles of the jobs a worker has in flight are analysed together and stored in one
 * `saveBatch` transaction (as `ingest` analyses and stores its batches), and each job completes only when its
 * transaction is committed, so a job marked completed in the queue is always stored, and a crash between the commit and
 * the completion makes the job run again, which finds the article stored (saving is idempotent).
 * Transactions run one after another, never two at once on the store.
 * @param options store, run id, batch size, longest wait, analyzer
 * @returns the batcher
 */
export function createStoreBatcher({ store, runId, maxBatch, maxWaitMs = 200, analyzer }: StoreBatcherOptions): StoreBatcher {
  /** an analysis to store, or (`analysis` null until its batch is written) an article to analyse first */
  type Waiting = {
    analysis: Analysis | null;
    article: Article;
    issues: readonly AnalysisIssue[];
    order: number;
    resolve: (analysis: Analysis) => void;
    reject: (error: unknown) => void;
  };
  let open: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;
  let draining = false;
  let writing: Promise<void> = Promise.resolve();
  let given = 0;
  const totals: SaveResult = { stored: 0, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 0, quotes: 0 };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const taken = open.sort((a, b) => a.order - b.order);
    open = [];
    if (taken.length) {
      // analysed now (in a worker thread while the previous transaction is written, with an isolated analyzer), stored
      // after the previous transaction
      const analysed = analyseWaiting(taken);
      writing = writing.then(async () => {
        const batch = await analysed;
        if (!batch.length) return;
        try {
          const r = await store.saveBatch(
            batch.map((b) => b.analysis),
            runId,
          );
          totals.stored += r.stored;
          totals.skipped += r.skipped;
          totals.duplicates += r.duplicates;
          totals.replaced += r.replaced;
          totals.revised += r.revised;
          totals.events += r.events;
          totals.quotes += r.quotes;
          for (const b of batch) b.w.resolve(b.analysis);
        } catch (error) {
          for (const b of batch) b.w.reject(error);
        }
      });
    }
    return writing;
  };

  /**
   * Analyses the articles of a batch waiting for it, BATCH_ARTICLES at a time, and returns the batch with every
   * analysis, without the articles whose analysis failed (rejected: analysisFailure). Should analyzeBatch itself
   * throw, the articles are analysed one by one, so that the article that throws fails alone.
   */
  const analyseWaiting = async (batch: Waiting[]): Promise<{ w: Waiting; analysis: Analysis }[]> => {
    const analysed = new Map<Waiting, Analysis>();
    const toAnalyse = batch.filter((w) => w.analysis === null);
    for (let k = 0; analyzer && k < toAnalyse.length; k += BATCH_ARTICLES) {
      const part = toAnalyse.slice(k, k + BATCH_ARTICLES);
      let results: readonly BatchResult[];
      try {
        results = await analyzer.analyzeBatch(part.map((w) => w.article));
      } catch (batchError) {
        results = part.map((w): BatchResult => {
          try {
            if (!analyzer.analyze) throw batchError;
            return { ok: true, analysis: analyzer.analyze(w.article) };
          } catch (error) {
            return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
          }
        });
      }
      part.forEach((w, j) => {
        const x = results[j];
        if (x.ok) {
          x.analysis.issues.push(...w.issues);
          analysed.set(w, x.analysis);
        } else w.reject(analysisFailure(x.error));
      });
    }
    return batch.flatMap((w) => {
      const analysis = w.analysis ?? analysed.get(w);
      return analysis ? [{ w, analysis }] : [];
    });
  };

  const add = (w: Omit<Waiting, 'resolve' | 'reject'>) =>
    new Promise<Analysis>((resolve, reject) => {
      open.push({ ...w, resolve, reject });
      if (draining || open.length >= maxBatch) void flush();
      else timer ??= setTimeout(() => void flush(), maxWaitMs);
    });

  return {
    async save(analysis, order = given) {
      given++;
      await add({ analysis, article: analysis.article, issues: [], order });
    },
    analyseAndSave(article, issues, order = given) {
      if (!analyzer) throw new Error('this store batcher was made without an analyzer: pass one to createStoreBatcher to use analyseAndSave');
      given++;
      return add({ analysis: null, article, issues, order });
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
