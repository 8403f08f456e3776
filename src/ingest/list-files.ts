import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isKnownInputFile } from './detect-format.js';
import { failureFromError } from './errors.js';
import type { ReadResult } from './read-result.js';

/**
 * Base names (without extension, any case) of a folder's own documentation — a corpus's README.TXT, a LICENSE (also
 * one licence of several: LICENSE-MIT, COPYING_LGPL), a PROVENANCE.txt or MANIFEST saying where the files came from —
 * which a walk leaves out like files of an unknown extension: they are about the articles, not articles.
 */
const FOLDER_DOCS = /^(?:(?:license|licence|copying)(?:[-_][a-z0-9]+)?|readme|changelog|changes|notice|authors|contributing|provenance|manifest)(?:\.[a-z0-9]+)?$/i;

/**
 * Folders a walk does not enter: `node_modules`, a JavaScript project's installed packages (their licences, help texts
 * and test fixtures are no news; review 16: a folder with a symbolic link to one read 16 of them as articles). Hidden
 * folders (`.git`, `.cache`…) are left out with every hidden entry. Only folders met on the way: a folder named on the
 * command line (`detente ingest node_modules/pkg/fixtures`) is read.
 */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);

/** The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html, 1.3 "The Database Header"). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Journal files SQLite keeps beside a database `X` while it is written: `X-wal`, `X-shm`, `X-journal`. */
const SQLITE_COMPANION = /^(.+)-(?:wal|shm|journal)$/;

/**
 * Whether a file is a SQLite database (by its header): a detente store (`detente ingest .` writes detente.db into the
 * folder it reads) or any other database, never an article for any reader.
 */
async function isSqliteDatabase(path: string): Promise<boolean> {
  try {
    const file = await open(path, 'r');
    try {
      const head = Buffer.alloc(SQLITE_HEADER.length);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return bytesRead === head.length && head.equals(SQLITE_HEADER);
    } finally {
      await file.close();
    }
  } catch {
    // unreadable: left for the reader to report
    return false;
  }
}

/** One entry of a directory walk: a file to read, or a failure (unreadable directory). */
export type ListedFile = { path: string } | { failure: ReadResult };

/** Options of {@link listFiles}. */
export interface ListFilesOptions {
  /** list every non-hidden file, whatever its extension (used when the caller forces a format) */
  all?: boolean;
  /** called with each file left out because no reader knows its extension, so the caller can say so */
  onSkip?: (path: string) => void;
}

/**
 * Walks a directory recursively in a stable order (entries sorted by name, code-point order), skipping hidden
 * entries (name starting with `.`), `node_modules` folders ({@link SKIPPED_FOLDERS}; even with `options.all`) and,
 * unless `options.all`, files whose extension no reader knows (see isKnownInputFile) and the folder's documentation
 * (README.TXT, LICENSE.txt…), each such file reported to `options.onSkip`. SQLite databases (by their header) and
 * their -wal, -shm and -journal files are left out silently, even with `options.all`: the store `detente ingest .`
 * writes lies in the folder it reads.
 * Symbolic links are followed; a directory reached twice (a link loop) is read once.
 * @param dir directory path
 * @param seen real paths of the directories already walked (internal: shared by the recursion)
 * @param options `all` to list every file, `onSkip` to hear about the files left out
 * @returns an async iterable of files to read and of failures for directories that cannot be read
 */
export async function* listFiles(dir: string, seen: Set<string> = new Set(), options: ListFilesOptions = {}): AsyncGenerator<ListedFile> {
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
    if (isDir) {
      if (!SKIPPED_FOLDERS.has(name)) yield* listFiles(path, seen, options);
      continue;
    }
    const known = isKnownInputFile(path) && !FOLDER_DOCS.test(name);
    // a SQLite database and its journals, silently: the store an `ingest .` is writing lies in the folder it reads
    // (review 28: its detente.db, -wal and -shm were listed as not read, and read as seed files with --input-format)
    if (!known && (await isSqliteDatabase(path) || isSqliteCompanion(name, names))) continue;
    if (options.all || known) yield { path };
    else options.onSkip?.(path);
  }
}

/** Whether `name` is the -wal, -shm or -journal file of a database `X` listed beside it in `names`. */
function isSqliteCompanion(name: string, names: readonly string[]): boolean {
  const base = SQLITE_COMPANION.exec(name)?.[1];
  return base !== undefined && names.includes(base);
}
