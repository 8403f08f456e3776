import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { EMPTY_TONE } from '../model/tone.js';

/**
 * A placeholder analysis for a known duplicate, given to {@link Store.saveBatch} (or a worker's batcher) in the
 * article's place: the store links it to the first copy (and back-fills that copy's missing external id and source)
 * and stores nothing else. Used by `detente ingest` and the queue worker alike.
 * @param article the duplicate article as read
 * @returns an analysis with no entities, quotes or events, neutral tone and no issues
 */
export function duplicateMarker(article: Article): Analysis {
  return { article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] };
}
