import type { Command } from 'commander';
import { parsePositiveInt, parseFormatName } from '../option-parsers.js';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { formatEventLine } from '../render-summary.js';
import { checkDyadCodes } from '../../query/known-country-code.js';
import { EVENT_CSV_COLUMNS, toCsv } from '../../query/csv-rows.js';
import { withGlobalEventIds } from '../../query/gdelt-export.js';
import { listDyadEvents } from '../../query/dyad-events.js';
import { dbOption } from '../db-option.js';
import { addEventFilterOptions, eventFilterOf, type EventFilterOptions } from '../event-filter-options.js';

/**
 * Parses "USA-CHN" into a dyad: two CAMEO actor codes of 3 to 15 letters in whole three-letter segments (a country
 * "USA", a country and agent "USAGOV", an international organisation "IGOUNO"), joined by "-", ":" or ">"; a longer
 * code matches the actor codes it is a prefix of (query/dyad-events.ts).
 * @throws Error when it is not two such codes
 */
export function parseDyad(value: string): [string, string] {
  const m = /^((?:[A-Za-z]{3}){1,5})[-:>]((?:[A-Za-z]{3}){1,5})$/.exec(value.trim());
  if (!m) throw new Error(`invalid dyad "${value}": expected two CAMEO actor codes of 3, 6, 9… letters, e.g. USA-CHN, USAGOV-JPNGOV or USA-IGOUNO`);
  return [m[1].toUpperCase(), m[2].toUpperCase()];
}

/** `detente events --db FILE|URL [--dyad USA-CHN] [--from --to]`: list stored events. */
export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('list stored events')
    .addOption(dbOption('the store to read'))
    .option('--dyad <a-b>', 'dyad of actor codes, e.g. USA-CHN, USAGOV-JPNGOV, USA-IGOUNO (prefixes; both directions unless --directed)')
    .option('--directed', 'only events from the first actor code of --dyad to the second')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)');
  addEventFilterOptions(command)
    .option('--limit <n>', 'at most n events', parsePositiveInt)
    .option('-f, --format <format>', 'text | jsonl | csv', parseFormatName, 'text')
    .action(async (opts: EventFilterOptions & { db: string; dyad?: string; directed?: boolean; from?: string; to?: string; limit?: number; format: string }) => {
      checkFormat(opts.format, ['text', 'jsonl', 'csv']);
      const dyad = opts.dyad ? parseDyad(opts.dyad) : undefined;
      const [from, to] = checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        const filter = { directed: opts.directed, from, to, ...eventFilterOf(opts), limit: opts.limit };
        const events = dyad ? await listDyadEvents(store, { ...filter, dyad }) : await store.listEvents(filter);
        if (dyad) checkDyadCodes(dyad, events.length);
        // CSV and JSON Lines name the GDELT row each event is counted in (globalEventId: an event reported again shares it)
        if (opts.format === 'csv') process.stdout.write(toCsv(withGlobalEventIds(events), EVENT_CSV_COLUMNS));
        else for (const ev of opts.format === 'jsonl' ? withGlobalEventIds(events) : events) {
          if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(ev)}\n`);
          // the article id (for `detente article --id`), then the event id last (for `detente explain --db … --event ID`)
          else process.stdout.write(`${formatEventLine(ev)}    ← “${ev.trigger.text}” [${ev.rule}] ${ev.articleTitle} · article ${ev.articleId}  (${ev.id})\n`);
        }
        if (opts.format === 'text') process.stderr.write(`${events.length} event(s)\n`);
        // an undated event (no date in the text, none for the article) is in no --from/--to range: say so
        if (from || to) {
          const undatedFilter = { directed: opts.directed, ...eventFilterOf(opts), undated: true };
          const undated = (dyad ? await listDyadEvents(store, { ...undatedFilter, dyad }) : await store.listEvents(undatedFilter)).length;
          if (undated > 0) process.stderr.write(`note: ${undated} undated event(s) (no date in the text and none for the article) are in no --from/--to range and were left out\n`);
        }
      } finally {
        await store.close();
      }
    });
}
