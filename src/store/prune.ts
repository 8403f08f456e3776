import type { SqlDialect } from './sql-dialect.js';

/**
 * Which articles {@link import('./store.js').Store.prune} deletes: those published before a day, stored (ingested)
 * before a day, or both when both are given (an article must meet every criterion given). An article with no
 * publication date is never published before a day. At least one criterion is required (store-filters.ts).
 */
export interface PruneFilter {
  /** YYYY-MM-DD: articles whose publication day (`published`, its first 10 characters) is before it */
  publishedBefore?: string;
  /** YYYY-MM-DD: articles whose current version was stored (`stored_at`, UTC) before that day began */
  storedBefore?: string;
  /** count what would be deleted, delete nothing */
  dryRun?: boolean;
}

/** The two statements of a prune in one dialect, and the values both bind in order. */
export interface PruneStatements {
  /**
   * One row: the rows the prune deletes in each table (columns articles, entities, mentions, quotes, events,
   * duplicates; duplicates: the copies and earlier versions linked to a deleted article), as StoreCounts.
   */
  readonly counts: string;
  /** Deletes the articles; their entities, mentions, quotes, co-speakers, events and linked duplicates go with them (ON DELETE CASCADE). */
  readonly delete: string;
  readonly values: readonly string[];
}

/**
 * The statements of a prune: the articles' condition written once for both stores, each criterion given bound once.
 * Dates compare as strings (both are stored as ISO text: `2024-03-05…`), so a day bound as `YYYY-MM-DD` is before
 * every time of that day.
 * @param filter a checked {@link PruneFilter} with at least one criterion
 * @param dialect the store's (placeholders)
 * @returns the count and delete statements and their values
 */
export function pruneStatements(filter: PruneFilter, dialect: SqlDialect): PruneStatements {
  const conditions: string[] = [];
  const values: string[] = [];
  if (filter.publishedBefore) {
    values.push(filter.publishedBefore);
    conditions.push(`substr(published, 1, 10) < ${dialect.placeholder(values.length)}`);
  }
  if (filter.storedBefore) {
    values.push(filter.storedBefore);
    conditions.push(`stored_at < ${dialect.placeholder(values.length)}`);
  }
  const where = conditions.join(' AND ');
  const ofDoomed = (table: string) => `(SELECT count(*) FROM ${table} WHERE article_seq IN (SELECT seq FROM doomed)) AS ${table}`;
  return {
    counts: `WITH doomed AS (SELECT seq, id FROM articles WHERE ${where})
      SELECT (SELECT count(*) FROM doomed) AS articles, ${['entities', 'mentions', 'quotes', 'events'].map(ofDoomed).join(', ')},
        (SELECT count(*) FROM duplicates WHERE duplicate_of IN (SELECT id FROM doomed)) AS duplicates`,
    delete: `DELETE FROM articles WHERE ${where}`,
    values,
  };
}
