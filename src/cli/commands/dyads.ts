import type { Command } from 'commander';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { parseFormatName, parsePositiveInt } from '../option-parsers.js';
import { dbOption } from '../db-option.js';
import { groupEventMentions } from '../../query/event-mentions.js';
import { rankDyads, type DyadTotal } from '../../query/dyad-ranking.js';
import { toCsv, type CsvColumn } from '../../query/csv-rows.js';

/** The columns of `detente dyads --format csv`: the fields of `--format json`, QuadClass 1 to 4 as four columns. */
const DYADS_CSV_COLUMNS: readonly CsvColumn<DyadTotal>[] = [
  { header: 'dyad', value: (t) => t.dyad.join('-') },
  { header: 'events', value: (t) => t.events },
  { header: 'mentions', value: (t) => t.mentions },
  { header: 'verbal_cooperation', value: (t) => t.quadClass[0] },
  { header: 'material_cooperation', value: (t) => t.quadClass[1] },
  { header: 'verbal_conflict', value: (t) => t.quadClass[2] },
  { header: 'material_conflict', value: (t) => t.quadClass[3] },
  { header: 'goldstein_sum', value: (t) => t.goldsteinSum },
  { header: 'goldstein_mean', value: (t) => t.goldsteinMean },
];

/**
 * `detente dyads --db FILE|URL [--from --to] [--top N] [--directed]`: the most active dyads (pairs of country codes)
 * by event count, with QuadClass counts and Goldstein sum and mean (query/dyad-ranking.ts); each event counted once, as
 * `detente dyad` counts it. Reads every event of the range.
 */
export function registerDyads(program: Command): void {
  program
    .command('dyads')
    .description('the most active dyads: country pairs by events, with QuadClass counts and Goldstein mean')
    .addOption(dbOption('the store to read'))
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)')
    .option('--top <n>', 'at most n dyads', parsePositiveInt, 20)
    .option('--directed', 'source → target pairs apart (default: USA→CHN and CHN→USA are one dyad)')
    .option('-f, --format <format>', 'text | json (one array) | jsonl (one dyad per line, as events, quotes and entities print their records) | csv', parseFormatName, 'text')
    .option('--no-merge', 'count every coded event (by default an event reported again is counted once, as in `dyad`)')
    .action(async (opts: { db: string; from?: string; to?: string; top: number; directed?: boolean; format: string; merge: boolean }) => {
      checkFormat(opts.format, ['text', 'json', 'jsonl', 'csv']);
      const [from, to] = checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        const events = await store.listEvents({ from, to });
        const reports = opts.merge ? groupEventMentions(events) : events.map((event) => ({ event, mentions: 1 }));
        // every dyad ranked, then the top: the note says how many were left out (the top 20 of exactly 20 is all of them)
        const all = rankDyads(reports.map((g) => ({ ...g.event, mentions: g.mentions })), { directed: opts.directed === true });
        const ranked = all.slice(0, opts.top);
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(ranked, null, 2)}\n`);
          return;
        }
        if (opts.format === 'jsonl') {
          for (const t of ranked) process.stdout.write(`${JSON.stringify(t)}\n`);
          return;
        }
        if (opts.format === 'csv') {
          process.stdout.write(toCsv(ranked, DYADS_CSV_COLUMNS));
          return;
        }
        const arrow = opts.directed ? '→' : '↔';
        process.stdout.write('dyad           events  verb.coop mat.coop verb.confl mat.confl  Goldstein sum   mean\n');
        for (const t of ranked) {
          const [q1, q2, q3, q4] = t.quadClass;
          process.stdout.write(
            `${t.dyad.join(arrow).padEnd(14)} ${String(t.events).padStart(6)} ${String(q1).padStart(10)} ${String(q2).padStart(8)} ${String(q3).padStart(10)} ${String(q4).padStart(9)}  ${t.goldsteinSum.toFixed(2).padStart(13)} ${t.goldsteinMean.toFixed(2).padStart(6)}\n`,
          );
        }
        process.stderr.write(`${ranked.length} dyad(s)${all.length > ranked.length ? ` (the top ${opts.top} of ${all.length}; --top N for more)` : ''}; \`detente dyad A-B\` gives one over time\n`);
      } finally {
        await store.close();
      }
    });
}
