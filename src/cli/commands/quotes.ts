import type { Command } from 'commander';
import { parsePositiveInt } from '../option-parsers.js';
import { checkDate, checkFormat, openStoreToQuery } from '../query-options.js';

/** `detente quotes --db FILE [--speaker NAME]`: list stored quotes by speaker. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('list stored quotes')
    .option('--db <file>', 'SQLite database file', './detente.db')
    .option('--speaker <name>', 'speaker name (substring, case-insensitive)')
    .option('--actor <code>', 'speaker actor code prefix, e.g. USAGOV or CHN')
    .option('--from <date>', 'first publication date (YYYY-MM-DD)')
    .option('--to <date>', 'last publication date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most n quotes', parsePositiveInt)
    .option('-f, --format <format>', 'text | jsonl', 'text')
    .action((opts: { db: string; speaker?: string; actor?: string; from?: string; to?: string; limit?: number; format: string }) => {
      checkFormat(opts.format, ['text', 'jsonl']);
      checkDate(opts.from, '--from');
      checkDate(opts.to, '--to');
      const store = openStoreToQuery(opts.db);
      try {
        const quotes = store.listQuotes(opts);
        for (const q of quotes) {
          if (opts.format === 'jsonl') {
            process.stdout.write(`${JSON.stringify(q)}\n`);
            continue;
          }
          const who = q.speaker.name ? `${q.speaker.name}${q.speaker.actor ? ` (${q.speaker.actor})` : ''}` : '(unattributed)';
          const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
          process.stdout.write(`${q.published ?? 'undated'}  ${who}: ${text}  [${q.kind}${q.cue ? `, ${q.cue.text}` : ''}]\n`);
        }
        if (opts.format !== 'jsonl') process.stderr.write(`${quotes.length} quote(s)\n`);
      } finally {
        store.close();
      }
    });
}
