/**
 * The analysis thread (node:worker_threads) of {@link import('./isolated-analyzer.js').createIsolatedAnalyzer}: loads
 * the models once (`createAnalyzer` of the module it is given), then analyses each request of articles with
 * `analyzeBatch` (stage by stage, as in one process) and posts the results back. Before each step of an article's
 * analysis it writes the request and the article's index into the shared progress cells, so that the parent knows
 * whom the time goes to and can stop the thread when one article runs over its budget. Not imported by anything: it
 * is the thread's entry module.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Analyzer, AnalyzerOptions } from '../analyze.js';
import type { RunSettings } from '../resources/run-settings.js';
import { DetenteError } from '../pipeline/errors.js';
import { PROGRESS_CELLS, ProgressCell, type AnalyseRequest, type ThreadMessage, type ThreadResult, type ThreadStart } from './thread-messages.js';

/** An error as it crosses to the parent: name, message and a DetenteError's code (the parent makes it a DetenteError again). */
function plainError(err: unknown): { name: string; message: string; code?: string } {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, ...(e instanceof DetenteError ? { code: e.code } : {}) };
}

const port = parentPort;
if (!port) throw new Error('analysis-thread.ts is the entry module of a worker thread, not a module to import');
const start = workerData as ThreadStart;
const progress = new Int32Array(start.progress, 0, PROGRESS_CELLS);
const post = (m: ThreadMessage) => port.postMessage(m);

let analyzer: Analyzer;
try {
  const { createAnalyzer } = (await import(start.analyzerModule)) as { createAnalyzer: (o: AnalyzerOptions) => Analyzer };
  analyzer = createAnalyzer({
    ...(start.analyzerOptions as AnalyzerOptions),
    ...(start.warnings ? { onActorsWarning: (warning) => post({ type: 'warning', warning: { file: warning.file, line: warning.line, reason: warning.reason } }) } : { onActorsWarning: () => {} }),
  });
} catch (err) {
  post({ type: 'load-failed', error: plainError(err) });
  // ends this thread only (worker_threads): the parent reports the error
  process.exit(1);
}
post({
  type: 'ready',
  components: analyzer.pipeline.components.map((c) => ({ name: c.name, version: c.version })),
  settings: (analyzer.resources.settings ?? null) as RunSettings | null,
});

port.on('message', ({ id, articles }: AnalyseRequest) => {
  Atomics.store(progress, ProgressCell.Request, id);
  const onArticle = (i: number) => Atomics.store(progress, ProgressCell.Article, i);
  let results: ThreadResult[];
  try {
    results = analyzer.analyzeBatch(articles, onArticle).map((r): ThreadResult => {
      if (!r.ok) return { ok: false, error: plainError(r.error) };
      // the article stays behind: the parent has it (and sending its text back would only cost time)
      const { article: _, ...analysis } = r.analysis;
      return { ok: true, analysis };
    });
  } catch (err) {
    // analyzeBatch gives each article's failure as its result; a throw of its own fails the request's articles alike
    results = articles.map(() => ({ ok: false, error: plainError(err) }));
  }
  Atomics.store(progress, ProgressCell.Article, -1);
  post({ type: 'results', id, results });
});
