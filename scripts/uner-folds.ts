/**
 * Document folds of UNER English-EWT dev, shared by the NER trainer (`--uner-holdout K/N`) and the
 * evaluation (`--uner-fold K/N`): a tagger trained without fold K is read on fold K, a held-out web set
 * with the rest of the in-domain web data in training, as the shipped tagger meets UNER test.
 */
import type { GoldSentence } from '../src/extract/entities/ner-corpora.js';

/** A fold: documents whose index (in order of first appearance) is `k` modulo `n`. */
export interface UnerFold {
  readonly k: number;
  readonly n: number;
}

/**
 * Parses "K/N" (0 ≤ K < N, N ≥ 2); an empty string is no fold.
 * @throws Error when the value is not of that form
 */
export function unerFold(value: string): UnerFold | null {
  if (value === '') return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[2]) < 2 || Number(m[1]) >= Number(m[2])) throw new Error(`fold must be K/N with 0 <= K < N, N >= 2; got "${value}"`);
  return { k: Number(m[1]), n: Number(m[2]) };
}

/**
 * The sentences of `all` inside (`inside` true) or outside `fold`, by the index of each sentence's
 * document among the documents of `all` in order of first appearance.
 * @param all every sentence of the set, in file order
 * @returns the kept sentences, in file order
 */
export function foldSentences(all: readonly GoldSentence[], fold: UnerFold, inside: boolean): GoldSentence[] {
  const index = new Map<string, number>();
  for (const x of all) if (!index.has(x.doc)) index.set(x.doc, index.size);
  return all.filter((s) => ((index.get(s.doc) ?? 0) % fold.n === fold.k) === inside);
}
