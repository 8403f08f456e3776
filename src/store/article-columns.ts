import type { StoredEvent, StoredQuote } from './store.js';

/**
 * The article columns a listed event or quote carries (events-query.ts, quotes-query.ts), as their queries select them
 * from the articles table joined as `a`, after the event's or quote's own `article_id`.
 */
export const ARTICLE_COLUMNS = 'a.title, a.published, a.modified, a.url, a.origin, a.source, a.external_id';

/** The article columns of a row of events-query.ts or quotes-query.ts (`article_id` then {@link ARTICLE_COLUMNS}). */
export interface ArticleColumnsRow {
  article_id: string;
  title: string;
  published: string | null;
  modified: string | null;
  url: string | null;
  origin: string | null;
  source: string | null;
  external_id: string | null;
}

/** The article fields that a StoredEvent and a StoredQuote share. */
export type ArticleFields = Pick<StoredEvent & StoredQuote, 'articleId' | 'articleTitle' | 'published' | 'articleModified' | 'articleUrl' | 'articleOrigin' | 'articleSource' | 'articleExternalId'>;

/**
 * The article fields of a stored event or quote from its row: id, title, publication date, modification day (null when
 * the row has none), URL, origin, source and the source's id.
 * @param r the row
 */
export function articleFieldsOf(r: ArticleColumnsRow): ArticleFields {
  return {
    articleId: r.article_id,
    articleTitle: r.title,
    published: r.published,
    articleModified: r.modified ?? null,
    articleUrl: r.url,
    articleOrigin: r.origin,
    articleSource: r.source,
    articleExternalId: r.external_id,
  };
}
