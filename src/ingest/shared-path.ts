import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Path of a file in the shared test and evaluation data (`DETENTE_SHARED`, default `../shared` beside the repo).
 * Used by tests and evaluation scripts only: the shared data is never copied into the repo.
 * @param parts path segments below the shared folder, e.g. `('corpora', 'seed')`
 * @returns the absolute path, or null when it does not exist (callers skip with a message)
 */
export function sharedPath(...parts: string[]): string | null {
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const root = process.env.DETENTE_SHARED ? resolve(process.env.DETENTE_SHARED) : join(repoRoot, '..', 'shared');
  const path = join(root, ...parts);
  return existsSync(path) ? path : null;
}

/**
 * Path of a fixture file written for the ingest tests (test/fixtures/ingest/).
 * @param parts path segments below the fixture folder
 */
export function fixturePath(...parts: string[]): string {
  return join(fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url)), ...parts);
}
