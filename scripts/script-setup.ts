/**
 * What every training, evaluation and data-building script starts with: the repository root, the shared
 * data folder (`DETENTE_SHARED`, default `../shared` beside the repository; read in place, never copied)
 * and `--name value` options.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../src/ingest/shared-path.js';
import { readPolnearSplit, type PolnearArticle } from '../src/extract/quotes/polnear-reader.js';

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

/**
 * The PolNeAR train articles a quotes training script learns from, read in place from the shared folder; with
 * `--holdout` in `argv`, without every fifth article (index % 5 === 0 in sorted order), which eval:quotes --holdout
 * then scores. Exits the process with status 2 and a message naming the folder when the split is missing.
 * @param argv the script's arguments
 * @returns the articles and whether they are the held-out training set
 */
export function polnearTrainArticles(argv: readonly string[]): { articles: PolnearArticle[]; holdout: boolean } {
  const dir = join(sharedDir(), 'gold', 'quotes', 'polnear', 'data', 'train');
  if (!existsSync(dir)) {
    console.error(`PolNeAR train split not found at ${dir}; set DETENTE_SHARED to the shared data folder`);
    process.exit(2);
  }
  const holdout = argv.includes('--holdout');
  return { articles: readPolnearSplit(dir).filter((_, k) => !holdout || k % 5 !== 0), holdout };
}
