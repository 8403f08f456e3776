import type { Article } from '../model/article.js';
import { FULLER_COPY_RATIO, type DuplicateMatch } from './store.js';
import { sameStory } from './same-story.js';

/**
 * The key under which the store recognises another copy of an article by the id its source gives it
 * (`Article.externalId`, a JSON Lines record's `id`, a feed item's guid): that id and the article's `source`, since
 * such ids are unique only within their source (two exports numbering their records 1, 2, 3… are not copies of each
 * other). Without a source there is no key: the id alone names nothing across files (review 13: two source-less
 * exports each starting at `"id": 1` lost the second file's article as a "copy" of the first). A stored article with
 * the same key is the same upstream article: see {@link externalMatchKind} for what a second one with it is.
 * Compared in SQL as `external_id = ? AND coalesce(source, '') = ?`.
 * @param article the article
 * @returns `[externalId, source]`, or null when the article has no external id or no source
 */
export function externalIdKey(article: Pick<Article, 'externalId' | 'source'>): [string, string] | null {
  return article.externalId && article.source ? [article.externalId, article.source] : null;
}

/** The stored article with an article's {@link externalIdKey}, as {@link externalMatchKind} weighs it. */
export interface ExternalMatch {
  /** its text hash (Fingerprint.textHash) */
  textHash: string;
  /** its text length in UTF-16 code units (characters, as SQLite and PostgreSQL count them) */
  length: number;
  /** who holds the new article's URL: this same stored article, another one, or none (no URL, or a new one) */
  urlHeldBy: 'same' | 'other' | 'none';
  /** the new article's id is already recorded as a copy or an earlier version (a row of the duplicates table) */
  knownCopy: boolean;
  /** its title and text (to tell another version of it from another story with the same id: same-story.ts) */
  title: string;
  text: string;
  /**
   * the day its source says it was last changed, else published (`YYYY-MM-DD…`: Article.modified ?? published), or
   * null when it states neither
   */
  day?: string | null;
}

/**
 * What an article is to the stored article with the same source and source id ({@link externalIdKey}). A news
 * archive keeps one article per upstream article, as its publisher does: a corrected re-export (edited text, same
 * id, same source) **supersedes** the stored version — it is analysed and stored in its place, the old version's
 * entities, quotes and events go with it, and the old version is recorded in the duplicates table (kind
 * `revision`, its id, title, URL, origin and date, `seen_at` = when it was stored), so an article's history is its
 * stored row (`stored_at` = when this version came) and the revision rows linked to it. Not a correction:
 * - the same text (a re-export under a changed URL): a copy, linked (kind `external`);
 * - an article already recorded as a copy or an earlier version (an older export read again after the
 *   correction): a copy, linked, so the correction is not undone;
 * - an article whose source dates it (last changed, else published: {@link ExternalMatch.day}) to a day before the
 *   stored version's: an older copy, linked (a crawl of last week read after today's);
 * - a much shorter text (the stored version at least {@link FULLER_COPY_RATIO} times as long: a feed's summary of
 *   an item whose full page is stored): a copy, linked;
 * - a much longer text from the same URL: kind `fuller`, replaced as any fuller copy from the same URL;
 * - a URL that another stored article holds: null, the URL check decides (the URL index is unique);
 * - another story under the same id (neither the same title nor most of the wording: {@link sameStory}): null, the
 *   other checks decide, so it is stored as an article of its own rather than deleting the stored one (review 14b).
 * @param stored the stored article with the key
 * The same rule decides what a page read again from a stored URL is (exact-copy.ts): an updated page is a revision.
 * @param article the new article's text length (UTF-16 code units), text hash, title, text and day (as the stored one's)
 * @returns the kind of {@link DuplicateMatch} (`external`, `fuller` or `revision`), or null
 */
export function externalMatchKind(
  stored: ExternalMatch,
  article: { length: number; textHash: string; title: string; text: string; day?: string | null },
): Extract<DuplicateMatch['kind'], 'external' | 'fuller' | 'revision'> | null {
  if (stored.knownCopy || stored.textHash === article.textHash) return 'external';
  if (stored.day && article.day && article.day.slice(0, 10) < stored.day.slice(0, 10)) return 'external';
  if (stored.urlHeldBy === 'other') return null;
  if (!sameStory(stored, article)) return null;
  if (stored.length >= FULLER_COPY_RATIO * article.length) return 'external';
  if (stored.urlHeldBy === 'same' && article.length >= FULLER_COPY_RATIO * stored.length) return 'fuller';
  return 'revision';
}

