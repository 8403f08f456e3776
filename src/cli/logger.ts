import type { IngestFailure, IngestStats } from '../ingest-into-store.js';
import type { StoreCounts } from '../store/store.js';
import type { AnalysisIssue } from '../model/analysis.js';
import { formatFailures } from './failures.js';
import { notEnglishCount } from './not-english-count.js';
import { replacedCount } from './replaced-count.js';
import { skippedFilesNote } from './skipped-files.js';
import type { FeedRound } from './feed-round.js';

/** Log formats: human text, or one JSON object per line (for log collectors). */
export type LogFormat = 'text' | 'json';

/** Writes per-item failures and the end-of-run summary to stderr. */
export interface Logger {
  failure(f: IngestFailure): void;
  /** a non-fatal finding about a stored article (a date not understood): a `warning:` line, or JSON level warn */
  issue(i: AnalysisIssue): void;
  /**
   * the running counts after a batch was committed to the store: JSON `{"level":"info","event":"progress",…}` (read,
   * stored, skipped, duplicates, failed, events, quotes, seconds); nothing in text (the progress bar shows them on a terminal)
   */
  progress(stats: IngestStats): void;
  /**
   * one `watch` round: JSON `{"event":"round",round,feeds:[FeedRound…]}` (level warn when a feed failed); the text lines
   * `round N: URL: status` are written by the watch command as each feed is polled
   */
  round(round: number, feeds: readonly FeedRound[]): void;
  /**
   * `removed`: the run created the database file, stored nothing, and removed it again; `round`: the `watch` round
   * it sums up, which opens the text line (`round 3: read 2 article(s), …`; JSON has the `round` event for it)
   */
  summary(stats: IngestStats, counts: StoreCounts, db: string, options?: { removed?: boolean; round?: number }): void;
  /** the run was stopped by `signal` (SIGINT…): what it stored and how to continue; written even when quiet */
  interrupted(signal: string, stats: IngestStats, counts: StoreCounts, db: string): void;
  /**
   * folder files not read for their extension (see skippedFilesNote): the `note:` line, or JSON
   * `{"level":"info","event":"files_not_read",count,paths}` (every path); nothing when `paths` is empty
   */
  skippedFiles(paths: readonly string[]): void;
}

/**
 * Creates a stderr logger. Text: failures are listed in the summary; JSON: each failure is a line
 * `{"level":"error","event":"item_failed",origin,code,message}` as it happens, then one `{"event":"summary",…}`.
 * The rate (articles read per second) is left out — JSON `articlesPerSecond: null` — when nothing new was read
 * (every article already stored, or none at all).
 * `quiet` drops the text summary line but never the failure list (failures always reach stderr) nor the
 * line of an interrupted run.
 * @throws Error on an unknown format
 */
export function createLogger(format: LogFormat, { quiet = false }: { quiet?: boolean } = {}): Logger {
  if (format !== 'text' && format !== 'json') throw new Error(`unknown --log-format "${format}": use text or json`);
  const write = (o: object) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...o })}\n`);
  return {
    failure(f) {
      if (format === 'json') write({ level: 'error', event: 'item_failed', ...f });
    },
    progress(stats) {
      if (format !== 'json') return;
      write({
        level: 'info',
        event: 'progress',
        read: stats.read,
        stored: stats.stored,
        skipped: stats.skipped,
        duplicates: stats.duplicates,
        failed: stats.failures.length,
        events: stats.events,
        quotes: stats.quotes,
        seconds: Math.round(stats.seconds * 100) / 100,
      });
    },
    round(round, feeds) {
      if (format === 'json') write({ level: feeds.some((f) => f.status === 'failed') ? 'warn' : 'info', event: 'round', round, feeds });
    },
    issue(i) {
      if (format === 'json') write({ level: 'warn', event: 'item_issue', ...i });
      else process.stderr.write(`warning: ${i.message}\n`);
    },
    summary(stats, counts, db, { removed = false, round } = {}) {
      // no rate for a run that analysed and stored nothing (a watch round whose items were all stored before): reading
      // a few stored ids in a millisecond made '3877.6 articles/s'
      const rate = stats.read > stats.skipped ? stats.read / Math.max(stats.seconds, 1e-9) : null;
      if (format === 'json') {
        write({
          level: stats.failures.length ? 'warn' : 'info',
          event: 'summary',
          read: stats.read,
          noArticle: stats.noArticle,
          notEnglish: stats.notEnglish,
          stored: stats.stored,
          replaced: stats.replaced,
          revised: stats.revised,
          skipped: stats.skipped,
          duplicates: stats.duplicates,
          events: stats.events,
          quotes: stats.quotes,
          failed: stats.failures.length,
          seconds: Math.round(stats.seconds * 100) / 100,
          articlesPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
          db,
          dbRemoved: removed,
          store: counts,
        });
        return;
      }
      if (!quiet) {
        process.stderr.write(
          `${round === undefined ? '' : `round ${round}: `}read ${stats.read} article(s), stored ${stats.stored}${replacedCount(stats)}, already stored ${stats.skipped}${stats.skipped ? ' (the same text, from this run or an earlier one)' : ''}, duplicates ${stats.duplicates}, ${stats.noArticle ? `skipped (no article) ${stats.noArticle}, ` : ''}${notEnglishCount(stats.notEnglish)}failed ${stats.failures.length} in ${stats.seconds.toFixed(1)} s${rate === null ? '' : ` (${rate.toFixed(1)} articles/s)`}\n` +
            (removed
              ? `store ${db}: not created (nothing to store)\n`
              : `store ${db}: ${counts.articles} articles, ${counts.entities} entities, ${counts.mentions} mentions, ${counts.quotes} quotes, ${counts.events} events, ${counts.duplicates} duplicates linked\n`),
        );
      }
      if (stats.failures.length) process.stderr.write(`${formatFailures(stats.failures)}\n`);
    },
    interrupted(signal, stats, counts, db) {
      if (format === 'json') {
        write({ level: 'warn', event: 'interrupted', signal, stored: stats.stored, db, articles: counts.articles });
        return;
      }
      process.stderr.write(
        `interrupted (${signal}): ${stats.stored} article(s) stored by this run, ${counts.articles} in ${db}; run the same command again to continue (stored articles are skipped)\n`,
      );
    },
    skippedFiles(paths) {
      if (!paths.length) return;
      if (format === 'json') write({ level: 'info', event: 'files_not_read', count: paths.length, paths });
      else process.stderr.write(`${skippedFilesNote(paths)}\n`);
    },
  };
}
