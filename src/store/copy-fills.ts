import type { Article } from '../model/article.js';
import { externalIdKey } from './external-id.js';

/**
 * Whether a copy of a stored article (same article id: same text, same URL) carries something that the store fills in
 * on the stored row when that row lacks it: an external id with its source ({@link externalIdKey}), a publication
 * date, or a modification date. Filling an empty field is no overwrite: what a row holds is never changed, only what
 * it left empty is filled (a plain-text file stored without a date, then the export record of the same story with
 * its date; review 16 left the dates out). `ingest` and the queue worker hand such a copy to `Store.saveBatch` as a
 * marker ({@link import('./duplicate-marker.js').duplicateMarker}); other copies are only counted as skipped.
 * A copy that brings a publication date to a stored article that has none is more than a filler: the store's
 * findDuplicate calls it kind `dated`, and `ingest` and the queue worker analyse it again, so that its analysis (events
 * dated from the publication date, relative dates such as "on Monday" resolved) replaces the stored annotations in
 * place (store.ts replacesStored; review 27: `ingest a.txt` then `ingest a.txt --published 2024-03-12` left 12 events
 * undated). Only a marker of such a copy (a later copy of an article read earlier in the same run) fills the date alone.
 * @param article the copy as read
 * @returns true when it has an external id and source, a publication date or a modification date
 */
export function copyFills(article: Pick<Article, 'externalId' | 'source' | 'published' | 'modified'>): boolean {
  return Boolean(externalIdKey(article) || article.published || article.modified);
}

/**
 * The SQL that fills an empty publication and modification date of the stored article with id `:id` from a copy's
 * `:published` and `:modified` ({@link copyFills}). The modification date is kept only when its day is after the
 * publication day the row ends up with, the readers' rule (ingest/modification-date.ts). Both back ends evaluate SET
 * expressions over the row as it was before the update.
 * @param param how the back end writes a parameter: `(name) => '@' + name` (better-sqlite3), or `$1::text`… (PostgreSQL,
 *   which cannot tell the type of a parameter used only in `IS NOT NULL` and comparisons)
 * @returns the UPDATE statement, with the parameters `published`, `modified` and `id`
 */
export function fillDatesSql(param: (name: 'published' | 'modified' | 'id') => string): string {
  const published = param('published');
  const modified = param('modified');
  const modifiedFits = `${modified} > substr(coalesce(published, ${published}), 1, 10)`;
  // only a row with something to fill is written (a re-run hands every dated copy to the store)
  return `UPDATE articles SET published = coalesce(published, ${published}),
      modified = coalesce(modified, CASE WHEN ${modifiedFits} THEN ${modified} END)
    WHERE id = ${param('id')} AND ((published IS NULL AND ${published} IS NOT NULL) OR (modified IS NULL AND ${modifiedFits}))`;
}
