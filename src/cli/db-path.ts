import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl } from '../store/store-location.js';

/** The message for a `--db` that names a folder (SQLite's own words for it are "disk I/O error"). */
function directoryMessage(path: string): string {
  return `${path} is a directory, not a detente database: give the database file, e.g. --db ${join(path, 'detente.db')}`;
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a `--db` path before a query command opens it read-only, so that the user reads what is wrong
 * instead of SQLite's "disk I/O error" (a folder) or "unable to open database file" (no read permission).
 * A postgres:// URL is no file: it is left to the PostgreSQL store to check.
 * @param path the `--db` value
 * @throws Error naming the path when nothing is there, when it is a directory, or when the user may not read it
 */
export function checkDbToRead(path: string): void {
  if (isPostgresUrl(path)) return;
  if (!existsSync(path)) throw new Error(`no database at ${path}: store articles first with \`detente ingest <paths…> --db ${path}\``);
  if (statSync(path).isDirectory()) throw new Error(directoryMessage(path));
  if (!canAccess(path, constants.R_OK)) throw new Error(`cannot read ${path}: permission denied (the file's permissions do not let you read it)`);
}

/**
 * Checks a `--db` path before `ingest` or `watch` opens (or creates) it for writing. SQLite creates its journal
 * files (`-wal`, `-shm`, `-journal`) beside the database, so the folder must be writable even when the file
 * exists; without this check a folder the user cannot write gives "unable to open database file".
 * `:memory:` and postgres:// URLs are always fine here. Root passes every permission check (access(2)), as SQLite then succeeds too.
 * @param path the `--db` value
 * @throws Error naming the path and the problem: a directory, a missing folder, a folder or file the user may not write
 */
export function checkDbToWrite(path: string): void {
  if (path === ':memory:' || isPostgresUrl(path)) return;
  if (existsSync(path) && statSync(path).isDirectory()) throw new Error(directoryMessage(path));
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) throw new Error(`cannot create ${path}: the folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new Error(`cannot create ${path}: ${folder} is not a folder`);
  if (!canAccess(folder, constants.W_OK | constants.X_OK)) {
    throw new Error(
      `cannot write the database ${path}: permission denied on the folder ${folder} (SQLite writes its journal files beside the database, so the folder must be writable); choose a --db in a folder you can write to`,
    );
  }
  if (existsSync(path) && !canAccess(path, constants.R_OK | constants.W_OK)) {
    throw new Error(`cannot write the database ${path}: permission denied (the file's permissions do not let you write it)`);
  }
}

/**
 * Removes a database file a run created but stored nothing in, with SQLite's journal files beside it: an empty
 * file left behind would look like a store that holds the inputs. The store must be closed first.
 * @param path the `--db` value (`:memory:` and postgres:// URLs are left alone)
 */
export function removeCreatedDb(path: string): void {
  if (path === ':memory:' || isPostgresUrl(path)) return;
  for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(f, { force: true });
}
