import type { ReadResult } from './read-result.js';

/**
 * Gives the articles whose input states no publication date (plain-text files, a folder of undated stories) the
 * date a user supplies, so that their events can be dated relative to it ("on Tuesday") and placed in a dyad's time
 * series; articles with a date of their own keep it, failures pass through unchanged.
 * @param results read results (from readInputs)
 * @param published the date, YYYY-MM-DD (checked by the caller)
 * @returns the same results in the same order, undated articles carrying `published`
 */
export async function* withFallbackDate(results: AsyncIterable<ReadResult>, published: string): AsyncIterable<ReadResult> {
  for await (const r of results) yield r.ok && !r.article.published ? { ...r, article: { ...r.article, published } } : r;
}
