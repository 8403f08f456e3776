/**
 * Small shared helpers of the benchmark: median, process peak memory, result line protocol.
 */
import { readFileSync } from 'node:fs';

/**
 * Median of a list of numbers (mean of the two middle values for an even count).
 * @param xs values (not modified)
 * @returns the median, or NaN for an empty list
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Peak resident set size of this process so far, from /proc/self/status (VmHWM), in bytes.
 * Falls back to the current RSS (process.memoryUsage().rss) where /proc is not available.
 * @returns bytes
 */
export function peakRssBytes(): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage().rss;
}

/** Prefix of the one stdout line on which a benchmark worker reports its JSON result. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/**
 * Finds and parses a worker's result line in its stdout.
 * @param stdout everything the worker printed
 * @returns the parsed JSON value
 * @throws Error when no result line is present (the worker failed before reporting)
 */
export function parseResult<T>(stdout: string): T {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error('benchmark worker printed no result line');
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}
