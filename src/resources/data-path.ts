import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Absolute path of a file in the package's `data/` folder (works from `src/` under tsx and from `dist/`).
 * @param parts path segments below `data/`, e.g. `('cameo', 'event-codes.tsv')`
 */
export function dataPath(...parts: string[]): string {
  return join(fileURLToPath(new URL('../../data/', import.meta.url)), ...parts);
}
