import { fingerprint, type Fingerprint } from '../ingest/fingerprint.js';
import type { Article } from '../model/article.js';

/**
 * A memo of article fingerprints (text hash and SimHash, ingest/fingerprint.ts) for one store: the fingerprint
 * findDuplicate computes before analysis is reused when the same article object is saved. Held weakly: an
 * article no longer referenced takes its entry with it.
 * @returns the fingerprint of an article, computed on first use
 */
export function createFingerprintMemo(): (art: Article) => Fingerprint {
  const fingerprints = new WeakMap<Article, Fingerprint>();
  return (art) => {
    let fp = fingerprints.get(art);
    if (!fp) {
      fp = fingerprint(art.text);
      fingerprints.set(art, fp);
    }
    return fp;
  };
}
