import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { EMPTY_TONE } from '../model/tone.js';

/**
 * A placeholder analysis for a known duplicate, given to {@link Store.saveBatch} (or a worker's batcher) in the
 * article's place: the store links it to the first copy (and back-fills that copy's missing external id and source)
 * and stores nothing else. Used by `detente ingest` and the queue worker alike.
 * The marker is told from an analysis by a non-enumerable symbol property ({@link isDuplicateMarker}): a marker of a
 * dated copy of a stored undated article only fills the date, where an analysis of that copy replaces the stored one's
 * annotations (Store.saveBatch, kind `dated`).
 * @param article the duplicate article as read
 * @returns an analysis with no entities, quotes or events, neutral tone and no issues
 */
export function duplicateMarker(article: Article): Analysis {
  return Object.defineProperty({ article, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] }, MARKER, { value: true });
}

/** The property that marks a {@link duplicateMarker} (not enumerable: it is neither stored nor serialised). */
const MARKER = Symbol('detente.duplicateMarker');

/**
 * Whether an analysis given to Store.saveBatch is a {@link duplicateMarker} rather than an analysis of the article.
 * @param a an analysis or marker
 */
export function isDuplicateMarker(a: Analysis): boolean {
  return (a as Analysis & { [MARKER]?: boolean })[MARKER] === true;
}
