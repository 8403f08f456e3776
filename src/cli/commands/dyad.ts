import type { Command } from 'commander';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { datedCoarserThan, dyadSeries, INTERVALS, MIN_TREND_EVENTS, partialPeriods, SPARSE_SHARE, type Interval } from '../../query/dyad-series.js';
import { parseDyad } from './events.js';
import { checkDyadCodes } from '../../query/known-country-code.js';
import { parseFormatName } from '../option-parsers.js';
import { dbOption } from '../db-option.js';
import { groupEventMentions, type EventMentions } from '../../query/event-mentions.js';
import { dyadSeriesCsv } from '../../query/dyad-csv.js';
import { listDyadEvents } from '../../query/dyad-events.js';

/** What the trend words mean, after the options in `detente dyad --help` (the rules of query/dyad-series.ts). */
const DYAD_HELP = `
Columns of the text table: events per QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict), the sum and the mean of the events' Goldstein scores (-10 to +10), and after the mean a bar
of one "+" (cooperation) or "-" (conflict) per Goldstein point of the mean, rounded: 1.90 is "++".

Trend (the "trend:" line; "trend", "slope", "slopeInterval90" and "slopeStdError" in JSON):
  warming / souring   the least-squares slope of the events' Goldstein scores against calendar time (each event
                      one point) differs from 0 at the 90% level: its 90% interval (printed after it) excludes 0;
                      slope in Goldstein points per --by period
  stable              the slope's 90% interval lies within +-0.1
  no clear trend      neither
  too sparse          under ${Math.round(SPARSE_SHARE * 100)}% of the periods from the first to the last event hold events (one event
                      a month in 3 of 24 months): the slope is printed but joins a few far-apart periods, so no
                      direction is given
  insufficient data   events in fewer than 3 periods (two points always make a line): no slope; in JSON
                      "slope", "slopeInterval90" and "slopeStdError" are null
  too few events      fewer than ${MIN_TREND_EVENTS} events: the slope is printed, no direction is given (a dyad's events come a few
                      to an article, so a smaller series rests on one or two stories: leaving out one article changed 9
                      of 11 such verdicts on our test stores)
Every period from the first event to the last (or --from to --to) has a row, with 0 events when it has none.
A first or last period that --from/--to cuts into is named under the table: an event dated only to a period is in
the range when the whole period is, so such a row counts only events dated to days inside the range.
Events with no date, or dated only to a longer period than --by ("in 1990" by month), are left out and counted.
Each event is counted once (as GDELT counts an event once, with its mentions): the coded events of one article with
the same actors, code, date and place, and those a story re-issued by its source (within 3 days) states again in the
same sentence with the same actors, code and date. "mentions" in JSON counts them all; --no-merge counts each.
`;

/**
 * `detente dyad USA-CHN --db FILE|URL [--by month] [--directed]` (or `dyad USA CHN`): is a relationship warming or
 * souring? Both directions pooled (USA → CHN and CHN → USA), or with `--directed` only the first country's acts
 * toward the second (as GDELT/ICEWS directed-dyad series). `--format json` prints the series, `--format csv` one row per
 * period with the same fields (query/dyad-csv.ts), for R or pandas.
 */
