import type { Command } from 'commander';
import { createAnalyzer } from '../../analyze.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { formatFailures, type Failure } from '../failures.js';
import { createProgress } from '../progress.js';
import { pipelineRun } from '../pipeline-run.js';
import type { Analysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';

/** A placeholder analysis for a known duplicate: the store links it to the first copy and stores nothing else. */
function emptyAnalysis(article: Article): Analysis {
  return { article, entities: [], quotes: [], events: [], tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 }, issues: [] };
}

/** `detente ingest <paths…> --db FILE`: analyse and store; re-ingesting the same input adds nothing. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (SQLite); the same input twice adds nothing')
    .argument('<paths...>', "files, directories (recursive) or '-' for stdin")
    .option('--db <file>', 'SQLite database file', './detente.db')
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters')
    .option('--actors <file>', 'user actor dictionary (JSON) extending the built-in knowledge base')
    .option('--batch <n>', 'articles per transaction', (v) => Number.parseInt(v, 10), 200)
    .option('-q, --quiet', 'no progress bar and no summary line')
    .action(
      async (
        paths: string[],
        opts: { db: string; inputFormat?: InputFormat; actors?: string; batch: number; quiet?: boolean },
      ) => {
        const started = performance.now();
        const analyzer = createAnalyzer({ actorsFile: opts.actors });
        const store = openSqliteStore(opts.db);
        const run = pipelineRun(analyzer);
        store.recordRun(run);
        const progress = createProgress({ enabled: !opts.quiet && Boolean(process.stderr.isTTY) });
        const failures: Failure[] = [];
        let read = 0;
        let stored = 0;
        let skipped = 0;
        let duplicates = 0;
        let batch: Analysis[] = [];
        const seen = new Set<string>();
        const flush = () => {
          if (!batch.length) return;
          const r = store.saveBatch(batch, run.id);
          stored += r.stored;
          skipped += r.skipped;
          duplicates += r.duplicates;
          batch = [];
        };
        try {
          for await (const r of readInputs(paths, { format: opts.inputFormat })) {
            if (!r.ok) {
              failures.push(r);
              progress.update({ read, stored, failed: failures.length });
              continue;
            }
            read++;
            const id = r.article.id;
            const dup = seen.has(id) ? null : store.findDuplicate(r.article);
            if (seen.has(id) || dup?.kind === 'id') {
              skipped++;
            } else if (dup) {
              // a copy of a stored article: linked at save time, analysis not needed
              batch.push(emptyAnalysis(r.article));
              seen.add(id);
              if (batch.length >= opts.batch) flush();
            } else {
              seen.add(id);
              try {
                batch.push(analyzer.analyze(r.article));
              } catch (err) {
                failures.push({ origin: r.article.origin ?? id, code: 'E_ANALYZE', message: (err as Error).message });
              }
              if (batch.length >= opts.batch) flush();
            }
            progress.update({ read, stored: stored + batch.length, failed: failures.length });
          }
          flush();
        } finally {
          progress.stop();
          const counts = store.counts();
          store.close();
          const secs = (performance.now() - started) / 1000;
          if (!opts.quiet) {
            process.stderr.write(
              `read ${read} article(s), stored ${stored}, already stored ${skipped}, duplicates ${duplicates}, failed ${failures.length} in ${secs.toFixed(1)} s (${(read / Math.max(secs, 1e-9)).toFixed(1)} articles/s)\n` +
                `store ${opts.db}: ${counts.articles} articles, ${counts.entities} entities, ${counts.mentions} mentions, ${counts.quotes} quotes, ${counts.events} events, ${counts.duplicates} duplicates linked\n`,
            );
          }
        }
        if (failures.length) {
          process.stderr.write(`${formatFailures(failures)}\n`);
          process.exitCode = 1;
        }
      },
    );
}
