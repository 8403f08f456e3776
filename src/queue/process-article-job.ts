import { isNotEnglish } from '../analyze.js';
import { replacesStored, type Store } from '../store/store.js';
import { copyFills } from '../store/copy-fills.js';
import { parseArticleJob } from './article-job.js';
import type { ArticleJobResult } from './article-queue.js';
import type { StoreBatcher } from './store-batcher.js';
import { duplicateMarker } from '../store/duplicate-marker.js';

/** What {@link processArticleJob} works with: one per worker process (the models load once, in the batcher's analyzer). */
export interface ArticleJobContext {
  store: Store;
  /** the worker's batcher, made with its analyzer (createStoreBatcher's `analyzer`) */
  batcher: StoreBatcher;
  /** the order in which the worker took this job (see StoreBatcher.save); default: the order of the saves */
  order?: number;
}

/**
 * Analyses one job's article and stores it, as `ingest` does an input article: an article the store has
 * (same id) is not analysed again (when this copy carries an external id and source, or dates, that the stored one
 * lacks, they are filled in: copy-fills.ts); a copy of a stored article under another id (same URL, same text,
 * near-duplicate) is linked to it without analysis; a fuller copy of a stored article from the same URL, or a
 * correction of one with the same source and source id, is analysed and replaces it (see Store.findDuplicate). The
 * article is analysed together with the other articles of its transaction when that is written (`analyzeBatch`, as
 * `ingest` analyses its batches; store-batcher.ts). The readers' issues carried by the job are stored with the
 * analysis. Resolves only once the article's transaction is committed.
 * @param data the job's data (an {@link import('./article-job.js').ArticleJob})
 * @param context store and batcher of the worker, and the order in which it took the job
 * @returns the outcome, whether the article was not English (analysed as such, as `ingest` counts it), and the
 *   numbers of events and quotes stored
 * @throws DetenteError E_QUEUE_JOB when the data is no article job (retrying cannot help),
 *   E_INPUT / E_INPUT_EMPTY when the analyzer refuses the article (an empty text), E_ANALYZE when the analysis
 *   throws, or the store's error when the transaction fails
 */
export async function processArticleJob(data: unknown, { store, batcher, order }: ArticleJobContext): Promise<ArticleJobResult> {
  const { article, issues } = parseArticleJob(data);
  const duplicate = await store.findDuplicate(article);
  if (duplicate?.kind === 'id') {
    // a copy that carries an external id and source, or dates, gives them to the stored article when that has none,
    // as ingest does (Store; copy-fills.ts): the store back-fills them when the marker is saved, and skips it
    if (copyFills(article)) await batcher.save(duplicateMarker(article), order);
    return { articleId: article.id, outcome: 'already-stored', events: 0, quotes: 0 };
  }
  if (duplicate && !replacesStored(duplicate)) {
    // the store links it to the first copy and stores nothing else
    await batcher.save(duplicateMarker(article), order);
    return { articleId: article.id, outcome: 'duplicate', events: 0, quotes: 0 };
  }
  // analysed with the other articles of its transaction (store-batcher.ts); E_ANALYZE when its analysis fails
  const analysis = await batcher.analyseAndSave(article, issues, order);
  return { articleId: article.id, outcome: 'stored', notEnglish: isNotEnglish(analysis), events: analysis.events.length, quotes: analysis.quotes.length };
}
