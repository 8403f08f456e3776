import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { displayLocation } from '../../store/store-location.js';
import { dbOption } from '../db-option.js';
import { checkDbToRead, checkDbToWrite } from '../db-path.js';

/**
 * `detente upgrade --db FILE|URL`: applies the schema migrations a database written by an older detente lacks (the
 * query commands open databases read-only and refuse an old schema), keeping every row; a current database is
 * left as it is.
 */
export function registerUpgrade(program: Command): void {
  program
    .command('upgrade')
    .description('bring a database written by an older detente to the current schema (every row is kept)')
    .addOption(dbOption('the store to upgrade'))
    .action(async (opts: { db: string }) => {
      checkDbToRead(opts.db);
      checkDbToWrite(opts.db);
      // opening for writing applies the missing migrations (src/store/migrations.ts, postgres-migrations.ts)
      const store = await openStore(opts.db);
      try {
        const c = await store.counts();
        process.stderr.write(`store ${displayLocation(opts.db)}: schema up to date; ${c.articles} articles, ${c.events} events, ${c.quotes} quotes, ${c.duplicates} duplicates linked\n`);
      } finally {
        await store.close();
      }
    });
}
