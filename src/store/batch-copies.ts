import { bandsOfHalves, NEAR_DUPLICATE_BITS, popcount32, simhashHalves, type Fingerprint } from '../ingest/fingerprint.js';
import type { Article } from '../model/article.js';
import type { DuplicateMatch } from './store.js';

/**
 * The articles stored so far by one open write transaction, for the copy check of the next article of the same
 * batch: the store's full check (four indexed SQL lookups and the near-duplicate band index) made again inside the
 * transaction, when the article was already checked against every row stored before it, needs to look only at these.
 */
export interface BatchCopies {
  /**
   * Records an article just stored.
   * @param id article id
   * @param url its URL (null or '' for none: never matched, as in the store's check)
   * @param fp its fingerprint
   */
  add(id: string, url: string | null, fp: Fingerprint): void;
  /**
   * The copy check of the store (same id, then same URL, then same text hash, then the nearest SimHash within
   * {@link NEAR_DUPLICATE_BITS}) over the recorded articles only. Of equally near articles, the one whose first
   * agreeing band (see {@link bandsOfHalves}) comes first, then the smaller id in UTF-8 byte order, as the store
   * picks among those its band index meets.
   * @param article the article to check
   * @param fp its fingerprint
   * @returns the first copy found, or null
   */
  find(article: Article, fp: Fingerprint): DuplicateMatch | null;
}

/** Creates an empty {@link BatchCopies} (one per transaction). */
export function createBatchCopies(): BatchCopies {
  const ids: string[] = [];
  const urls: (string | null)[] = [];
  const hashes: string[] = [];
  const his: number[] = [];
  const los: number[] = [];
  const bands: number[][] = [];
  return {
    add(id, url, fp) {
      const [hi, lo] = simhashHalves(fp.simhash);
      ids.push(id);
      urls.push(url || null);
      hashes.push(fp.textHash);
      his.push(hi);
      los.push(lo);
      bands.push(Number.isNaN(hi) || Number.isNaN(lo) ? [] : bandsOfHalves(hi, lo));
    },
    find(article, fp) {
      if (ids.includes(article.id)) return { of: article.id, kind: 'id', distance: 0 };
      const url = article.url || null;
      if (url !== null) {
        const at = urls.indexOf(url);
        if (at >= 0) return { of: ids[at], kind: 'url', distance: 0 };
      }
      const same = hashes.indexOf(fp.textHash);
      if (same >= 0) return { of: ids[same], kind: 'text', distance: 0 };
      const [hi, lo] = simhashHalves(fp.simhash);
      if (Number.isNaN(hi) || Number.isNaN(lo)) return null;
      const mine = bandsOfHalves(hi, lo);
      let pick = -1;
      let pickDistance = NEAR_DUPLICATE_BITS + 1;
      let pickBand = 0;
      for (let k = 0; k < ids.length; k++) {
        const d = popcount32(his[k] ^ hi) + popcount32(los[k] ^ lo);
        if (d > NEAR_DUPLICATE_BITS || d > pickDistance || bands[k].length === 0) continue;
        // within NEAR_DUPLICATE_BITS, at least one of the 7 disjoint bands agrees (pigeonhole)
        const band = bands[k].findIndex((v, b) => v === mine[b]);
        if (band < 0) continue;
        if (d < pickDistance || band < pickBand || (band === pickBand && Buffer.compare(Buffer.from(ids[k], 'utf8'), Buffer.from(ids[pick], 'utf8')) < 0)) {
          pick = k;
          pickDistance = d;
          pickBand = band;
        }
      }
      return pick < 0 ? null : { of: ids[pick], kind: 'near', distance: pickDistance };
    },
  };
}
