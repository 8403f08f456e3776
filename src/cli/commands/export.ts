import type { Command } from 'commander';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { toGdeltTsv, withGlobalEventIds } from '../../query/gdelt-export.js';
import { toGdeltMentionsTsv } from '../../query/gdelt-mentions.js';
import { groupEventMentions, type EventMentions } from '../../query/event-mentions.js';
import { parseDyad } from './events.js';
import { listDyadEvents } from '../../query/dyad-events.js';
import { parseFormatName } from '../option-parsers.js';
import { EVENT_CSV_COLUMNS, toCsv } from '../../query/csv-rows.js';
import { dbOption } from '../db-option.js';
import { addEventFilterOptions, eventFilterOf, type EventFilterOptions } from '../event-filter-options.js';

/**
 * `detente export --db FILE|URL --format gdelt|gdelt-mentions|jsonl|csv`: export stored events (GDELT: dated events
 * only, unless --include-undated; gdelt-mentions: the GDELT 2.0 Mentions rows of the same Events rows, one per coded
 * event, query/gdelt-mentions.ts).
 */
export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('export stored events: GDELT 2.0 Events TSV (61 columns), JSON Lines or CSV (one row per coded event, with its sentence and trigger, and the GLOBALEVENTID of the GDELT row it is counted in: rows sharing it are one event)')
    .addOption(dbOption('the store to read'))
    .option('-f, --format <format>', 'gdelt | gdelt-mentions (the GDELT 2.0 Mentions table of the same rows: one row per coded event, its GLOBALEVENTID, article and char offsets) | jsonl | csv', parseFormatName, 'gdelt')
    .option('--header', 'GDELT (events or mentions): add a header line with the column names')
    .option('--dyad <a-b>', 'only events of this dyad of actor codes, e.g. USA-CHN or USAGOV-JPNGOV (prefixes; both directions)')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)');
  addEventFilterOptions(command)
    .option('--include-undated', 'GDELT: keep events without a date (their SQLDATE, MonthYear, Year, FractionDate are empty)')
    .option('--day-dates-only', "leave out events the text dates only to a week, month, season or year (by default a GDELT row's SQLDATE is the period's first day)")
    .option('--no-merge', 'GDELT: one row per coded event (by default the events of an article with the same actors, code, date and place are one row, counted in NumMentions, as GDELT counts repeats, and so is the same sentence with the same actors, code and date in a story its source re-issued within 3 days, counted in NumArticles)')
    .action(async (opts: EventFilterOptions & { db: string; format: string; header?: boolean; dyad?: string; from?: string; to?: string; includeUndated?: boolean; dayDatesOnly?: boolean; merge: boolean }) => {
      checkFormat(opts.format, ['gdelt', 'gdelt-mentions', 'jsonl', 'csv']);
      const dyad = opts.dyad ? parseDyad(opts.dyad) : undefined;
      const [from, to] = checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        const filter = { from, to, ...eventFilterOf(opts) };
        const events = dyad ? await listDyadEvents(store, { ...filter, dyad }) : await store.listEvents(filter);
        // dated only to a week, month, season or year ("earlier this year"): a GDELT row gets the period's first day as SQLDATE
        const vague = (ev: (typeof events)[number]) => ev.date !== null && ev.datePrecision != null && ev.datePrecision !== 'day';
        const periods = events.filter(vague).length;
        const kept = opts.dayDatesOnly ? events.filter((ev) => !vague(ev)) : events;
        // the notes are written once the export is (a failed write, disk full, ends the process first: no note then
        // describes rows that were not written)
        const notes: string[] = [];
        if (periods && opts.dayDatesOnly) notes.push(`note: ${periods} of ${events.length} event(s) left out: dated only to a week, month, season or year (--day-dates-only)\n`);
        if (opts.format === 'gdelt' || opts.format === 'gdelt-mentions') {
          // GDELT rows are keyed by SQLDATE (an integer): rows without one break loaders that type the column
          const rows = opts.includeUndated ? kept : kept.filter((ev) => ev.date);
          const left = kept.length - rows.length;
          if (left) notes.push(`note: ${left} of ${events.length} event(s) left out: no date (undated article, no date expression); --include-undated keeps them with empty date columns\n`);
          if (periods && !opts.dayDatesOnly) notes.push(`note: ${periods} of ${rows.length} event(s) are dated only to a week, month, season or year; their SQLDATE is the period's first day (--day-dates-only leaves them out; --format jsonl keeps datePrecision)\n`);
          const grouped: EventMentions[] = opts.merge ? groupEventMentions(rows) : rows.map((event) => ({ event, mentions: 1 }));
          if (grouped.length < rows.length) {
            const reissued = grouped.filter((g) => (g.articles ?? 1) > 1).length;
            const across = reissued ? `; ${reissued} row(s) stand for the same sentence in a story the source re-issued, counted in NumArticles` : '';
            notes.push(`note: ${rows.length} event(s) in ${grouped.length} row(s): an article's repeats of an event (same actors, code, date and place) are one row, counted in NumMentions${across} (--no-merge: a row each)\n`);
          }
          await writeOut(opts.format === 'gdelt' ? toGdeltTsv(grouped, { header: opts.header }) : toGdeltMentionsTsv(grouped, { header: opts.header }));
        } else if (opts.format === 'csv') await writeOut(toCsv(withGlobalEventIds(kept), EVENT_CSV_COLUMNS)); // keeps undated events and date_precision
        else await writeOut(withGlobalEventIds(kept).map((ev) => `${JSON.stringify(ev)}\n`)); // JSON Lines keeps undated events and datePrecision
        for (const note of notes) process.stderr.write(note);
      } finally {
        await store.close();
      }
    });
}

/**
 * Writes the export to stdout, one write per piece (a JSON Lines export is not joined into one string), and resolves
 * once the last is written. A failed write (ENOSPC on a full disk) rejects; main.ts's stdout error handler reports it
 * and exits 1.
 * @param pieces the export's text, whole or in lines
 */
function writeOut(pieces: string | readonly string[]): Promise<void> {
  const all = typeof pieces === 'string' ? [pieces] : pieces;
  for (const piece of all.slice(0, -1)) process.stdout.write(piece);
  return new Promise((resolve, reject) => process.stdout.write(all.at(-1) ?? '', (err) => (err ? reject(err) : resolve())));
}
