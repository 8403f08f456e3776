import type { Doc } from '../../nlp/doc.js';
import { lowerTokenKey } from './gazetteer.js';

/**
 * Per-article token facts the entity rules share, computed once per Doc:
 * - `keys`: gazetteer key of each token ({@link tokenKey})
 * - `sentenceOf`: sentence index of each token
 * - `inQuote`: 1 when the token lies inside quotation marks (scanned paragraph by paragraph with a
 *   fresh state, so an unbalanced mark cannot swallow the article), 2 for the marks themselves
 * - `lowercaseSeen`: keys that occur somewhere in the article in lower case (a capitalised
 *   sentence-initial word that also occurs in lower case is a common word, not a name)
 */
export interface DocView {
  readonly doc: Doc;
  readonly keys: readonly string[];
  readonly sentenceOf: Int32Array;
  readonly inQuote: Uint8Array;
  readonly lowercaseSeen: ReadonlySet<string>;
}

/** Bits of createDocView's scan of a surface: some a-z, some A-Z, a dot or backtick, some code unit outside ASCII. */
const HAS_LOWER = 1;
const HAS_UPPER = 2;
const FOLDS = 4;
const NON_ASCII = 8;

const OPEN = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE = new Set(['\u201d', '\u00bb']);

/**
 * Whether `s = text[start, end)` is lower case: `s !== s.toUpperCase() && s === s.toLowerCase()` (some cased
 * letter, all of them lower case), read in place with an ASCII scan; sliced and case-converted only when it
 * is not all ASCII.
 */
function isLowerCaseAt(text: string, start: number, end: number): boolean {
  let lower = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const s = text.slice(start, end);
      return s !== s.toUpperCase() && s === s.toLowerCase();
    }
    if (c >= 0x41 && c <= 0x5a) return false;
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return lower;
}

/**
 * Builds the {@link DocView} of a Doc: O(tokens).
 * @param doc the article's token layer
 */
export function createDocView(doc: Doc): DocView {
  const n = doc.tokenCount;
  const keys: string[] = new Array(n);
  const sentenceOf = new Int32Array(n);
  const inQuote = new Uint8Array(n);
  const lowercaseSeen = new Set<string>();
  // The key is folded from the Doc's lower-cased form (`lower[i]` is the surface lower-cased, see Doc), so
  // the surface is neither sliced nor lower-cased again; its case is read in place.
  const { text, starts, ends, lower } = doc;
  for (let i = 0; i < n; i++) {
    // One scan of an ASCII surface (most tokens) in place decides both: its key is `lower[i]` itself unless a dot or
    // a backtick needs folding (lowerTokenKey's only ASCII folds), and it is lower case when it has a-z and no A-Z.
    // The lower-cased string's own characters are then not read at all; other surfaces take the general tests.
    const start = starts[i];
    const end = ends[i];
    let bits = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        bits = NON_ASCII;
        break;
      }
      if (c >= 0x61 && c <= 0x7a) bits |= HAS_LOWER;
      else if (c >= 0x41 && c <= 0x5a) bits |= HAS_UPPER;
      else if (c === 0x2e || c === 0x60) bits |= FOLDS;
    }
    let key: string;
    let lowerCase: boolean;
    if (bits === NON_ASCII) {
      key = lowerTokenKey(lower[i]);
      lowerCase = isLowerCaseAt(text, start, end);
    } else {
      key = (bits & FOLDS) !== 0 ? lowerTokenKey(lower[i]) : lower[i];
      lowerCase = (bits & (HAS_LOWER | HAS_UPPER)) === HAS_LOWER;
    }
    keys[i] = key;
    if (lowerCase) lowercaseSeen.add(key);
  }
  for (const s of doc.sentences) for (let i = s.firstToken; i < s.endToken; i++) sentenceOf[i] = s.index;
  for (const p of doc.paragraphs) {
    let open = false;
    const first = doc.sentences[p.firstSentence].firstToken;
    const end = doc.sentences[p.endSentence - 1].endToken;
    for (let i = first; i < end; i++) {
      // Quotation marks are one UTF-16 unit: longer tokens are skipped without slicing.
      if (doc.ends[i] - doc.starts[i] !== 1) {
        if (open) inQuote[i] = 1;
        continue;
      }
      const t = doc.text[doc.starts[i]];
      if (t === '"') {
        open = !open;
        inQuote[i] = 2;
      } else if (OPEN.has(t)) {
        open = true;
        inQuote[i] = 2;
      } else if (CLOSE.has(t)) {
        open = false;
        inQuote[i] = 2;
      } else if (open) inQuote[i] = 1;
    }
  }
  return { doc, keys, sentenceOf, inQuote, lowercaseSeen };
}
