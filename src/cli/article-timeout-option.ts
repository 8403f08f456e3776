import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_ARTICLE_TIMEOUT_SECONDS } from '../analysis-budget/isolated-analyzer.js';

/**
 * The `--article-timeout <seconds>` option of the commands that analyse a stream of articles (ingest, watch, worker):
 * the time budget of one article's analysis (createIsolatedAnalyzer's `articleTimeoutMs`), in seconds, default
 * {@link DEFAULT_ARTICLE_TIMEOUT_SECONDS}; 0 turns it off. An article over it fails alone with E_ANALYZE_TIMEOUT, whose
 * message names this option; the others are stored.
 * @returns the commander option (`articleTimeout` in the parsed options, in seconds)
 */
export function articleTimeoutOption(): Option {
  return new Option('--article-timeout <seconds>', "longest analysis of one article before it is stopped and reported (E_ANALYZE_TIMEOUT) while the others go on; 0 for no limit")
    .argParser(parseSeconds)
    .default(DEFAULT_ARTICLE_TIMEOUT_SECONDS);
}

/**
 * The budget of `--article-timeout` in ms.
 * @param seconds the option's value
 * @returns ms, for createIsolatedAnalyzer's `articleTimeoutMs`
 */
export function articleTimeoutMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** A number of seconds, 0 or more (decimals allowed: 0.5). */
function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !Number.isFinite(n)) throw new InvalidArgumentError(`expected a number of seconds (0 for no limit), not "${value}"`);
  return n;
}
