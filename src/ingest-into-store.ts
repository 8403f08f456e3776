import { isNotEnglish } from './analyze.js';
import { BATCH_ARTICLES, type BatchResult } from './pipeline/pipeline.js';
import type { Analysis, AnalysisIssue } from './model/analysis.js';
import type { Article } from './model/article.js';
import type { ReadResult } from './ingest/read-result.js';
import { isSkippedResult, skipWarning } from './ingest/skipped-result.js';
import { replacesStored, type Store } from './store/store.js';
import { copyFills } from './store/copy-fills.js';
import { duplicateMarker } from './store/duplicate-marker.js';
import { DetenteError } from './pipeline/errors.js';

/** A per-item failure in a batch: which input and why (stable error code). */
export interface IngestFailure {
  origin: string;
  code: string;
  message: string;
}

/**
 * Counts of one ingest. `skipped`: already stored (same id); `duplicates`: linked to a stored first copy;
 * `replaced`: of `stored`, the articles stored in place of a shorter stored copy from the same URL; `revised`: of
 * `stored`, the corrections stored in place of an earlier version with the same source and source id;
 * `noArticle`: pages of a crawl with no article (a WARC's home and index pages, read results marked
 * `skip: 'no-article'`), counted here and not among the failures; `notEnglish`: of the articles analysed, those
 * stored without entities, quotes and events because their text is not English (analyze.ts).
 */
export interface IngestStats {
  read: number;
  noArticle: number;
  notEnglish: number;
  /** articles new to the store (or replacing a stored version) analysed without failure */
  analysed: number;
  /** of `analysed`, those with no publication date (their relative dates unresolved: the CLI warns of them) */
  undated: number;
  stored: number;
  replaced: number;
  revised: number;
  skipped: number;
  duplicates: number;
  /** events stored with this run's stored articles */
  events: number;
  /** quotes stored with this run's stored articles */
  quotes: number;
  failures: IngestFailure[];
  seconds: number;
  /** true when `signal` was aborted during the ingest (the input may not all have been read) */
  interrupted: boolean;
}

/**
 * What {@link ingestIntoStore} needs of an analyzer: `analyzeBatch`, in this thread (createAnalyzer) or in a worker
 * thread with a time budget per article (createIsolatedAnalyzer: an article over it fails with E_ANALYZE_TIMEOUT).
 */
export interface BatchAnalyzer {
  analyzeBatch(articles: readonly Article[]): BatchResult[] | Promise<BatchResult[]>;
}

/** Options of {@link ingestIntoStore}. */
export interface IngestOptions {
  analyzer: BatchAnalyzer;
  store: Store;
  runId: string;
  /** articles per transaction (default 200) */
  batchSize?: number;
  /**
   * characters of article text to analyse per transaction (default {@link BATCH_TEXT_CHARACTERS}): a batch is also
   * stored once the articles waiting for analysis in it hold this much text, so that a batch of long articles holds
   * no more analyses in memory than one of short articles
   */
  batchCharacters?: number;
  /** called after each item with the running counts */
  onProgress?: (stats: Readonly<IngestStats>) => void;
  /** called after each batch committed to the store (one transaction) with the running counts */
  onBatch?: (stats: Readonly<IngestStats>) => void;
  /** called for each failed item as it happens */
  onFailure?: (failure: IngestFailure) => void;
  /** called for each reader issue of a stored article (a date not understood…), which is also stored with it */
  onIssue?: (issue: AnalysisIssue) => void;
  /**
   * stops the ingest when aborted (the CLI aborts on SIGINT/SIGTERM): no further input is read, even when the
   * reader is waiting for input (stdin, a slow server); the articles already analysed are stored in one last
   * transaction, so every stored article is complete and a later run with the same input adds only the rest
   */
  signal?: AbortSignal;
}

/**
 * Longest stretch, in ms, that the ingest runs without giving the event loop a turn when it has a `signal`:
 * a JSON Lines chunk or a batch of already-read files yields many articles without any I/O wait, and a
 * signal handler (Ctrl-C) runs only in a turn of the event loop. A turn (setImmediate) costs microseconds,
 * an article milliseconds.
 */
const MAX_MS_WITHOUT_TURN = 50;

/**
 * The items of `source` until `signal` is aborted. The abort wins over a pending read: a reader waiting for
 * stdin or the network is left waiting (its pending result is dropped) instead of holding up the stop.
 */
