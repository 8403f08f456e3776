import type { Article } from '../model/article.js';

/**
 * The key under which the store recognises another copy of an article by the id its source gives it
 * (`Article.externalId`, a JSON Lines record's `id`): that id and the article's `source`, since such ids are unique
 * only within their source (two exports numbering their records 1, 2, 3… are not copies of each other). Without a
 * source there is no key: the id alone names nothing across files (review 13: two source-less exports each starting at
 * `"id": 1` lost the second file's article as a "copy" of the first). A stored article with the same key is the same
 * upstream article: a re-export whose text was edited or whose URL changed is linked to it (DuplicateMatch kind
 * `external`) rather than stored twice. Compared in SQL as `external_id = ? AND coalesce(source, '') = ?`.
 * @param article the article
 * @returns `[externalId, source]`, or null when the article has no external id or no source
 */
export function externalIdKey(article: Pick<Article, 'externalId' | 'source'>): [string, string] | null {
  return article.externalId && article.source ? [article.externalId, article.source] : null;
}
