import type { Article } from '../model/article.js';
import type { Fingerprint } from '../ingest/fingerprint.js';
import { externalMatchKind } from './external-id.js';
import { FULLER_COPY_RATIO, type DuplicateMatch } from './store.js';

/**
 * The row of the exact-copy statement of both stores (sqlite-store.ts, postgres-store.ts), in its column order: this
 * id already stored (1, 2 when stored without a publication date: {@link SAME_ID_COLUMN}, or null), the article under the same URL with its text length, the first stored article with
 * the same text hash, the first stored article with the same external id from the same source with its text length
 * and hash, whether this id is recorded as a copy or an earlier version (1 or null), the store's last row number
 * (SQLite's rowid, PostgreSQL's seq: read by each store, not here), and the external-id article's title and text.
 */
export type ExactCopyRow = readonly [
  sameId: number | null,
  byUrl: string | null,
  byUrlLength: number | null,
  byText: string | null,
  byExternal: string | null,
  byExternalLength: number | null,
  byExternalHash: string | null,
  knownCopy: number | null,
  lastRow: unknown,
  byExternalTitle: string | null,
  byExternalText: string | null,
  byExternalDay: string | null,
  byUrlHash: string | null,
  byUrlTitle: string | null,
  byUrlText: string | null,
  byUrlDay: string | null,
];

/** The first column of {@link ExactCopyRow}, as both stores select it with the article id as parameter `param`. */
export const SAME_ID_COLUMN = (param: string): string => `(SELECT CASE WHEN published IS NULL THEN 2 ELSE 1 END FROM articles WHERE id = ${param})`;

/**
 * The columns of {@link ExactCopyRow} after `lastRow`, as both stores select them (`e`: the stored article with the
 * same external id and source, `u`: the one with the same URL): day = modified, else published.
 */
export const EXACT_COPY_TAIL_COLUMNS = 'e.title, e.text, coalesce(e.modified, e.published), u.text_hash, u.title, u.text, coalesce(u.modified, u.published)';

/**
 * The exact copy an article is of, from the row of the stores' exact-copy statement, checked in this order: the same
 * id (kind `dated` when the stored article has no publication date and this copy has one: store.ts replacesStored); the same external id from the same source, as {@link externalMatchKind} judges it; the same URL (kind `fuller`
 * when this text is at least {@link FULLER_COPY_RATIO} times as long as the stored one, its length in characters;
 * `revision` when {@link externalMatchKind} finds it a newer version of the stored one, as for a feed item's guid; else
 * `url`); the same text hash. Near copies are the caller's (each store keeps its own band index).
 * @param row the statement's row ({@link ExactCopyRow})
 * @param art the new article
 * @param fp its fingerprint (text hash)
 * @returns the match (distance 0), or null when the article is no exact copy
 */
export function exactCopyMatch(row: ExactCopyRow, art: Article, fp: Fingerprint): DuplicateMatch | null {
  const [sameId, byUrl, byUrlLength, byText, byExternal, byExternalLength, byExternalHash, knownCopy, , byExternalTitle, byExternalText, byExternalDay, byUrlHash, byUrlTitle, byUrlText, byUrlDay] = row;
  // 2: the article stored under this id has no publication date; a copy that has one is analysed again (kind `dated`)
  if (sameId) return { of: art.id, kind: Number(sameId) === 2 && art.published ? 'dated' : 'id', distance: 0 };
  const version = { length: art.text.length, textHash: fp.textHash, title: art.title, text: art.text, day: art.modified ?? art.published ?? null };
  if (byExternal) {
    const kind = externalMatchKind(
      { textHash: byExternalHash ?? '', length: byExternalLength ?? 0, urlHeldBy: !byUrl ? 'none' : byUrl === byExternal ? 'same' : 'other', knownCopy: Boolean(knownCopy), title: byExternalTitle ?? '', text: byExternalText ?? '', day: byExternalDay },
      version,
    );
    if (kind) return { of: byExternal, kind, distance: 0 };
  }
  if (byUrl) {
    // the stored copy under this URL, replaced when this one is much longer (both stores' length() counts characters)
    if (art.text.length >= FULLER_COPY_RATIO * (byUrlLength ?? Infinity)) return { of: byUrl, kind: 'fuller', distance: 0 };
    // or when this one is a newer version of it (an updated page, a WARC record of a later crawl), as a feed item's
    // correction under its guid is: the same rule (review 25: a page updated with a paragraph and a later
    // modification time stayed a copy of the first version, its new events never stored)
    const kind = externalMatchKind(
      { textHash: byUrlHash ?? '', length: byUrlLength ?? 0, urlHeldBy: 'same', knownCopy: Boolean(knownCopy), title: byUrlTitle ?? '', text: byUrlText ?? '', day: byUrlDay },
      version,
    );
    return { of: byUrl, kind: kind === 'revision' ? 'revision' : 'url', distance: 0 };
  }
  if (byText) return { of: byText, kind: 'text', distance: 0 };
  return null;
}
