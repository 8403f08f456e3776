import { isAbsolute, resolve } from 'node:path';
import type { ReadResult } from './read-result.js';

/**
 * Writes the origin of each article read from a local file as an absolute path ("../news/a.txt" →
 * "/home/u/news/a.txt", "wire.jsonl:3" → "/home/u/wire.jsonl:3"), so that a stored article's origin (and a GDELT
 * export's SOURCEURL, which falls back to it) still points at the file from another directory. URLs, stdin ("-")
 * and failures pass through unchanged (failures keep the path as the user typed it, for their messages).
 * @param results read results (from readInputs)
 * @param cwd the directory relative paths are resolved against (default: the process's)
 * @returns the same results in the same order
 */
export async function* withAbsoluteOrigins(results: AsyncIterable<ReadResult>, cwd = process.cwd()): AsyncIterable<ReadResult> {
  for await (const r of results) {
    const origin = r.ok ? r.article.origin : undefined;
    if (!r.ok || !origin || origin === '-' || origin.startsWith('-:') || isAbsolute(origin) || /^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) yield r;
    else yield { ...r, article: { ...r.article, origin: resolve(cwd, origin) } };
  }
}
