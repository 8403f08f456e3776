import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled example articles (examples/articles, written by the detente team): relative to the working
 * directory when it lies inside it (`npm start` prints "examples/articles/…"), else absolute.
 */
export function defaultExamplesDir(): string {
  const dir = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? `${rel}${sep}` : dir;
}
