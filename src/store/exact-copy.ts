import type { Article } from '../model/article.js';
import type { Fingerprint } from '../ingest/fingerprint.js';
import { externalMatchKind } from './external-id.js';
import { FULLER_COPY_RATIO, type DuplicateMatch } from './store.js';

/**
 * The row of the exact-copy statement of both stores (sqlite-store.ts, postgres-store.ts), in its column order: this
 * id already stored (1 or null), the article under the same URL with its text length, the first stored article with
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
];

/**
 * The exact copy an article is of, from the row of the stores' exact-copy statement, checked in this order: the same
 * id; the same external id from the same source, as {@link externalMatchKind} judges it; the same URL (kind `fuller`
 * when this text is at least {@link FULLER_COPY_RATIO} times as long as the stored one, its length in characters,
 * else `url`); the same text hash. Near copies are the caller's (each store keeps its own band index).
 * @param row the statement's row ({@link ExactCopyRow})
 * @param art the new article
 * @param fp its fingerprint (text hash)
 * @returns the match (distance 0), or null when the article is no exact copy
 */
export function exactCopyMatch(row: ExactCopyRow, art: Article, fp: Fingerprint): DuplicateMatch | null {
  const [sameId, byUrl, byUrlLength, byText, byExternal, byExternalLength, byExternalHash, knownCopy, , byExternalTitle, byExternalText] = row;
  if (sameId) return { of: art.id, kind: 'id', distance: 0 };
  if (byExternal) {
    const kind = externalMatchKind(
      { textHash: byExternalHash ?? '', length: byExternalLength ?? 0, urlHeldBy: !byUrl ? 'none' : byUrl === byExternal ? 'same' : 'other', knownCopy: Boolean(knownCopy), title: byExternalTitle ?? '', text: byExternalText ?? '' },
      { length: art.text.length, textHash: fp.textHash, title: art.title, text: art.text },
    );
    if (kind) return { of: byExternal, kind, distance: 0 };
  }
  // the stored copy under this URL, replaced when this one is much longer (both stores' length() counts characters)
  if (byUrl) return { of: byUrl, kind: art.text.length >= FULLER_COPY_RATIO * (byUrlLength ?? Infinity) ? 'fuller' : 'url', distance: 0 };
  if (byText) return { of: byText, kind: 'text', distance: 0 };
  return null;
}
