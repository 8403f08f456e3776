import type { Command } from 'commander';
import { parseInputFormat, parseFormatName } from '../option-parsers.js';
import { createAnalyzer } from '../../analyze.js';
import { AnalysisSchema } from '../../model/analysis.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { createFetcher } from '../../ingest/fetcher.js';
import { allowPrivateUrlsOption } from '../private-urls-option.js';
import { maxFileBytes, maxFileOption } from '../max-file-option.js';
import { renderSummary } from '../render-summary.js';
import { formatFailure, formatFailures, type Failure } from '../failures.js';
import { defaultExamplesDir } from '../examples-dir.js';
import { unreadStdinWarning } from '../unread-stdin.js';
import { skippedFilesNote } from '../skipped-files.js';
import { noArticleNote } from '../no-article-note.js';
import { ACTORS_OPTION_HELP, VERBS_OPTION_HELP, actorsOptions, collectActorsFile } from '../actors-option.js';
import { withFallbackDate } from '../../ingest/fallback-date.js';
import { isSkippedResult, skipWarning } from '../../ingest/skipped-result.js';
import { checkDate } from '../query-options.js';
import { countingUndated, undatedWarning } from '../undated-articles.js';

/** `detente analyze [paths…]`: analyse articles and print a summary, JSON or JSON Lines. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print entities, quotes by speaker, CAMEO events and tone (default input: the bundled examples)')
    .argument('[paths...]', "files, directories (recursive) or '-' for stdin", [])
    .option('-f, --format <format>', 'output: text | json | jsonl', parseFormatName, 'text')
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters', parseInputFormat)
    .option('--actors <file>', ACTORS_OPTION_HELP, collectActorsFile)
    .option('--verbs <file>', VERBS_OPTION_HELP, collectActorsFile)
    .option('--no-quote-models', 'quotes by rules alone, without the trained cue and content-end models (faster, a little less accurate)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose input states none (plain-text files): their events are dated relative to it')
    .addOption(maxFileOption())
    .addOption(allowPrivateUrlsOption())
    .action(async (paths: string[], opts: { format: string; inputFormat?: InputFormat; actors?: string[]; verbs?: string[]; quoteModels: boolean; published?: string; maxFileMb: number; allowPrivateUrls?: boolean }) => {
      const published = checkDate(opts.published, '--published');
      if (!['text', 'json', 'jsonl'].includes(opts.format)) {
        throw new Error(`unknown --format "${opts.format}": use text, json or jsonl`);
      }
      const inputs = paths.length ? paths : [defaultExamplesDir()];
      // stdin is read only when named ('-'): a pipe that never closes must not hang `npm start` (unread-stdin.ts)
      const unreadStdin = paths.length ? undefined : unreadStdinWarning('analysing the bundled examples');
      if (unreadStdin) process.stderr.write(`warning: ${unreadStdin}\n`);
      const analyzer = createAnalyzer({ ...actorsOptions(opts.actors, opts.verbs), quoteModels: opts.quoteModels });
      const failures: Failure[] = [];
      const json: unknown[] = [];
      let first = true;
      const skipped: string[] = [];
      let noArticle = 0;
      let validated = 0;
      const read = readInputs(inputs, { format: opts.inputFormat, maxBytes: maxFileBytes(opts.maxFileMb), fetcher: createFetcher({ allowPrivateAddresses: opts.allowPrivateUrls }), onSkippedFile: (p) => skipped.push(p) });
      // without --published, the articles read with no date are counted for one warning at the end, as ingest does
      const dates = { undated: 0 };
      for await (const r of published ? withFallbackDate(read, published) : countingUndated(read, dates)) {
        if (isSkippedResult(r)) {
          // a feed with no items is a warning (exit status 0 when nothing failed); a crawl's pages without an article are counted
          const warning = skipWarning(r);
          if (warning) process.stderr.write(`warning: ${warning.message}\n`);
          else noArticle++;
          continue;
        }
        if (!r.ok) {
          failures.push(r);
          process.stderr.write(`detente: ${formatFailure(r)}\n`);
          continue;
        }
        // zod compiles a parser for each object schema of the Analysis at its first parse (~10 ms of a one-article
        // `analyze`, measured): the first article is checked without compiling (`jitless`: the same checks,
        // interpreted; the same output, compared on 1,300 articles), later ones with the compiled parser
        const analysis = AnalysisSchema.parse(analyzer.analyze(r.article), { jitless: validated === 0 });
        validated++;
        for (const issue of r.issues ?? []) {
          analysis.issues.push(issue);
          process.stderr.write(`warning: ${issue.message}\n`);
        }
        if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(analysis)}\n`);
        else if (opts.format === 'json') json.push(analysis);
        else {
          process.stdout.write(`${first ? '' : '\n'}${renderSummary(analysis)}\n`);
          first = false;
        }
      }
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      if (skipped.length) process.stderr.write(`${skippedFilesNote(skipped)}\n`);
      if (noArticle) process.stderr.write(`${noArticleNote(noArticle)}\n`);
      const undated = undatedWarning(dates.undated, validated);
      if (undated) process.stderr.write(`warning: ${undated.message}\n`);
      // an empty folder (or one whose files are all hidden) printed nothing at all (fresh-eyes review 22)
      if (!validated && !failures.length && !noArticle && !skipped.length) process.stderr.write(`warning: no article read from ${inputs.join(', ')}: no file there that detente reads (hidden files and folders and node_modules are not entered)\n`);
      if (failures.length) {
        process.stderr.write(`${formatFailures(failures)}\n`);
        process.exitCode = 1;
      }
    });
}
