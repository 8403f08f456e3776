import type { toCsv } from '../query/csv-rows.js';
import type { StoredQuote } from '../store/store.js';

/** The CSV columns that cite a quote's article, after QUOTE_CSV_COLUMNS (query/csv-rows.ts). */
export const QUOTE_SOURCE_CSV_COLUMNS: Parameters<typeof toCsv<StoredQuote>>[1] = [
  { header: 'article_url', value: (q) => q.articleUrl },
  { header: 'article_origin', value: (q) => q.articleOrigin },
  { header: 'article_source', value: (q) => q.articleSource },
  { header: 'article_external_id', value: (q) => q.articleExternalId },
];

/**
 * How a quote's article is cited in the text listing: the URL, else the file or input it was read from.
 * @returns the URL or origin, or null when the store has neither
 */
export function citation(q: StoredQuote): string | null {
  return q.articleUrl ?? q.articleOrigin;
}