export function registerDyad(program: Command): void {
  program
    .command('dyad')
    .description('a dyad over time: events per QuadClass and Goldstein mean per period, and the trend')
    .argument('<dyad>', 'two actor codes, e.g. USA-CHN (or USA CHN), USAGOV-JPNGOV, USA-IGOUNO')
    .argument('[second]', 'the second actor code, when the two are given apart')
    .addOption(dbOption('the store to read'))
    .option('--by <interval>', 'day | week | month | quarter (calendar, 2024-Q1) | year', 'month')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)')
    .option('--directed', 'only events from the first actor to the second (default: both directions)')
    .option('-f, --format <format>', 'text | json (one document: the series, its periods and trend; no jsonl, as the series is not a list of records) | csv (one row per period, with the fields of json)', parseFormatName, 'text')
    .option('--no-merge', 'count every coded event (by default an event reported again is counted once: see below)')
    .option('--list', 'text: list each period\'s events under it (id, date, actors, code, Goldstein, article); json and csv always name them (eventIds, event_ids)')
    .addHelpText('after', DYAD_HELP)
    .action(async (value: string, second: string | undefined, opts: { db: string; by: Interval; from?: string; to?: string; directed?: boolean; format: string; merge: boolean; list?: boolean }) => {
      if (!INTERVALS.includes(opts.by)) throw new Error(`unknown --by "${opts.by}": use day, week, month, quarter or year`);
      if (opts.format === 'jsonl') throw new Error('unknown --format "jsonl": dyad prints one series, a single JSON document: use --format json (or csv, one row per period; `detente dyads --format jsonl` gives one dyad per line)');
      checkFormat(opts.format, ['text', 'json', 'csv']);
      const dyad = parseDyad(second === undefined ? value : `${value}-${second}`);
      const [from, to] = checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        const directed = opts.directed === true;
        const events = await listDyadEvents(store, { dyad, directed, from, to });
        // no events and a code no country has: a typo rather than a quiet relationship
        checkDyadCodes(dyad, events.length);
        // each event once: an article's repeats, and the same sentence in a story its source re-issued, are mentions of it
        const reports = opts.merge ? groupEventMentions(events) : events.map((event) => ({ event, mentions: 1 }));
        const series = dyadSeries(reports.map((g) => ({ ...g.event, mentions: g.mentions, id: g.event.id })), { dyad, directed, interval: opts.by, span: { from, to } });
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(series, null, 2)}\n`);
          return;
        }
        if (opts.format === 'csv') {
          process.stdout.write(dyadSeriesCsv(series));
          return;
        }
        const byId = new Map(reports.map((g) => [g.event.id, g]));
        process.stdout.write(`${dyad[0]} ${directed ? '→' : '↔'} ${dyad[1]} by ${opts.by}\nperiod       events  verb.coop mat.coop verb.confl mat.confl  Goldstein sum   mean (+/- a point)\n`);
        for (const b of series.buckets) {
          const [q1, q2, q3, q4] = b.quadClass;
          const mean = b.goldsteinMean;
          const bar = mean === null ? '' : mean >= 0 ? '+'.repeat(Math.round(mean)) : '-'.repeat(Math.round(-mean));
          // a period without events has a sum of 0 and no mean
          process.stdout.write(
            `${b.period.padEnd(12)} ${String(b.events).padStart(6)} ${String(q1).padStart(10)} ${String(q2).padStart(8)} ${String(q3).padStart(10)} ${String(q4).padStart(9)}  ${b.goldsteinSum.toFixed(2).padStart(13)} ${(mean === null ? '—' : mean.toFixed(2)).padStart(6)} ${bar}\n`,
          );
          if (opts.list) for (const id of b.eventIds) process.stdout.write(`  ${eventLine(byId.get(id)!)}\n`);
        }
        if (!opts.list && series.coverage.periodsWithEvents) process.stdout.write(`(--list names each period's events; \`detente explain --db … --event ID\` shows how one was coded)\n`);
        // the interval, not "± standard error": a reader takes ± for the interval, and 1.645 × SE is what decides
        const ci = series.slopeInterval90;
        const se = ci === null ? '' : `, 90% interval ${signed(ci[0])} to ${signed(ci[1])}, standard error ${series.slopeStdError}`;
        if (series.trend === 'insufficient data') {
          const n = series.coverage.periodsWithEvents;
          process.stdout.write(`trend: insufficient data (${n === 0 ? 'no events' : `events in ${n} ${opts.by}${n === 1 ? '' : 's'}`}; a trend needs events in at least 3 ${opts.by}s)\n`);
        } else if (series.trend === 'too sparse') {
          const cov = series.coverage;
          process.stdout.write(
            `trend: too sparse (events in ${cov.periodsWithEvents} of ${cov.periods} ${opts.by}s, under ${Math.round(SPARSE_SHARE * 100)}%: a slope of ${series.slope} Goldstein points per ${opts.by}${se ? `${se},` : ''} would join a few far-apart periods, so no direction is given)\n`,
          );
        } else if (series.trend === 'too few events') {
          const total = series.buckets.reduce((k, b) => k + b.events, 0);
          process.stdout.write(
            `trend: too few events (${total}, under ${MIN_TREND_EVENTS}: a slope of ${series.slope} Goldstein points per ${opts.by}${se ? `${se},` : ''} would rest on a few articles, so no direction is given)\n`,
          );
        } else {
          process.stdout.write(`trend: ${series.trend} (slope ${series.slope} Goldstein points per ${opts.by}${se}; each event one point; warming or souring when the 90% interval excludes 0)\n`);
        }
        const cov = series.coverage;
        if (cov.sparse && series.trend !== 'insufficient data') {
          const held = series.buckets.filter((b) => b.events > 0);
          process.stdout.write(
            `sparse: events in ${cov.periodsWithEvents} of the ${cov.periods} ${opts.by}s from ${held[0].period} to ${held[held.length - 1].period} (longest gap ${cov.longestGap} ${opts.by}s): the trend joins a few far-apart periods; narrow --from/--to or try a longer --by\n`,
          );
        }
        if (series.coarserDates > 0) {
          // the periods they are dated to, shortest first: the shortest --by that holds some of them, the longest all
          const longer = (['week', 'month', 'season', 'year'] as const).filter((p) => reports.some((g) => g.event.date && g.event.datePrecision === p && datedCoarserThan(g.event, opts.by)));
          // a season lies across two quarters: only --by year holds it (a winter, across two years, no --by)
          const by = [...new Set(longer.map((p) => (p === 'season' ? 'year' : p)))].filter((p) => p !== opts.by);
          const hint = by.length > 0 ? `: try --by ${by.join(' or ')}` : ' (a winter runs into the next year)';
          process.stdout.write(`${series.coarserDates} event(s) dated only to a ${longer.join(' or a ')} (longer than a ${opts.by}: "last ${longer[0] === 'season' ? 'summer' : longer[0]}") left out${hint}\n`);
        }
        if (reports.length < events.length) {
          process.stdout.write(`${events.length} coded event(s) are ${reports.length} event(s): an event an article repeats, or a re-issued story of the same source states again in the same sentence, is counted once (mentions in JSON; --no-merge counts each)\n`);
        }
        const cut = partialPeriods({ from, to }, opts.by);
        for (const [period, edge] of [[cut.first, `--from ${from}`], [cut.last, `--to ${to}`]] as const) {
          if (period && series.buckets.some((b) => b.period === period)) {
            // an event dated only to a period is in a range when the whole period is (README): the row looks empty otherwise
            process.stdout.write(`${period} is cut by ${edge}: its row counts only events dated to days inside the range; events dated only to the ${opts.by} ${period} are left out (put --from/--to on ${opts.by} bounds to count them)\n`);
          }
        }
        if (series.undated > 0) {
          process.stdout.write(`${series.undated} event(s) without a date (no date in the text and none for the article) left out: \`detente events --dyad ${dyad.join('-')}${directed ? ' --directed' : ''}\` lists them\n`);
        }
      } finally {
        await store.close();
      }
    });
}

/**
 * One event of `dyad --list`: its id (for `detente explain --event`), date, source → target actor codes, CAMEO code
 * and label, Goldstein score, how often it was reported when more than once, and its article (URL, else title).
 * @param g the event and its mentions (groupEventMentions)
 * @returns the line, without indentation or line break
 */
function eventLine({ event: ev, mentions }: EventMentions): string {
  const actors = `${ev.source?.actor ?? '—'} → ${ev.target?.actor ?? '—'}`;
  const reported = mentions > 1 ? ` (reported ${mentions}×)` : '';
  return `${ev.id}  ${ev.date ?? ''}  ${actors}  ${ev.code} ${ev.label}  ${ev.goldstein}${reported}  ${ev.articleUrl ?? ev.articleTitle}`;
}

/** A number with its sign written (`+0.004`, `-0.292`, `0`), so that an interval's two ends read at a glance. */
function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
