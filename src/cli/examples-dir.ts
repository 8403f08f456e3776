import { fileURLToPath } from 'node:url';

/** The bundled example articles (examples/articles, written by the detente team). */
export function defaultExamplesDir(): string {
  return fileURLToPath(new URL('../../examples/articles/', import.meta.url));
}
