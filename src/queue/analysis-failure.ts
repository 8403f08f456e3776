import { EMPTY_INPUT_ERROR, INPUT_ERROR } from '../ingest/article-input.js';
import { DetenteError } from '../pipeline/errors.js';
import { ANALYZE_TIMEOUT } from '../analysis-budget/budget-errors.js';

/**
 * Whether an error is the analyzer refusing the article itself: `E_INPUT` (no Article) or `E_INPUT_EMPTY` (its text
 * is empty or only white space; ingest/article-input.ts). The same article is refused on every attempt, so a worker
 * fails its job at once, with that code, and does not retry it.
 * @param error what the analysis of a job's article threw or was rejected with
 * @returns true for a DetenteError with one of those two codes
 */
export function isRefusedArticle(error: unknown): error is DetenteError {
  return error instanceof DetenteError && (error.code === INPUT_ERROR || error.code === EMPTY_INPUT_ERROR);
}

/**
 * The error a job's failed analysis is reported with, as `ingest` reports it (ingest-into-store.ts): the analyzer's
 * refusal of the article ({@link isRefusedArticle}) and a stop over the time budget ({@link isAnalyzeTimeout}) as they
 * came, anything else the analysis threw as `E_ANALYZE`.
 * @param error the error of the article's analysis
 * @returns the refusal or the timeout unchanged, else a DetenteError E_ANALYZE with the same message and the error as `cause`
 */
export function analysisFailure(error: Error): DetenteError {
  if (isRefusedArticle(error) || isAnalyzeTimeout(error)) return error;
  return new DetenteError('E_ANALYZE', error.message, { cause: error });
}

/**
 * Whether an error is an article's analysis stopped over its time budget (E_ANALYZE_TIMEOUT, `--article-timeout`:
 * analysis-budget/): the same article would take as long on every attempt, and each attempt would hold a job slot
 * for the whole budget, so a worker fails its job at once, with that code, and does not retry it.
 * @param error what the analysis of a job's article was rejected with
 * @returns true for a DetenteError E_ANALYZE_TIMEOUT
 */
export function isAnalyzeTimeout(error: unknown): error is DetenteError {
  return error instanceof DetenteError && error.code === ANALYZE_TIMEOUT;
}
