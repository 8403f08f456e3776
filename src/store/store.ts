import type { Analysis } from '../model/analysis.js';
import type { CodedEvent } from '../model/event.js';
import type { Quote } from '../model/quote.js';

/** A pipeline run: component versions and data-file hashes, so each stored annotation is reproducible. */
export interface PipelineRun {
  id: string;
  startedAt: string;
  detenteVersion: string;
  components: Record<string, string>;
}

/** Filter for {@link Store.listEvents}. `dyad` is "USA-CHN" (either direction unless `directed`). */
export interface EventFilter {
  dyad?: [string, string];
  directed?: boolean;
  from?: string;
  to?: string;
  code?: string;
  limit?: number;
}

/** Filter for {@link Store.listQuotes}: speaker name substring (case-insensitive), actor code, date range. */
export interface QuoteFilter {
  speaker?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** A stored event with the article it came from. */
export interface StoredEvent extends CodedEvent {
  articleId: string;
  articleTitle: string;
  published: string | null;
  articleUrl: string | null;
  /** The article's document tone (GDELT AvgTone). */
  articleTone: number | null;
  storedAt: string;
}

/** A stored quote with the article it came from. */
export interface StoredQuote extends Quote {
  articleId: string;
  articleTitle: string;
  published: string | null;
}

/** Row counts of the store. */
export interface StoreCounts {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
}

/**
 * The storage interface shared by the SQLite (default) and PostgreSQL back ends.
 * Saving is idempotent: an article already stored (same id) is skipped, nothing is duplicated.
 */
export interface Store {
  /** Records a pipeline run (idempotent on `run.id`). */
  recordRun(run: PipelineRun): void;
  /** True when the article id is already stored. */
  hasArticle(id: string): boolean;
  /**
   * Stores analyses in one transaction: all or nothing.
   * @returns how many were newly stored and how many were already there
   */
  saveBatch(analyses: readonly Analysis[], runId: string): { stored: number; skipped: number };
  listEvents(filter?: EventFilter): StoredEvent[];
  listQuotes(filter?: QuoteFilter): StoredQuote[];
  /** The full analysis of one stored article, or undefined. */
  getAnalysis(articleId: string): Analysis | undefined;
  counts(): StoreCounts;
  close(): void;
}
