/**
 * What every training, evaluation and data-building script starts with: the repository root, the shared
 * data folder (`DETENTE_SHARED`, default `../shared` beside the repository; read in place, never copied)
 * and `--name value` options.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../src/ingest/shared-path.js';

/** Absolute path of the repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of the shared data folder, as the tests find it ({@link sharedPath}: `$DETENTE_SHARED` or
 * `../shared` beside the repository); when it is missing, the path that was looked for, so the caller's existence check
 * names it in its message.
 */
export function sharedDir(): string {
  return sharedPath() ?? resolve(process.env.DETENTE_SHARED ?? resolve(REPO_ROOT, '..', 'shared'));
}

/**
 * The value after `--name` on the command line, or `dflt` when the option is not given.
 * @param argv the arguments (default: this process's, after the script path)
 */
export function scriptOption(name: string, dflt: string, argv: readonly string[] = process.argv.slice(2)): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
}
