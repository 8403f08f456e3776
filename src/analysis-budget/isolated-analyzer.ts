import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../analyze.js';
import type { Article } from '../model/article.js';
import type { BatchResult } from '../pipeline/pipeline.js';
import { DetenteError } from '../pipeline/errors.js';
import type { RunSettings } from '../resources/run-settings.js';
import { analyzeTimeoutError, threadFailedError } from './budget-errors.js';
import { PROGRESS_CELLS, ProgressCell, type AnalyseRequest, type ThreadMessage, type ThreadResult, type ThreadStart } from './thread-messages.js';

/** Seconds an article's analysis may take by default (`--article-timeout`): far above any real article (~4 ms of CPU each). */
export const DEFAULT_ARTICLE_TIMEOUT_SECONDS = 60;

/**
 * Tries of one request that a thread's end loses before the thread names an article of it (the thread died while the
 * request was crossing to it, e.g. out of memory copying a huge article, or another request's article ran over its
 * budget): after this many, its articles fail with E_ANALYZE instead of being sent to yet another fresh thread, which
 * would load the models and die again for ever.
 */
export const MAX_LOST_TRIES = 3;

/** Options of {@link createIsolatedAnalyzer}. */
export interface IsolatedAnalyzerOptions {
  /**
   * The analyzer's options (createAnalyzer): actors and verbs files, quote models, NER model… The thread gets those that
   * can cross a thread; `onActorsWarning` is called here for the warnings of the first thread (a fresh thread after a
   * stop reads the same files and stays silent); `resources` and `nlp` cannot cross and are refused.
   */
  analyzer?: Omit<AnalyzerOptions, 'resources' | 'nlp' | 'validatedData'>;
  /**
   * Longest analysis of one article, in ms (default {@link DEFAULT_ARTICLE_TIMEOUT_SECONDS} s); 0 for no limit. The
   * time counted is the thread's wall time spent on the article's own steps (its parse and each component on it), not
   * the loading of the models nor the other articles analysed stage by stage in the same batch.
   */
  articleTimeoutMs?: number;
  /** how the limit is named in the E_ANALYZE_TIMEOUT message, for the user to raise it (default `--article-timeout`) */
  limitName?: string;
  /** URL of the module whose `createAnalyzer` the thread calls (default src/analyze.ts): the seam for tests' stand-ins */
  analyzerModule?: URL;
  /**
   * How often, in ms, the budget is checked while an analysis runs (default: a twentieth of the budget, between 5 and
   * 250 ms): an article is stopped at most this much after its budget ran out.
   */
  checkEveryMs?: number;
}

/** What {@link import('../store/pipeline-run.js').pipelineRun} reads of an analyzer: its components and settings. */
export interface AnalyzerDescription {
  readonly pipeline: { readonly components: readonly { readonly name: string; readonly version: string }[] };
  readonly resources: { readonly settings?: RunSettings | null };
}

/**
 * An analyzer whose analyses run in a worker thread, each article within a time budget; see
 * {@link createIsolatedAnalyzer}.
 */
export interface IsolatedAnalyzer {
  /**
   * Resolves once the thread has loaded the models, with the pipeline's components and settings (for pipelineRun).
   * @throws (rejects) the DetenteError of `createAnalyzer` when the models or a user dictionary cannot be loaded
   */
  ready(): Promise<AnalyzerDescription>;
  /**
   * Analyses several articles stage by stage in the thread (`Analyzer.analyzeBatch`: the same analyses, in order).
   * An article that runs over the budget gets the DetenteError E_ANALYZE_TIMEOUT as its result; one on which the
   * thread dies (out of memory) E_ANALYZE; the thread is ended and the batch's other articles are analysed in a
   * fresh one. Calls may overlap: they are analysed one after another.
   * @param articles the articles, in order
   * @returns one result per article, in order: its analysis (with the very Article given) or its error
   * @throws (rejects) the load error of a fresh thread, or E_ANALYZE_CLOSED after {@link IsolatedAnalyzer.close}
   */
  analyzeBatch(articles: readonly Article[]): Promise<BatchResult[]>;
  /** Ends the thread (a pending analysis is rejected with E_ANALYZE_CLOSED). */
  close(): Promise<void>;
}

/** How one try of a request ended. */
type Outcome =
  | { kind: 'results'; results: ThreadResult[] }
  /** the thread was stopped on article `at` (its budget ran out, or the thread died on it) */
  | { kind: 'stopped'; at: number; error: DetenteError }
  /** the thread ended while this request waited or ran on an article it could not name: try it again in a fresh thread */
  | { kind: 'lost' }
  /** the thread died on this request without naming an article: every article of it fails so */
  | { kind: 'failed'; error: DetenteError };

interface Pending {
  articles: readonly Article[];
  /** ms of the thread spent on each article so far */
  spent: Float64Array;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  progress: Int32Array;
  ready: Promise<AnalyzerDescription>;
  pending: Map<number, Pending>;
  /** set once the thread is ended (by us or by its own death): its requests are settled */
  ended: boolean;
}

