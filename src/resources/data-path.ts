import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

/**
 * Absolute path of a file in the package's `data/` folder (works from `src/` under tsx and from `dist/`).
 * @param parts path segments below `data/`, e.g. `('cameo', 'event-codes.tsv')`
 */
export function dataPath(...parts: string[]): string {
  return join(fileURLToPath(new URL('../../data/', import.meta.url)), ...parts);
}

/**
 * The path below the package's `data/` folder of a file in it, with `/` separators, as the build's records of
 * validated data files name them ("events/verbs.compiled.json"); null for a file outside `data/`.
 * @param path an absolute path
 */
export function dataFileOf(path: string): string | null {
  const rel = relative(dataPath(), path);
  if (rel === '' || rel.startsWith('..') || rel.includes(':')) return null;
  return rel.split(sep).join('/');
}
