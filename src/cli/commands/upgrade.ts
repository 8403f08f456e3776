import type { Command } from 'commander';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { checkDbToRead, checkDbToWrite } from '../db-path.js';

/**
 * `detente upgrade --db FILE`: applies the schema migrations a database written by an older detente lacks (the
 * query commands open databases read-only and refuse an old schema), keeping every row; a current database is
 * left as it is.
 */
export function registerUpgrade(program: Command): void {
  program
    .command('upgrade')
    .description('bring a database written by an older detente to the current schema (every row is kept)')
    .option('--db <file>', 'SQLite database file', './detente.db')
    .action((opts: { db: string }) => {
      checkDbToRead(opts.db);
      checkDbToWrite(opts.db);
      // opening for writing applies the missing migrations in one transaction each (src/store/migrations.ts)
      const store = openSqliteStore(opts.db);
      try {
        const c = store.counts();
        process.stderr.write(`store ${opts.db}: schema up to date; ${c.articles} articles, ${c.events} events, ${c.quotes} quotes, ${c.duplicates} duplicates linked\n`);
      } finally {
        store.close();
      }
    });
}
