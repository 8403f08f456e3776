import { DetenteError } from '../pipeline/errors.js';

/** The error code of an article whose analysis ran over its time budget (`--article-timeout`). */
export const ANALYZE_TIMEOUT = 'E_ANALYZE_TIMEOUT';

/**
 * The error of an article whose analysis was stopped after `limitMs`: what happened, that it was not stored, and how to
 * raise the limit.
 * @param limitMs the budget in ms
 * @param limitName the option that sets it (`--article-timeout`), named in the message
 * @returns a DetenteError {@link ANALYZE_TIMEOUT}
 */
export function analyzeTimeoutError(limitMs: number, limitName: string): DetenteError {
  const seconds = Number((limitMs / 1000).toFixed(3));
  return new DetenteError(
    ANALYZE_TIMEOUT,
    `the analysis of this article took more than ${seconds} s and was stopped; it is not stored (the other articles are). Raise the limit with ${limitName} <seconds> (0 for none), or report the article: no news article should take that long`,
  );
}

/**
 * The error of an article on which the analysis thread died (out of memory…): the thread is replaced and the other
 * articles analysed again.
 * @param cause the thread's error
 * @returns a DetenteError E_ANALYZE with `cause`
 */
export function threadFailedError(cause: Error): DetenteError {
  return new DetenteError('E_ANALYZE', `the analysis thread failed on this article (${cause.message}); it is not stored (the other articles are)`, { cause });
}
