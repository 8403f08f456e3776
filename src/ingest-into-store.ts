import { EMPTY_TONE } from './model/tone.js';
import type { Analyzer } from './analyze.js';
import type { Analysis } from './model/analysis.js';
import type { Article } from './model/article.js';
import type { ReadResult } from './ingest/read-result.js';
import type { Store } from './store/store.js';

/** A per-item failure in a batch: which input and why (stable error code). */
export interface IngestFailure {
  origin: string;
  code: string;
  message: string;
}

/** Counts of one ingest. `skipped`: already stored (same id); `duplicates`: linked to a stored first copy. */
export interface IngestStats {
  read: number;
  stored: number;
  skipped: number;
  duplicates: number;
  failures: IngestFailure[];
  seconds: number;
}

/** Options of {@link ingestIntoStore}. */
export interface IngestOptions {
  analyzer: Analyzer;
  store: Store;
  runId: string;
  /** articles per transaction (default 200) */
  batchSize?: number;
  /** called after each item with the running counts */
  onProgress?: (stats: Readonly<IngestStats>) => void;
  /** called for each failed item as it happens */
  onFailure?: (failure: IngestFailure) => void;
}

/** A placeholder analysis for a known duplicate: the store links it to the first copy and stores nothing else. */
function duplicateMarker(article: Article): Analysis {
  return { article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] };
}

/**
 * Analyses read results and stores them in batches, one transaction per batch: a crash loses at most the
 * open batch, and running again completes the store without duplicates (stored ids are skipped before
 * analysis, copies of stored articles are linked, not analysed). Failed items are collected, never thrown.
 * @param results read results (from readInputs, readUrl…)
 * @returns counts, failures and elapsed seconds
 * @throws only when the store itself fails (disk full, locked database)
 */
export async function ingestIntoStore(
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  { analyzer, store, runId, batchSize = 200, onProgress, onFailure }: IngestOptions,
): Promise<IngestStats> {
  const started = performance.now();
  const stats: IngestStats = { read: 0, stored: 0, skipped: 0, duplicates: 0, failures: [], seconds: 0 };
  const fail = (f: IngestFailure) => {
    stats.failures.push(f);
    onFailure?.(f);
  };
  let batch: Analysis[] = [];
  const seen = new Set<string>();
  const flush = () => {
    if (!batch.length) return;
    const r = store.saveBatch(batch, runId);
    stats.stored += r.stored;
    stats.skipped += r.skipped;
    stats.duplicates += r.duplicates;
    batch = [];
  };
  for await (const r of results) {
    if (!r.ok) {
      fail({ origin: r.origin, code: r.code, message: r.message });
    } else {
      stats.read++;
      const id = r.article.id;
      const dup = seen.has(id) ? null : store.findDuplicate(r.article);
      if (seen.has(id) || dup?.kind === 'id') stats.skipped++;
      else {
        seen.add(id);
        if (dup) batch.push(duplicateMarker(r.article));
        else {
          try {
            batch.push(analyzer.analyze(r.article));
          } catch (err) {
            fail({ origin: r.article.origin ?? id, code: 'E_ANALYZE', message: (err as Error).message });
          }
        }
        if (batch.length >= batchSize) flush();
      }
    }
    stats.seconds = (performance.now() - started) / 1000;
    onProgress?.(stats);
  }
  flush();
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
