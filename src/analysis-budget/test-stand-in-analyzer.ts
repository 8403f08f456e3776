// Test support only (excluded from the build by tsconfig.build.json): a stand-in for analyze.ts that the analysis thread
// loads through createIsolatedAnalyzer's `analyzerModule`. It loads nothing; an article whose text holds "never ends"
// keeps the thread busy for good (as a super-linear path on a hostile page would), one holding "takes a while" keeps it busy for 100 ms, one holding "thread dies" ends the
// thread on it, one holding "dies on arrival" ends it as the request arrives (before the thread names the request); every other article gets an empty analysis.
import { parentPort } from 'node:worker_threads';
import type { Analyzer } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { BatchResult } from '../pipeline/pipeline.js';
import { EMPTY_TONE } from '../model/tone.js';

/** The marker of an article whose analysis never ends. */
export const NEVER_ENDS = 'never ends';
/** The marker of an article whose analysis takes 100 ms of the thread's time. */
export const TAKES_A_WHILE = 'takes a while';
/** The marker of an article on which the thread dies. */
export const THREAD_DIES = 'thread dies';

/** An empty analysis of `article`, with one issue naming the stand-in (so a test can tell it was analysed). */
function emptyAnalysis(article: Article): Analysis {
  return { article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [{ code: 'W_STAND_IN', message: `analysed by the stand-in: ${article.id}`, source: 'stand-in' }] };
}

/** The marker of an article on which the thread dies as the request reaches it, before it names the request. */
export const DIES_ON_ARRIVAL = 'dies on arrival';

/** The stand-in's createAnalyzer: no models; see the module comment. */
export function createAnalyzer(): Analyzer {
  // registered before the thread's own listener, so it runs first: the thread ends before it records the request
  parentPort?.on('message', (m: { articles?: readonly Article[] }) => {
    if (m.articles?.some((a) => a.text.includes(DIES_ON_ARRIVAL))) process.exit(4);
  });
  const analyzeBatch = (articles: readonly Article[], onArticle?: (index: number) => void): BatchResult[] =>
    articles.map((article, i) => {
      onArticle?.(i);
      if (article.text.includes(NEVER_ENDS)) for (;;);
      if (article.text.includes(TAKES_A_WHILE)) for (const until = performance.now() + 100; performance.now() < until; );
      // in a worker thread, process.exit ends the thread alone (as running out of memory would)
      if (article.text.includes(THREAD_DIES)) process.exit(3);
      return { ok: true, analysis: emptyAnalysis(article) };
    });
  return {
    resources: { settings: { quoteModels: false, actors: [], verbs: [], nerModel: false, clusters: false } } as unknown as Analyzer['resources'],
    pipeline: { components: [{ name: 'stand-in', version: '0.0.0' }] } as unknown as Analyzer['pipeline'],
    analyze: (article) => emptyAnalysis(article),
    analyzeBatch,
  };
}
