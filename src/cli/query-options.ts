import type { Store } from '../store/store.js';
import { isCalendarDay } from '../model/calendar-day.js';
import { checkDbToRead } from './db-path.js';

/**
 * Opens the store a query command reads (events, quotes, dyad, export, explain --db), read-only. Unlike `ingest`,
 * a query never creates or changes a database: a mistyped `--db` path would otherwise leave an empty file behind
 * and print nothing, and a database in a read-only folder or file (a shared archive, a mounted snapshot) can be
 * queried.
 * @param path the `--db` value: a SQLite file or a postgres:// URL (store/open-store.ts)
 * @returns the opened store (close it when done)
 * @throws Error naming the path when no file exists there, it is a directory or the user may not read it
 *   (see checkDbToRead); DetenteError E_STORE_OPEN when the store cannot be read
 */
export async function openStoreToQuery(path: string): Promise<Store> {
  checkDbToRead(path);
  // imported here, not at the top: `analyze` uses this file's option checks and never opens a store (the store
  // modules and better-sqlite3 are 10 modules and a native addon)
  const { openStore } = await import('../store/open-store.js');
  return openStore(path, { readonly: true });
}

/**
 * Checks an output-format option against the values a command accepts.
 * @param value the `--format` value
 * @param allowed the accepted values, first the default
 * @returns the value
 * @throws Error listing the accepted values
 */
export function checkFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`unknown --format "${value}": use ${allowed.join(' or ')}`);
  return value as T;
}

/**
 * Checks a `--from`/`--to` date: a real calendar day written YYYY-MM-DD ({@link isCalendarDay}: stored dates are
 * compared as strings, so "2023" or "2023-6-1" would silently select the wrong range).
 * @param value the option value, or undefined when not given
 * @param flag the option name for the message, e.g. "--from"
 * @returns the value unchanged
 * @throws Error naming the option and the expected form
 */
export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw new Error(`invalid ${flag} "${value}": expected a date YYYY-MM-DD, e.g. 2023-06-19`);
  return value;
}

/**
 * Checks `--from` and `--to` together: each a date ({@link checkDate}), and `--from` not after `--to`.
 * @param from the `--from` value
 * @param to the `--to` value
 * @returns the two dates (undefined where not given)
 * @throws Error naming the option and the value, or the two dates when the range is empty
 */
export function checkDateRange(from: string | undefined, to: string | undefined): [string | undefined, string | undefined] {
  const range: [string | undefined, string | undefined] = [checkDate(from, '--from'), checkDate(to, '--to')];
  if (range[0] && range[1] && range[0] > range[1]) throw new Error(`--from ${range[0]} is after --to ${range[1]}: no date is in that range`);
  return range;
}