/** The extension of this module's file: .ts under tsx (tests, scripts), .js in dist/. */
const OWN_EXTENSION = /\.ts$/.test(new URL(import.meta.url).pathname) ? '.ts' : '.js';

/**
 * Creates an analyzer that runs the analyses in a worker thread (node:worker_threads) and gives each article a time
 * budget, so that one article on which the analysis never ends (a hostile page, a sentence on a super-linear path)
 * cannot stall an ingest, a watch or a queue worker: when an article has taken more than `articleTimeoutMs` of the
 * thread's time, the thread is terminated, the article fails with E_ANALYZE_TIMEOUT (the message names
 * `limitName`), and the other articles of its batch are analysed again in a fresh thread, which loads the models again
 * (~0.5–1.5 s). The thread loads the models once and is reused for every batch; it starts at once, so the models load
 * while the caller opens its store and reads its first articles.
 *
 * The thread writes the request and the article it is on into shared memory before each step of an article's analysis
 * (Pipeline.runBatch's `onArticle`), and this side adds the time between its checks to that article: the budget is the
 * article's own time, wherever it lies in a batch analysed stage by stage. Results cross the thread as structured
 * clones (about 0.4 ms an article each way on news); the Article itself stays here.
 * @param options the analyzer's options, the budget, the stand-in analyzer module of tests
 * @returns the analyzer; call `close` when done (an idle thread does not keep the process alive)
 * @throws DetenteError E_INPUT when `articleTimeoutMs` is negative or not a number
 */
