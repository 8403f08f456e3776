import type { Command } from 'commander';
import { parseInputFormat } from '../option-parsers.js';
import { createAnalyzer } from '../../analyze.js';
import type { Analysis } from '../../model/analysis.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { loadEventResources } from '../../extract/events/resources.js';
import { explainEventInContext } from '../../query/explain-event.js';
import { explainQuoteInContext, quoteCitationId } from '../../query/explain-quote.js';
import { checkDate, openStoreToQuery } from '../query-options.js';
import { displayLocation } from '../../store/store-location.js';
import { formatFailures, type Failure } from '../failures.js';
import { noArticleNote } from '../no-article-note.js';
import { ACTORS_OPTION_HELP, VERBS_OPTION_HELP, actorsOptions, collectActorsFile } from '../actors-option.js';
import { withFallbackDate } from '../../ingest/fallback-date.js';
import { isSkippedResult, skipWarning } from '../../ingest/skipped-result.js';

/**
 * `detente explain <paths…> [--event ID] [--published DATE]` or `detente explain --db FILE|URL --article ID`: how each
 * event was coded; with `--quote ID` (`<article>-q4`, or `q4` with `--article`; also taken by `--event`), how that quote
 * was found: sentence, cue, content, speaker phrase → entity through its coreference chain, rule and provenance. `--published` gives undated inputs the same fallback date as `analyze`/`ingest --published`, so
 * the explanation shows the events (dates, dated actor codes) those runs stored; it does not apply to `--db`.
 */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('explain how events were coded: sentence, trigger, rule, actors, date, place')
    .argument('[paths...]', "articles to analyse (files, directories or '-')", [])
    // no DETENTE_DB fallback here: with it set, `explain <paths>` would read the store instead of the paths
    .option('--db <file-or-url>', 'read a stored article from this store instead of analysing paths: SQLite file or postgres:// URL')
    .option('--article <id>', 'with --db: the stored article id (optional when --event is given)')
    .option('--event <id>', 'only this event, e.g. 440bd98d06bfbdfb-e4 (ids: `detente events --format jsonl` or `detente explain`)')
    .option('--quote <id>', 'explain this quote instead of events, e.g. 440bd98d06bfbdfb-q4: the article id and the quote id of `detente quotes --format jsonl` (q4 alone with --article)')
    .option('--actors <file>', ACTORS_OPTION_HELP, collectActorsFile)
    .option('--verbs <file>', VERBS_OPTION_HELP, collectActorsFile)
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters', parseInputFormat)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose input states none (plain-text files), as for analyze and ingest; not with --db (a stored article keeps its ingest date)')
    .action(async (paths: string[], opts: { db?: string; article?: string; event?: string; quote?: string; actors?: string[]; verbs?: string[]; inputFormat?: InputFormat; published?: string }) => {
      const published = checkDate(opts.published, '--published');
      if (published && opts.db) throw new Error('--published applies to analysed paths, not to --db: a stored article keeps the date it was ingested with');
      // the rules of --verbs files too: explain names the imported pattern that fired (its line and text)
      const resources = loadEventResources(opts.verbs?.length ? { petrarchVerbs: opts.verbs } : {});
      let found = false;
      // a quote id given to --event ("<article>-q4", as a fact-checker would try) is read as --quote
      if (opts.event && /-q\d+$/.test(opts.event) && !opts.quote) [opts.quote, opts.event] = [opts.event, undefined];
      const quoteId = opts.quote;
      const printQuotes = (a: Analysis, id: string) => {
        const quotes = a.quotes.filter((q) => q.id === id || quoteCitationId(a.article.id, q) === id);
        if (!quotes.length) return;
        found = true;
        process.stdout.write(`━━ ${a.article.title} (${a.article.published ?? 'undated'}) · id ${a.article.id}\n`);
        for (const q of quotes) process.stdout.write(`\n${explainQuoteInContext(a, q).join('\n')}\n`);
      };
      const print = (a: Analysis) => {
        if (quoteId) return printQuotes(a, quoteId);
        const events = opts.event ? a.events.filter((e) => e.id === opts.event) : a.events;
        if (opts.event && !events.length) return; // with --event, only the article that holds it is shown
        found = true;
        // the authors the page credits (a stored article keeps them: articles.byline), then detente's id and the id its
        // source gives the article (a JSON Lines record's `id`), as analyze and quotes cite it
        const fields = [a.article.byline && `by ${a.article.byline}`, `id ${a.article.id}`, a.article.externalId && `source id ${a.article.externalId}`];
        // a page updated after publication says so: its written dates up to that day may date events after publication
        const updated = a.article.modified ? `, updated ${a.article.modified}` : '';
        process.stdout.write(`━━ ${a.article.title} (${a.article.published ?? 'undated'}${updated}) · ${fields.filter(Boolean).join(' · ')}\n`);
        if (!events.length) process.stdout.write('no events coded\n');
        for (const ev of events) process.stdout.write(`\n${explainEventInContext(a, ev, resources).join('\n')}\n`);
      };
      const notFound = (where: string) =>
        quoteId ? new Error(`no quote ${quoteId} in ${where}; quote ids are the article id and -qN, e.g. 440bd98d06bfbdfb-q4 (see \`detente quotes --format jsonl\`: articleId and id)`) : new Error(`no event ${opts.event} in ${where}; event ids are the article id and -eN, e.g. 440bd98d06bfbdfb-e4 (see \`detente events --format jsonl\`)`);
      if (opts.db) {
        // an event id starts with its article id ("<article>-e4"), so --event alone finds the article
        if (quoteId && !opts.article && !/-q\d+$/.test(quoteId)) {
          throw new Error(`invalid --quote "${quoteId}": a quote id is the article id and -qN, e.g. 440bd98d06bfbdfb-q4, or qN with --article ID`);
        }
        if (opts.event && !opts.article && !/-e\d+$/.test(opts.event)) {
          throw new Error(`invalid --event "${opts.event}": an event id is the article id and -eN, e.g. 440bd98d06bfbdfb-e4 (see \`detente events --format jsonl\`)`);
        }
        const article = opts.article ?? quoteId?.replace(/-q\d+$/, '') ?? opts.event?.replace(/-e\d+$/, '');
        if (!article) throw new Error('--db needs --article ID or --event ID (see `detente events --format jsonl` for ids)');
        const store = await openStoreToQuery(opts.db);
        try {
          const a = await store.getAnalysis(article);
          if (!a) throw new Error(`no article ${article} in ${displayLocation(opts.db)}`);
          print(a);
        } finally {
          await store.close();
        }
        if ((opts.event || quoteId) && !found) throw notFound(`article ${article}`);
        return;
      }
      if (!paths.length) throw new Error('give article paths, or --db FILE --article ID');
      const analyzer = createAnalyzer(actorsOptions(opts.actors, opts.verbs));
      const failures: Failure[] = [];
      const read = readInputs(paths, { format: opts.inputFormat });
      let noArticle = 0;
      for await (const r of published ? withFallbackDate(read, published) : read) {
        if (isSkippedResult(r)) {
          const warning = skipWarning(r); // a feed with no items; a crawl's pages without an article are counted
          if (warning) process.stderr.write(`warning: ${warning.message}\n`);
          else noArticle++;
        }
        else if (!r.ok) failures.push(r);
        else print(analyzer.analyze(r.article));
      }
      if (noArticle) process.stderr.write(`${noArticleNote(noArticle)}\n`);
      if (failures.length) {
        process.stderr.write(`${formatFailures(failures)}\n`);
        process.exitCode = 1;
      }
      if ((opts.event || quoteId) && !found) throw notFound('the given articles');
    });
}
