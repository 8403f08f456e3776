import type { toCsv } from '../query/csv-rows.js';
import type { Store, StoredQuote } from '../store/store.js';

/** A stored quote with what an analyst needs to cite it: its article's URL, origin (file or input) and source. */
export interface SourcedQuote extends StoredQuote {
  /** the article's URL, or null (a file read from disk) */
  articleUrl: string | null;
  /** where the article was read from: an absolute file path (`path`, `path:line`, `path#record`) or the URL */
  articleOrigin: string | null;
  /** the publication (site name, feed title, agency), or null */
  articleSource: string | null;
}

/**
 * Adds each quote's article URL, origin and source, looked up once per article (`Store.getAnalysis`; the quote rows
 * carry only the article's id, title and date).
 * @param store the store the quotes came from
 * @param quotes stored quotes, in any order
 * @returns the quotes, in the same order, with `articleUrl`, `articleOrigin`, `articleSource`
 */
export async function withArticleSources(store: Store, quotes: readonly StoredQuote[]): Promise<SourcedQuote[]> {
  const sources = new Map<string, Pick<SourcedQuote, 'articleUrl' | 'articleOrigin' | 'articleSource'>>();
  for (const q of quotes) {
    if (sources.has(q.articleId)) continue;
    const article = (await store.getAnalysis(q.articleId))?.article;
    sources.set(q.articleId, { articleUrl: article?.url ?? null, articleOrigin: article?.origin ?? null, articleSource: article?.source ?? null });
  }
  return quotes.map((q) => ({ ...q, ...sources.get(q.articleId)! }));
}

/** The CSV columns that cite a quote's article, after QUOTE_CSV_COLUMNS (query/csv-rows.ts). */
export const QUOTE_SOURCE_CSV_COLUMNS: Parameters<typeof toCsv<SourcedQuote>>[1] = [
  { header: 'article_url', value: (q) => q.articleUrl },
  { header: 'article_origin', value: (q) => q.articleOrigin },
  { header: 'article_source', value: (q) => q.articleSource },
];

/**
 * How a quote's article is cited in the text listing: the URL, else the file or input it was read from.
 * @returns the URL or origin, or null when the store has neither
 */
export function citation(q: SourcedQuote): string | null {
  return q.articleUrl ?? q.articleOrigin;
}
