import { Option } from 'commander';

/** The environment variable that gives `--db` when the option is not on the command line (e.g. a postgres:// URL). */
export const DB_ENV = 'DETENTE_DB';

/**
 * The `--db` option of the commands that use a store: a SQLite file or a postgres:// URL (store/open-store.ts),
 * taken from {@link DB_ENV} when not given, else `defaultValue`. A URL with a password is best given through the
 * environment (or PostgreSQL's own PGPASSWORD / ~/.pgpass, which the driver reads), so it stays out of the shell
 * history and the process list.
 * @param description what the store is for in this command (the help text adds the accepted forms)
 * @param defaultValue the location when neither the option nor the variable is given
 * @returns the commander option
 */
export function dbOption(description = 'the store', defaultValue = './detente.db'): Option {
  return new Option('--db <file-or-url>', `${description}: SQLite file or postgres:// URL`).env(DB_ENV).default(defaultValue);
}
