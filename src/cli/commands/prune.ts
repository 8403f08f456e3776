import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { displayLocation } from '../../store/store-location.js';
import type { StoreCounts } from '../../store/store.js';
import { dbOption } from '../db-option.js';
import { checkDbToRead, checkDbToWrite } from '../db-path.js';
import { checkDate } from '../query-options.js';

/** The options of `detente prune` as commander gives them. */
interface PruneOptions {
  db: string;
  before?: string;
  storedBefore?: string;
  dryRun?: boolean;
}

/** `N articles, N entities, …, N duplicates`: the rows a prune deletes, as the summary lines of ingest count them. */
function rowCounts(c: StoreCounts): string {
  return `${c.articles} articles, ${c.entities} entities, ${c.mentions} mentions, ${c.quotes} quotes, ${c.events} events, ${c.duplicates} duplicates linked`;
}

/**
 * `detente prune --db FILE|URL --before YYYY-MM-DD [--stored-before YYYY-MM-DD] [--dry-run]`: deletes the articles
 * published (and/or stored) before a day with their annotations, in one transaction (Store.prune); prints on stdout
 * what it deleted (dry run: would delete) and what the store holds after. Runs, feed state and undated articles
 * (for `--before`) are kept.
 */
export function registerPrune(program: Command): void {
  program
    .command('prune')
    .description('delete the articles published (or stored) before a day, with their entities, quotes, events and linked copies, in one transaction')
    .addOption(dbOption('the store to prune'))
    .option('--before <date>', 'delete articles published before this day (YYYY-MM-DD; articles with no publication date are kept)')
    .option('--stored-before <date>', 'delete articles stored (ingested) before this day (YYYY-MM-DD, UTC); with --before, only articles that meet both')
    .option('--dry-run', 'print what would be deleted, delete nothing')
    .action(async (opts: PruneOptions) => {
      const publishedBefore = checkDate(opts.before, '--before');
      const storedBefore = checkDate(opts.storedBefore, '--stored-before');
      if (!publishedBefore && !storedBefore) throw new Error('prune needs --before YYYY-MM-DD (publication day) or --stored-before YYYY-MM-DD (ingest day): it deletes nothing without one');
      checkDbToRead(opts.db);
      checkDbToWrite(opts.db);
      const store = await openStore(opts.db);
      try {
        const deleted = await store.prune({ publishedBefore, storedBefore, dryRun: opts.dryRun });
        const left = await store.counts();
        const what = [publishedBefore && `published before ${publishedBefore}`, storedBefore && `stored before ${storedBefore}`].filter(Boolean).join(' and ');
        process.stdout.write(`${opts.dryRun ? 'would delete' : 'deleted'} (${what}): ${rowCounts(deleted)}\n`);
        process.stdout.write(`store ${displayLocation(opts.db)}${opts.dryRun ? ' (dry run: unchanged)' : ''}: ${rowCounts(left)}\n`);
      } finally {
        await store.close();
      }
    });
}
