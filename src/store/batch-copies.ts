import type { bandsOfHalves, Fingerprint, NEAR_DUPLICATE_BITS } from '../ingest/fingerprint.js';
import { createNearDuplicateIndex, nearestCopyId } from './near-duplicate-index.js';
import type { Article } from '../model/article.js';
import { FULLER_COPY_RATIO, type DuplicateMatch } from './store.js';

/**
 * The articles stored so far by one open write transaction, for the copy check of the next article of the same
 * batch: the store's full check (four indexed SQL lookups and the near-duplicate band index) made again inside the
 * transaction, when the article was already checked against every row stored before it, needs to look only at these.
 * Articles with an external id and source (external-id.ts) always take the store's full check: whether one is a copy
 * or a correction depends on the duplicates table as well.
 */
export interface BatchCopies {
  /**
   * Records an article just stored.
   * @param id article id
   * @param url its URL (null or '' for none: never matched, as in the store's check)
   * @param fp its fingerprint
   * @param length its text length in UTF-16 code units (for the {@link FULLER_COPY_RATIO} check; default: never
   *   replaced by a fuller copy)
   * @param replaces the id of the stored article it replaces (a shorter copy from the same URL, an earlier version),
   *   if any: when that is an article of the batch, the batch can no longer answer ({@link find})
   */
  add(id: string, url: string | null, fp: Fingerprint, length?: number, replaces?: string): void;
  /**
   * The copy check of the store (same id, then same URL, then same text hash, then the nearest SimHash within
   * {@link NEAR_DUPLICATE_BITS}) over the recorded articles only; a same-URL article with a text at least
   * {@link FULLER_COPY_RATIO} times as long is kind `fuller` (it replaces the recorded one). Of equally near articles, the one whose first
   * agreeing band (see {@link bandsOfHalves}) comes first, then the smaller id in UTF-8 byte order, as the store
   * picks among those its band index meets.
   * @param article the article to check
   * @param fp its fingerprint
   * @returns the first copy found, null for none, or undefined once an article of the batch was replaced (its row is
   *   gone: the store's full check must answer)
   */
  find(article: Article, fp: Fingerprint): DuplicateMatch | null | undefined;
}

/**
 * Creates an empty {@link BatchCopies} (one per transaction): exact copies by a scan of the batch's ids, URLs and
 * text hashes (at most a batch of them), near copies through a {@link createNearDuplicateIndex} band index of its own
 * and the store's tie rule ({@link nearestCopyId}), so both checks pick the same copy.
 */
export function createBatchCopies(): BatchCopies {
  const ids: string[] = [];
  const urls: (string | null)[] = [];
  const hashes: string[] = [];
  const lengths: number[] = [];
  // an article of the batch was replaced (deleted): the recorded rows no longer stand for the table's
  let stale = false;
  // rowid k + 1 stands for ids[k]
  const near = createNearDuplicateIndex();
  return {
    add(id, url, fp, length = Infinity, replaces) {
      if (replaces !== undefined && ids.includes(replaces)) stale = true;
      // a fuller copy replacing one of the batch: same-URL lookups find the new one from now on
      const before = url ? urls.indexOf(url) : -1;
      if (before >= 0) urls[before] = null;
      ids.push(id);
      urls.push(url || null);
      lengths.push(length);
      hashes.push(fp.textHash);
      near.add(ids.length, fp.simhash);
    },
    find(article, fp) {
      if (stale) return undefined;
      if (ids.includes(article.id)) return { of: article.id, kind: 'id', distance: 0 };
      const url = article.url || null;
      if (url !== null) {
        const at = urls.indexOf(url);
        if (at >= 0) return { of: ids[at], kind: article.text.length >= FULLER_COPY_RATIO * lengths[at] ? 'fuller' : 'url', distance: 0 };
      }
      const same = hashes.indexOf(fp.textHash);
      if (same >= 0) return { of: ids[same], kind: 'text', distance: 0 };
      const found = near.nearest(fp.simhash);
      return found ? { of: nearestCopyId(found, (r) => ids[r - 1]), kind: 'near', distance: found.distance } : null;
    },
  };
}
