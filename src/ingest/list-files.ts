import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isKnownInputFile } from './detect-format.js';
import { failureFromError } from './errors.js';
import type { ReadResult } from './read-result.js';

/** One entry of a directory walk: a file to read, or a failure (unreadable directory). */
export type ListedFile = { path: string } | { failure: ReadResult };

/**
 * Walks a directory recursively in a stable order (entries sorted by name, code-point order), skipping hidden
 * entries (name starting with `.`) and files whose extension no reader knows (see isKnownInputFile).
 * Symbolic links are followed; a directory reached twice (a link loop) is read once.
 * @param dir directory path
 * @returns an async iterable of files to read and of failures for directories that cannot be read
 */
export async function* listFiles(dir: string, seen: Set<string> = new Set()): AsyncGenerator<ListedFile> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (error) {
    yield { failure: failureFromError(dir, error) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { failure: failureFromError(path, error) };
      continue;
    }
    if (isDir) yield* listFiles(path, seen);
    else if (isKnownInputFile(path)) yield { path };
  }
}
