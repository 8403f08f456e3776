import type { Command } from 'commander';
import { parsePositiveInt, parseFormatName, parseFilterText, parseNameList } from '../option-parsers.js';
import { CueClassSchema, QuoteKindSchema, type CueClass, type QuoteKind } from '../../model/quote.js';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { mentionLabels, speakerLabel, QUOTE_CO_SPEAKERS_CSV_COLUMN, QUOTE_CSV_COLUMNS, QUOTE_MENTIONS_CSV_COLUMN, QUOTE_MODIFIED_CSV_COLUMN, QUOTE_PARTS_CSV_COLUMN, toCsv } from '../../query/csv-rows.js';
import { dbOption } from '../db-option.js';
import { QUOTE_SOURCE_CSV_COLUMNS, citation } from '../quote-sources.js';
import { quoteLabel } from '../quote-label.js';

/**
 * `detente quotes --db FILE|URL [--speaker NAME]`: list stored quotes by speaker, each with its article's date, title,
 * source and URL (or the file it was read from) to cite it by.
 */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('list stored quotes')
    .addOption(dbOption('the store to read'))
    .option(
      '--speaker <name>',
      'speaker name: whole words, any case ("xi" finds Xi Jinping, not Xie), or any other name a stored article gives its entity ("tories" finds the Conservative Party once an article writes "Tories"); a speaker no entity names is found by the words the article calls it ("officials", "the company", "critics"); an actor code written in capitals (GBRPTY, USA) also finds the speakers whose code starts with it',
      parseFilterText,
    )
    .option('--actor <code>', 'speaker actor code prefix, e.g. USAGOV or CHN (an unnamed speaker has one when the article names its body: "a spokesman for the French foreign ministry" FRAGOV)', parseFilterText)
    .option('--mentions <entity>', 'quotes whose content mentions an entity: name (whole words) or any other name a stored article gives it ("lib dems" finds the Liberal Democrats), actor code prefix or country code', parseFilterText)
    .option('--kind <kinds>', 'only these kinds: direct, indirect, mixed (comma-separated)', parseNameList(QuoteKindSchema.options))
    .option(
      '--cue-class <classes>',
      `only quotes whose cue is of these classes: ${CueClassSchema.options.join(', ')} (comma-separated; "speech,writing" keeps statements and leaves out beliefs such as "expected", "wants", "seems" and stances such as "criticized the plan"; negated cues ("did not confirm") are kept and shown with "not")`,
      parseNameList(CueClassSchema.options),
    )
    .option('--negated', 'only quotes whose cue is negated ("did not confirm", shown with "not")')
    .option('--no-negated', 'leave out quotes whose cue is negated')
    .option('--from <date>', 'first publication date (YYYY-MM-DD)')
    .option('--to <date>', 'last publication date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most n quotes', parsePositiveInt)
    .option('-f, --format <format>', 'text | jsonl | csv', parseFormatName, 'text')
    .action(async (opts: { db: string; speaker?: string; actor?: string; mentions?: string; kind?: QuoteKind[]; cueClass?: CueClass[]; negated?: boolean; from?: string; to?: string; limit?: number; format: string }) => {
      checkFormat(opts.format, ['text', 'jsonl', 'csv']);
      checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        // each quote with its article's URL (or file), source, title and date, so that it can be cited
        const quotes = await store.listQuotes({ ...opts, kinds: opts.kind, cueClasses: opts.cueClass });
        if (opts.format === 'csv') process.stdout.write(toCsv(quotes, [...QUOTE_CSV_COLUMNS, ...QUOTE_SOURCE_CSV_COLUMNS, QUOTE_PARTS_CSV_COLUMN, QUOTE_MODIFIED_CSV_COLUMN, QUOTE_MENTIONS_CSV_COLUMN, QUOTE_CO_SPEAKERS_CSV_COLUMN]));
        let article: string | null = null;
        if (opts.format !== 'csv') for (const q of quotes) {
          if (opts.format === 'jsonl') {
            process.stdout.write(`${JSON.stringify(q)}\n`);
            continue;
          }
          // one heading per article: its date, title, source, URL (or file), id (for `detente explain`/`events`) and the
          // id its source gives it (a JSON Lines record's `id`), if any
          if (q.articleId !== article) {
            article = q.articleId;
            process.stdout.write(`━━ ${[q.published ?? 'undated', q.articleTitle, q.articleSource, citation(q), `id ${q.articleId}`, q.articleExternalId && `source id ${q.articleExternalId}`].filter(Boolean).join(' · ')}\n`);
          }
          // a joint quote names its co-speakers after the primary ("Ruritania (RUR) with Freedonia (FRD)")
          const co = (q.coSpeakers ?? []).map(speakerLabel);
          const who = `${speakerLabel(q.speaker) || '(unattributed)'}${co.length ? ` with ${co.join(', ')}` : ''}`;
          const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
          // the entities the content mentions, by name (their ids only mean something inside the article)
          const about = mentionLabels(q);
          process.stdout.write(`  ${who}: ${text}  ${quoteLabel(q)}${about.length ? `  mentions: ${about.join(', ')}` : ''}\n`);
        }
        if (opts.format === 'text') process.stderr.write(`${quotes.length} quote(s)\n`);
      } finally {
        await store.close();
      }
    });
}
