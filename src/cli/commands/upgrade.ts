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
      const pending = await pendingMigrations(opts.db);
      // opening for writing applies the missing migrations (src/store/migrations.ts, postgres-migrations.ts)
      const store = await openStore(opts.db);
      try {
        const c = await store.counts();
        const done = pending === null ? 'schema already up to date' : `schema migration${pending.includes(',') ? 's' : ''} ${pending} applied, schema up to date`;
        process.stderr.write(`store ${displayLocation(opts.db)}: ${done}; ${c.articles} articles, ${c.events} events, ${c.quotes} quotes, ${c.duplicates} duplicates linked\n`);
      } finally {
        await store.close();
      }
    });
}

/**
 * The schema migrations a store lacks, as the read-only open names them ("6" or "5, 6"), so that `upgrade` can say
 * what it changed; null when the store opens read-only (nothing to apply) or fails for another reason (the writable
 * open that follows reports that reason).
 */
async function pendingMigrations(db: string): Promise<string | null> {
  try {
    const reader = await openStore(db, { readonly: true });
    await reader.close();
    return null;
  } catch (err) {
    return /schema migrations ([\d, ]+) not applied/.exec(err instanceof Error ? err.message : String(err))?.[1] ?? null;
  }
}
