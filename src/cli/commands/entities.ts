import type { Command } from 'commander';
import { EntityTypeSchema, type EntityType } from '../../model/entity.js';
import type { EntitySummary } from '../../store/store.js';
import { parsePositiveInt, parseFormatName, parseFilterText } from '../option-parsers.js';
import { checkDateRange, checkFormat, openStoreToQuery } from '../query-options.js';
import { dbOption } from '../db-option.js';
import { ENTITY_CSV_COLUMNS, toCsv } from '../../query/csv-rows.js';

/** How many entities `detente entities` lists when `--limit` is not given. */
const DEFAULT_LIMIT = 50;

/**
 * Checks an entity type given on the command line, in any case ("person" → "PERSON").
 * @param value the `--type` value
 * @returns the entity type (model/entity.ts)
 * @throws Error naming the value and listing the types
 */
export function parseEntityType(value: string): EntityType {
  const parsed = EntityTypeSchema.safeParse(value.toUpperCase());
  if (!parsed.success) throw new Error(`invalid --type "${value}": use one of ${EntityTypeSchema.options.join(', ')}`);
  return parsed.data;
}

/**
 * One line of `detente entities`' text output: articles, mentions, type, country code, actor code, name, publication
 * dates ("-" for no code).
 * @param e an entity summed over the stored articles
 * @returns the line, without a newline
 */
export function formatEntityLine(e: EntitySummary): string {
  const dates = e.firstPublished === null ? 'undated' : e.firstPublished === e.lastPublished ? day(e.firstPublished) : `${day(e.firstPublished)} … ${day(e.lastPublished)}`;
  const also = e.otherActors.length ? `  also ${e.otherActors.join(', ')}` : '';
  return `${String(e.articles).padStart(8)} ${String(e.mentions).padStart(8)}  ${e.type.padEnd(6)}  ${(e.country ?? '-').padEnd(7)} ${(e.actor ?? '-').padEnd(9)} ${e.name}  (${dates})${also}`;
}

/** The day of a publication date that may carry a time. */
function day(published: string | null): string {
  return published === null ? '?' : published.slice(0, 10);
}

/** `detente entities --db FILE|URL [--type PERSON] [--actor USA] [--name xi]`: who the stored articles name, most often first. */
export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('list the people, organisations and places the stored articles name, most articles first, with actor codes')
    .addOption(dbOption('the store to read'))
    .option('--name <words>', 'entity name: whole words, any case ("xi" finds Xi Jinping, not Xie)', parseFilterText)
    .option('--type <type>', `entity type: ${EntityTypeSchema.options.join(', ')}`, parseEntityType)
    .option('--actor <code>', 'CAMEO actor code prefix, e.g. USAGOV or CHN', parseFilterText)
    .option('--from <date>', 'first publication date (YYYY-MM-DD)')
    .option('--to <date>', 'last publication date (YYYY-MM-DD)')
    .option('--limit <n>', `at most n entities (default ${DEFAULT_LIMIT})`, parsePositiveInt)
    .option('-f, --format <format>', 'text | jsonl | csv', parseFormatName, 'text')
    .action(async (opts: { db: string; name?: string; type?: EntityType; actor?: string; from?: string; to?: string; limit?: number; format: string }) => {
      checkFormat(opts.format, ['text', 'jsonl', 'csv']);
      const [from, to] = checkDateRange(opts.from, opts.to);
      const store = await openStoreToQuery(opts.db);
      try {
        const entities = await store.listEntities({ name: opts.name, type: opts.type, actor: opts.actor, from, to, limit: opts.limit ?? DEFAULT_LIMIT });
        if (from || to) process.stderr.write('note: articles without a publication date are in no --from/--to range\n');
        if (opts.format === 'csv') {
          process.stdout.write(toCsv(entities, ENTITY_CSV_COLUMNS));
          return;
        }
        if (opts.format === 'jsonl') {
          for (const e of entities) process.stdout.write(`${JSON.stringify(e)}\n`);
          return;
        }
        if (entities.length) process.stdout.write('articles mentions  type    country actor     name  (published)\n');
        for (const e of entities) process.stdout.write(`${formatEntityLine(e)}\n`);
        process.stderr.write(`${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}${entities.length === (opts.limit ?? DEFAULT_LIMIT) ? ' (the limit: --limit N for more)' : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
