import type { ReadResult } from '../ingest/read-result.js';
import type { AnalysisIssue } from '../model/analysis.js';

/** The code of the ingest warning about articles read without a publication date. */
export const UNDATED_ARTICLES = 'W_INGEST_UNDATED';

/**
 * Passes `results` on unchanged, counting into `counter.undated` the articles read without a publication date
 * (plain-text files carry none): their events are undated unless the text states a date with a year.
 * @param results the readers' results
 * @param counter the count, incremented as the results pass
 */
export async function* countingUndated(results: AsyncIterable<ReadResult>, counter: { undated: number }): AsyncIterable<ReadResult> {
  for await (const r of results) {
    if (r.ok && !r.article.published) counter.undated++;
    yield r;
  }
}

/**
 * The warning of an ingest that read articles without a publication date and was given no `--published` (fresh-eyes
 * review 20: 16 plain-text files gave 15 undated events of 16, said only at export).
 * @param undated articles read without a date; `read` all articles read; `noun` what they are (`ingest` counts only the
 *   articles new to the store, which it analyses: `new article(s)`; review 25: a re-run warned of articles stored long ago)
 * @param stored of the `read` articles, those stored (ingest: the summary's `stored`); when fewer, the warning says what
 *   became of the others (found, when saved, to be copies of stored articles: linked to them or skipped, not stored
 *   again), so that "9,728 of 9,728 new article(s)" beside "stored 9,720" reads as what happened
 * @returns the issue (code {@link UNDATED_ARTICLES}), or null when every article had a date
 */
export function undatedWarning(undated: number, read: number, noun = 'article(s) read', stored = read): AnalysisIssue | null {
  if (!undated) return null;
  const n = (x: number) => x.toLocaleString('en');
  const copies = read - stored;
  const fate = copies > 0 ? ` (${n(stored)} of the ${n(read)} were stored; ${n(copies)} turned out, when saved, to be copies of stored articles and were linked to them, not stored again)` : '';
  return {
    code: UNDATED_ARTICLES,
    message: `${n(undated)} of ${n(read)} ${noun}${fate} have no publication date: their events are undated (and relative dates such as "on Monday" unresolved) unless the text states a year; give --published YYYY-MM-DD for them`,
    source: 'ingest',
  };
}
