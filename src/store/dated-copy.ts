import type { Analysis } from '../model/analysis.js';

/**
 * The statements that take a stored article's annotations away before the analysis of a dated copy takes their place
 * (Store.saveBatch, kind `dated`: store.ts replacesStored), each with the article's sequence number as its one
 * parameter: mentions and co-speakers first, then what they belong to, so that no foreign key is left dangling
 * whether or not the back end cascades.
 * @param param the back end's first placeholder (`?` for SQLite, `$1` for PostgreSQL)
 * @returns DELETE statements, in order
 */
export function clearAnnotationsSql(param: string): string[] {
  return ['mentions', 'co_speakers', 'entities', 'quotes', 'events'].map((table) => `DELETE FROM ${table} WHERE article_seq = ${param}`);
}

/**
 * The statement that writes a new analysis's article-level results (tone, issues) and its run on the stored article
 * row, keeping the row's id, text, sequence number, storing time and the copies linked to it; its dates are filled by
 * copy-fills.ts fillDatesSql.
 * @param param the back end's placeholder of the n-th parameter (1-based)
 * @returns the UPDATE statement; values {@link analysisRowValues} then the sequence number
 */
export function updateAnalysisSql(param: (n: number) => string): string {
  const columns = ['tone', 'positive', 'negative', 'polarity', 'word_count', 'issues', 'run_id'];
  return `UPDATE articles SET ${columns.map((c, i) => `${c} = ${param(i + 1)}`).join(', ')} WHERE seq = ${param(columns.length + 1)}`;
}

/**
 * The values of {@link updateAnalysisSql} before the sequence number.
 * @param a the new analysis
 * @param runId the run that made it
 */
export function analysisRowValues(a: Analysis, runId: string): unknown[] {
  return [a.tone.tone, a.tone.positive, a.tone.negative, a.tone.polarity, a.tone.wordCount, JSON.stringify(a.issues), runId];
}