export function createIsolatedAnalyzer({
  analyzer: analyzerOptions = {},
  articleTimeoutMs = DEFAULT_ARTICLE_TIMEOUT_SECONDS * 1000,
  limitName = '--article-timeout',
  analyzerModule = new URL(`../analyze${OWN_EXTENSION}`, import.meta.url),
  checkEveryMs,
}: IsolatedAnalyzerOptions = {}): IsolatedAnalyzer {
  if (!(articleTimeoutMs >= 0)) throw new DetenteError('E_INPUT', `the article time budget must be 0 (no limit) or more ms, not ${articleTimeoutMs}`);
  const { onActorsWarning, ...rest } = analyzerOptions as AnalyzerOptions;
  // what can cross a thread: no functions, no pre-loaded objects
  const crossing: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (typeof v !== 'function' && k !== 'resources' && k !== 'nlp' && k !== 'validatedData') crossing[k] = v;
  const tickMs = checkEveryMs ?? Math.min(250, Math.max(5, articleTimeoutMs / 20));
  let thread: Thread | null = null;
  let started = 0;
  let nextId = 1;
  let closed = false;
  let description: Promise<AnalyzerDescription> | null = null;
  let ticker: NodeJS.Timeout | undefined;
  let lastTick = 0;

  const startThread = (): Thread => {
    const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_CELLS * Int32Array.BYTES_PER_ELEMENT));
    Atomics.store(progress, ProgressCell.Request, 0);
    Atomics.store(progress, ProgressCell.Article, -1);
    const workerData: ThreadStart = { analyzerOptions: crossing, analyzerModule: analyzerModule.href, progress: progress.buffer as SharedArrayBuffer, warnings: started === 0 };
    started++;
    const [entry, how] = threadEntry();
    const worker = new Worker(entry, { ...how, workerData });
    let onReady!: (d: AnalyzerDescription) => void;
    let onLoadFailed!: (e: unknown) => void;
    const ready = new Promise<AnalyzerDescription>((resolve, reject) => {
      onReady = resolve;
      onLoadFailed = reject;
    });
    // a rejection nobody awaits yet (the thread failed before the first batch) is not an unhandled one
    ready.catch(() => {});
    const t: Thread = { worker, progress, ready, pending: new Map(), ended: false };
    let isReady = false;
    worker.on('message', (m: ThreadMessage) => {
      if (m.type === 'ready') {
        isReady = true;
        onReady({ pipeline: { components: m.components }, resources: { settings: m.settings } });
      } else if (m.type === 'load-failed') {
        const error = fromPlain(m.error);
        onLoadFailed(error);
        end(t, () => ({ kind: 'lost' }), error);
      } else if (m.type === 'warning') onActorsWarning?.(m.warning);
      else if (m.type === 'results') {
        const p = t.pending.get(m.id);
        if (!p) return;
        t.pending.delete(m.id);
        p.resolve({ kind: 'results', results: m.results });
        if (!t.pending.size) idle(t);
      }
    });
    // the thread died by itself: out of memory (ERR_WORKER_OUT_OF_MEMORY), an error thrown outside an analysis
    const died = (err: Error) => {
      if (t.ended) return;
      if (!isReady) {
        onLoadFailed(err);
        end(t, () => ({ kind: 'lost' }), err);
        return;
      }
      const at = current(t);
      const error = threadFailedError(err);
      end(t, (id) => (id === at?.id ? (at.index >= 0 ? { kind: 'stopped', at: at.index, error } : { kind: 'failed', error }) : { kind: 'lost' }));
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the analysis thread exited with code ${code}`)));
    return t;
  };

  /** The request the thread is on and its article (-1 between articles), or null. */
  const current = (t: Thread): { id: number; index: number } | null => {
    const id = Atomics.load(t.progress, ProgressCell.Request);
    return t.pending.has(id) ? { id, index: Atomics.load(t.progress, ProgressCell.Article) } : null;
  };

  /**
   * Ends a thread: terminates it, settles each pending request with `outcome(id)` (or rejects them all with
   * `error`), and forgets it so that the next request starts a fresh one.
   */
  const end = (t: Thread, outcome: (id: number) => Outcome, error?: unknown) => {
    if (t.ended) return;
    t.ended = true;
    if (thread === t) thread = null;
    void t.worker.terminate();
    const pending = [...t.pending];
    t.pending.clear();
    idle(t);
    for (const [id, p] of pending) {
      if (error) p.reject(error);
      else p.resolve(outcome(id));
    }
  };

  /** No request in flight on `t`: stop checking the budget, and let the process exit while the thread waits. */
  const idle = (t: Thread) => {
    clearInterval(ticker);
    ticker = undefined;
    t.worker.unref();
  };

  /** Adds the time since the last check to the article the thread is on, and stops the thread when it is over budget. */
  const tick = () => {
    const now = performance.now();
    const dt = now - lastTick;
    lastTick = now;
    const t = thread;
    if (!t) return;
    const at = current(t);
    if (!at || at.index < 0) return;
    const p = t.pending.get(at.id)!;
    if (at.index >= p.articles.length) return;
    p.spent[at.index] += dt;
    if (p.spent[at.index] <= articleTimeoutMs) return;
    const error = analyzeTimeoutError(articleTimeoutMs, limitName);
    end(t, (id) => (id === at.id ? { kind: 'stopped', at: at.index, error } : { kind: 'lost' }));
  };

  const threadNow = (): Thread => {
    if (!thread) {
      thread = startThread();
      description ??= thread.ready;
    }
    return thread;
  };

  /** One try of a request in the current thread. */
  const send = async (articles: readonly Article[]): Promise<Outcome> => {
    const t = threadNow();
    await t.ready;
    if (t.ended) return { kind: 'lost' };
    const id = nextId++;
    const outcome = new Promise<Outcome>((resolve, reject) => t.pending.set(id, { articles, spent: new Float64Array(articles.length), resolve, reject }));
    t.worker.ref();
    if (articleTimeoutMs > 0 && !ticker) {
      lastTick = performance.now();
      ticker = setInterval(tick, tickMs);
    }
    t.worker.postMessage({ id, articles } satisfies AnalyseRequest);
    return outcome;
  };

  // the models load while the caller goes on
  threadNow();

  return {
    ready() {
      if (closed) return Promise.reject(closedError());
      return description ?? threadNow().ready;
    },
    async analyzeBatch(articles) {
      const results: BatchResult[] = new Array(articles.length);
      let todo = articles.map((_, i) => i);
      let lost = 0;
      while (todo.length) {
        if (closed) throw closedError();
        const outcome = await send(todo.map((i) => articles[i]));
        if (outcome.kind === 'lost') {
          if (++lost < MAX_LOST_TRIES) continue;
          const error = threadFailedError(new Error(`the thread ended ${lost} times before it started on the article`));
          for (const i of todo) results[i] = { ok: false, error };
          break;
        }
        if (outcome.kind === 'failed') {
          for (const i of todo) results[i] = { ok: false, error: outcome.error };
          break;
        }
        if (outcome.kind === 'stopped') {
          results[todo[outcome.at]] = { ok: false, error: outcome.error };
          todo = todo.filter((_, j) => j !== outcome.at);
          continue;
        }
        outcome.results.forEach((r, j) => {
          const article = articles[todo[j]];
          results[todo[j]] = r.ok ? { ok: true, analysis: { article, ...r.analysis } } : { ok: false, error: fromPlain(r.error) };
        });
        break;
      }
      return results;
    },
    async close() {
      closed = true;
      const t = thread;
      if (t) end(t, () => ({ kind: 'lost' }), closedError());
    },
  };
}

/**
 * The thread's entry: analysis-thread.js in dist/; under tsx (tests, scripts), which registers its loader in this
 * thread only (Node 20), a small script that loads the .ts module through tsx's own import.
 */
function threadEntry(): [string | URL, { eval?: boolean }] {
  const entry = new URL(`./analysis-thread${OWN_EXTENSION}`, import.meta.url);
  if (OWN_EXTENSION === '.js') return [entry, {}];
  return [`import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`, { eval: true }];
}

/** The error of a call after close. */
function closedError(): DetenteError {
  return new DetenteError('E_ANALYZE_CLOSED', 'the analyzer was closed: create another one to analyse more articles');
}

/** An error that crossed the thread as a plain object, as an Error again (a DetenteError when it was one). */
function fromPlain(e: { name: string; message: string; code?: string }): Error {
  if (e.code !== undefined) return new DetenteError(e.code, e.message);
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}
