import type { Command } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { parseInputFormat, parsePositiveInt } from '../option-parsers.js';
import { createAnalyzer } from '../../analyze.js';
import { readInputs, type InputFormat } from '../../ingest/read-inputs.js';
import { ingestIntoStore } from '../../ingest-into-store.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { createLogger, type LogFormat } from '../logger.js';
import { createProgress } from '../progress.js';
import { pipelineRun } from '../pipeline-run.js';
import { skippedFilesNote } from '../skipped-files.js';

/** `detente ingest <paths…> --db FILE`: analyse and store; re-ingesting the same input adds nothing. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (SQLite); the same input twice adds nothing')
    .argument('<paths...>', "files, directories (recursive), http(s) URLs, or '-' for stdin")
    .option('--db <file>', 'SQLite database file', './detente.db')
    .option('-i, --input-format <format>', 'force the input format: seed | txt | jsonl | html | feed | warc | reuters', parseInputFormat)
    .option('--actors <file>', 'user actor dictionary (JSON) extending the built-in knowledge base')
    .option('--no-quote-models', 'quotes by rules alone, without the trained cue and content-end models (faster, a little less accurate)')
    .option('--batch <n>', 'articles per transaction', parsePositiveInt, 200)
    .option('-q, --quiet', 'no progress bar and no summary line')
    .option('--log-format <format>', 'text | json (one JSON object per line on stderr)', 'text')
    .action(
      async (
        paths: string[],
        opts: { db: string; inputFormat?: InputFormat; actors?: string; quoteModels: boolean; batch: number; quiet?: boolean; logFormat: LogFormat },
      ) => {
        const log = createLogger(opts.logFormat, { quiet: opts.quiet });
        const analyzer = createAnalyzer({ actorsFile: opts.actors, quoteModels: opts.quoteModels });
        // a database this run creates and stores nothing in (every input failed) is removed again: an empty file
        // left behind would look like a store that holds the inputs
        const created = opts.db !== ':memory:' && !existsSync(opts.db);
        const store = openSqliteStore(opts.db);
        let empty = false;
        const progress = createProgress({ enabled: !opts.quiet && opts.logFormat === 'text' && Boolean(process.stderr.isTTY) });
        try {
          const run = pipelineRun(analyzer);
          store.recordRun(run);
          const skipped: string[] = [];
          const stats = await ingestIntoStore(readInputs(paths, { format: opts.inputFormat, onSkippedFile: (p) => skipped.push(p) }), {
            analyzer,
            store,
            runId: run.id,
            batchSize: opts.batch,
            onProgress: (s) => progress.update({ read: s.read, stored: s.stored, failed: s.failures.length }),
            onFailure: (f) => log.failure(f),
          });
          progress.stop();
          const counts = store.counts();
          empty = counts.articles === 0 && counts.duplicates === 0;
          log.summary(stats, counts, opts.db, { removed: created && empty });
          if (skipped.length) process.stderr.write(`${skippedFilesNote(skipped)}\n`);
          if (stats.failures.length) process.exitCode = 1;
        } finally {
          progress.stop();
          store.close();
          if (created && empty) for (const f of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`, `${opts.db}-journal`]) rmSync(f, { force: true });
        }
      },
    );
}
