import type { Dateline } from './dateline.js';

/**
 * The token layer of one article: flat typed arrays of token offsets (half-open, UTF-16 code units
 * into `text`), parallel arrays of POS tags (Universal POS, from wink-nlp), lemmas and lower-cased forms,
 * and the sentence and paragraph tables. Sentences never cross paragraph boundaries (a paragraph is one
 * line of `text`).
 */
export interface Doc {
  readonly text: string;
  readonly tokenCount: number;
  /** Start offset of token i. */
  readonly starts: Int32Array;
  /** End offset (exclusive) of token i. */
  readonly ends: Int32Array;
  /** Universal POS tag of token i ("PROPN", "VERB"…). */
  readonly pos: readonly string[];
  /** Lemma of token i, lower case ("meet" for "met"). */
  readonly lemmas: readonly string[];
  /** Lower-cased surface form of token i. */
  readonly lower: readonly string[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** The wire datelines opening paragraphs ("WASHINGTON, March 3 (Reuters) -"), found once at parse time (dateline.ts). */
  readonly datelines: readonly Dateline[];
}

/** A sentence: char span `[start, end)` and token range `[firstToken, endToken)`. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  readonly paragraph: number;
}

/** A paragraph: char span and sentence range `[firstSentence, endSentence)`. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstSentence: number;
  readonly endSentence: number;
}

/** Surface form of token `i`. */
export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.starts[i], doc.ends[i]);
}

/**
 * Index of the token that contains or starts at char `offset`, or the first token after it;
 * `doc.tokenCount` when none. Binary search: O(log n).
 */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing char `offset`, or undefined. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