async function* untilAborted<T>(source: AsyncIterable<T> | Iterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const it: AsyncIterator<T> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (async function* () { yield* source; })();
  let lastTurn = performance.now();
  let finished = false;
  try {
    for (;;) {
      if (performance.now() - lastTurn > MAX_MS_WITHOUT_TURN) {
        // two immediates, so that the event loop polls between them: a signal is read in the poll phase, and one
        // immediate queued after a long analysis can run in the same loop iteration, before any poll (review 20: a
        // SIGTERM during a long article was never seen, and the ingest ran on to its end)
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      if (signal.aborted) return;
      const pending = it.next();
      // a fresh abort promise per item, its listener removed after: racing every item against one long-lived
      // promise would keep a reaction per item on it until the end (Promise.race never lets go of them)
      let onAbort = () => {};
      const aborted = new Promise<'aborted'>((resolve) => {
        onAbort = () => resolve('aborted');
        signal.addEventListener('abort', onAbort, { once: true });
      });
      let next: IteratorResult<T> | 'aborted';
      try {
        next = await Promise.race([pending, aborted]);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
      // an item read while the abort came is dropped too (a later run reads it again)
      if (next === 'aborted' || signal.aborted) {
        pending.catch(() => {});
        return;
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // not awaited: an async generator busy with a read would finish that read first
    if (!finished) it.return?.()?.catch(() => {});
  }
}

/**
 * Text characters to analyse per transaction of {@link ingestIntoStore} (with at most `batchSize` articles): the
 * analyses of a batch live until it is stored, and they grow with the text. 200 Reuters-21578 stories hold 150,000
 * characters on average (mean 750 a story), 200 BBC News articles 445,000 (mean 2,227): at 150,000 a batch of BBC
 * articles stores about 67 of them, and a batch holds about as much text, whatever the source, as the 200 Reuters
 * stories that the ingest's memory was measured on first (docs/performance.md, 2,000-article checkpoint).
 */
export const BATCH_TEXT_CHARACTERS = 150_000;

/**
 * Analyses read results and stores them in batches, one transaction per batch: a crash loses at most the
 * open batch, and running again completes the store without duplicates (stored ids are skipped before
 * analysis, copies of stored articles are linked, not analysed). One run stores what two runs store: a copy of an
 * article read earlier in the same run is skipped as a stored one is, and its external id and source fill in the
 * first copy's when that has none, as do its publication and modification dates (copy-fills.ts; test: a plain-text copy read
 * before the JSON Lines copy). The articles of a batch are analysed together when
 * it is stored (`Analyzer.analyzeBatch`, stage by stage: the analyses `analyze` gives, for less CPU). Failed items are
 * collected, never thrown.
 * An aborted `options.signal` ends it early, with what was analysed stored (see {@link IngestOptions.signal}).
 * @param results read results (from readInputs, readUrl…)
 * @returns counts, failures and elapsed seconds
 * @throws only when the store itself fails (disk full, locked database)
 */
export async function ingestIntoStore(
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  { analyzer, store, runId, batchSize = 200, batchCharacters = BATCH_TEXT_CHARACTERS, onProgress, onBatch, onFailure, onIssue, signal }: IngestOptions,
): Promise<IngestStats> {
  const started = performance.now();
  const stats: IngestStats = { read: 0, noArticle: 0, notEnglish: 0, analysed: 0, undated: 0, stored: 0, replaced: 0, revised: 0, skipped: 0, duplicates: 0, events: 0, quotes: 0, failures: [], seconds: 0, interrupted: false };
  const fail = (f: IngestFailure) => {
    stats.failures.push(f);
    onFailure?.(f);
  };
  // The batch in read order; an article to analyse holds its place (null) until the batch is stored, and then the
  // articles waiting are analysed together, stage by stage (analyzeBatch: the same analyses, less CPU).
  let batch: (Analysis | null)[] = [];
  let waiting: { at: number; article: Article; issues: readonly AnalysisIssue[] }[] = [];
  let waitingCharacters = 0;
  const seen = new Set<string>();
  // ids whose analysis failed, and the markers of later copies of an id read earlier in this run: such a marker is
  // dropped when the first copy failed (it would be stored as an article with no annotations)
  const failedIds = new Set<string>();
  const copiesOfThisRun = new WeakSet<Analysis>();
  // The waiting articles go to the analyzer BATCH_ARTICLES at a time as soon as that many wait (the rest when the batch
  // is stored): an analyzer in a worker thread analyses them while the next articles are read. Their analyses are put
  // in place in the order of the parts, before the batch is stored.
  let sent = 0;
  let analysing: Promise<void>[] = [];
  const sendWaiting = (all: boolean) => {
    while (waiting.length - sent >= BATCH_ARTICLES || (all && sent < waiting.length)) {
      const part = waiting.slice(sent, sent + BATCH_ARTICLES);
      sent += part.length;
      const done = Promise.resolve(analyzer.analyzeBatch(part.map((w) => w.article))).then((results) => placeAnalyses(part, results));
      // awaited when the batch is stored; a rejection before then is not an unhandled one
      done.catch(() => {});
      analysing.push(done);
    }
  };
  const placeAnalyses = (part: typeof waiting, results: readonly BatchResult[]) => {
    part.forEach((w, j) => {
      const x = results[j];
      if (!x.ok) {
        // the analyzer's own code (E_INPUT, E_INPUT_EMPTY) tells the caller what was wrong with the article; E_ANALYZE
        // is for what the analysis itself threw
        const code = x.error instanceof DetenteError ? x.error.code : 'E_ANALYZE';
        fail({ origin: w.article.origin ?? w.article.id, code, message: x.error.message });
        failedIds.add(w.article.id);
        return;
      }
      const analysis = x.analysis;
      stats.analysed++;
      if (!w.article.published) stats.undated++;
      if (isNotEnglish(analysis)) stats.notEnglish++;
      for (const issue of w.issues) {
        analysis.issues.push(issue);
        onIssue?.(issue);
      }
      batch[w.at] = analysis;
    });
  };
  const analyseWaiting = async () => {
    sendWaiting(true);
    const parts = analysing;
    analysing = [];
    sent = 0;
    waiting = [];
    waitingCharacters = 0;
    for (const part of parts) await part;
  };
  const flush = async () => {
    await analyseWaiting();
    const analyses = batch.filter((a): a is Analysis => {
      if (a === null) return false;
      if (copiesOfThisRun.has(a) && failedIds.has(a.article.id)) return (stats.skipped++, false);
      return true;
    });
    batch = [];
    if (!analyses.length) return;
    const r = await store.saveBatch(analyses, runId);
    stats.stored += r.stored;
    stats.replaced += r.replaced;
    stats.revised += r.revised;
    stats.skipped += r.skipped;
    stats.duplicates += r.duplicates;
    stats.events += r.events;
    stats.quotes += r.quotes;
    stats.seconds = (performance.now() - started) / 1000;
    onBatch?.(stats);
  };
  for await (const r of signal ? untilAborted(results, signal) : results) {
    if (isSkippedResult(r)) {
      // a feed with no items is reported (a warning); a crawl's pages without an article are counted
      const warning = skipWarning(r);
      if (warning) onIssue?.(warning);
      else stats.noArticle++;
    }
    else if (!r.ok) fail({ origin: r.origin, code: r.code, message: r.message });
    else {
      stats.read++;
      const id = r.article.id;
      const again = seen.has(id);
      const dup = again ? null : await store.findDuplicate(r.article);
      // A stored article without an external id gets the one a copy of it carries when that copy is saved (Store;
      // empty publication and modification dates too: copy-fills.ts;
      // saveBatch counts it as skipped): a copy from the store (`dup`) or one read earlier in this run (`again`, in
      // this batch or an earlier one), so that one run stores what two runs store (review 16: a folder's plain-text
      // copies read before the JSON Lines copies of the same articles left 592 of them without source).
      if ((again || dup?.kind === 'id') && copyFills(r.article)) {
        seen.add(id);
        const marker = duplicateMarker(r.article);
        if (again) copiesOfThisRun.add(marker);
        batch.push(marker);
      } else if (again || dup?.kind === 'id') stats.skipped++;
      else {
        seen.add(id);
        // a fuller copy or a correction of a stored article is analysed, and the store puts it in that one's place
        if (dup && !replacesStored(dup)) batch.push(duplicateMarker(r.article));
        else {
          waiting.push({ at: batch.length, article: r.article, issues: r.issues ?? [] });
          waitingCharacters += r.article.text.length;
          batch.push(null);
          sendWaiting(false);
        }
        if (batch.length >= batchSize || waitingCharacters >= batchCharacters) await flush();
      }
    }
    stats.seconds = (performance.now() - started) / 1000;
    onProgress?.(stats);
  }
  await flush();
  stats.interrupted = signal?.aborted ?? false;
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
