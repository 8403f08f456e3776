import type { Command } from 'commander';
import { parseFormatName } from '../option-parsers.js';
import { checkFormat, openStoreToQuery } from '../query-options.js';
import { dbOption } from '../db-option.js';
import { displayLocation } from '../../store/store-location.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleCopy, ArticleRecord, PipelineRun } from '../../store/store.js';
import type { RunSettings, SettingsFile } from '../../resources/run-settings.js';

/** The options of `detente article` as commander gives them. */
interface ArticleOptions {
  db: string;
  id?: string;
  url?: string;
  format: string;
}

/** A linked copy as a phrase: `a1b2 (url, 2024-03-05T10:00:00Z, https://…)`. */
function copyText(c: ArticleCopy): string {
  return `${c.id} (${c.kind}${c.distance ? ` ${c.distance} bits` : ''}, ${c.seenAt}${c.url ? `, ${c.url}` : c.origin ? `, ${c.origin}` : ''})`;
}

/**
 * A run record as one line: `detente 0.1.0, code b950a30eab2f3d9d, quote models on, actors mine.json (sha256 1a2b…)`;
 * "fingerprint unknown" and "settings unknown" for a run recorded before detente kept them (or by hand).
 */
export function runText(run: PipelineRun): string {
  const parts = [`detente ${run.detenteVersion}`, run.fingerprint ? `code and data ${run.fingerprint}` : 'fingerprint unknown'];
  const s = run.settings;
  if (!s) parts.push('settings unknown');
  else {
    const file = (f: SettingsFile) => `${f.file} (sha256 ${f.sha256})`;
    const model = (m: RunSettings['nerModel']) => (m === false ? 'off' : m === 'built-in' ? m : file(m));
    parts.push(`quote models ${s.quoteModels ? 'on' : 'off'}`);
    if (s.actors.length) parts.push(`actors ${s.actors.map(file).join(', ')}`);
    if (s.verbs.length) parts.push(`verbs ${s.verbs.map(file).join(', ')}`);
    if (s.nerModel !== 'built-in') parts.push(`NER model ${model(s.nerModel)}`);
    if (s.clusters !== 'built-in') parts.push(`word clusters ${model(s.clusters)}`);
  }
  return parts.join(', ');
}

/**
 * The text form: one `field: value` line each (fields without a value left out), the linked copies, then a line
 * `text: N characters …` and the stored text itself, unchanged, after it.
 */
function articleText(a: Analysis, rec: ArticleRecord): string {
  const art = a.article;
  const lines: [string, string | null | undefined][] = [
    ['id', art.id],
    ['title', art.title],
    ['url', art.url],
    ['source', art.source],
    ['source id', art.externalId],
    ['origin', art.origin],
    ['published', art.published ?? 'undated'],
    ['modified', art.modified],
    ['language', art.lang],
    ['byline', art.byline],
    ['stored', `${rec.storedAt}${rec.runId ? ` (run ${rec.runId})` : ''}`],
    ['run', rec.run && runText(rec.run)],
    ['annotations', `${a.entities.length} entities, ${a.quotes.length} quotes, ${a.events.length} events`],
    ['asked for', rec.requested && `${rec.requested.id}: a copy linked to this article (${rec.requested.kind}), ${rec.requested.seenAt}`],
    ['copies', rec.copies.length ? rec.copies.map(copyText).join('; ') : 'none'],
  ];
  const head = lines.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => `${k}: ${v}`);
  head.push(`text: ${art.text.length} characters (UTF-16 code units: the offsets of stored spans index this text), from the next line to the end`);
  return `${head.join('\n')}\n${art.text}`;
}

/**
 * `detente article --db FILE|URL (--id ID | --url URL) [--format text|json]`: one stored article, its metadata (id,
 * URL, title, source, dates, when and by which run it was stored (the run's version, code fingerprint and settings), the copies and replaced versions linked to it) and
 * the exact text every stored offset indexes, so that `text.slice(start, end)` of a stored span can be checked. An id
 * or URL of a linked copy shows the article it is linked to. Exit status 1 when neither names anything stored.
 */
export function registerArticle(program: Command): void {
  program
    .command('article')
    .description('print one stored article: its metadata, the copies linked to it, and the exact text the stored offsets index')
    .addOption(dbOption('the store to read'))
    .option('--id <id>', 'the article id (as `events`, `quotes`, `export` and the logs give it; a linked copy\'s id shows the article it is linked to)')
    .option('--url <url>', 'the article URL (or a linked copy\'s)')
    .option('-f, --format <format>', 'text | json', parseFormatName, 'text')
    .action(async (opts: ArticleOptions) => {
      const format = checkFormat(opts.format, ['text', 'json']);
      if ((opts.id === undefined) === (opts.url === undefined)) throw new Error('article needs --id ID or --url URL (one of them)');
      const store = await openStoreToQuery(opts.db);
      try {
        const ref = opts.id !== undefined ? { id: opts.id } : { url: opts.url! };
        const rec = await store.findArticle(ref);
        const analysis = rec && (await store.getAnalysis(rec.id));
        if (!rec || !analysis) {
          const asked = opts.id !== undefined ? `id ${opts.id}` : `URL ${opts.url}`;
          throw new Error(`no article with ${asked} in ${displayLocation(opts.db)} (neither stored nor linked as a copy); \`detente events\` and \`detente quotes --format jsonl\` give article ids`);
        }
        if (format === 'json') {
          const { text, ...meta } = analysis.article;
          process.stdout.write(
            `${JSON.stringify({ ...meta, storedAt: rec.storedAt, runId: rec.runId, run: rec.run, counts: { entities: analysis.entities.length, quotes: analysis.quotes.length, events: analysis.events.length }, requested: rec.requested, copies: rec.copies, text })}\n`,
          );
        } else process.stdout.write(`${articleText(analysis, rec)}\n`);
      } finally {
        await store.close();
      }
    });
}
