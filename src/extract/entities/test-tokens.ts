import type { DocView } from './doc-view.js';

/**
 * For unit tests: the token index of the `n`-th (0-based) token whose surface is exactly `word`.
 * @param view a DocView of a hand-written sentence
 * @returns the token index
 * @throws Error naming the word when the view has no such token
 */
export function tokenOf(view: DocView, word: string, n = 0): number {
  const { doc } = view;
  let seen = 0;
  for (let i = 0; i < doc.tokenCount; i++) if (doc.text.slice(doc.starts[i], doc.ends[i]) === word && seen++ === n) return i;
  throw new Error(`no ${word} #${n}`);
}

/**
 * For unit tests: the span fields of a raw mention over tokens `[a, b)` (character offsets, token range, sentence,
 * no evidence), to pass to `rawMention`.
 * @param view a DocView of a hand-written sentence
 */
export function tokenSpan(view: DocView, a: number, b: number) {
  const { doc } = view;
  return { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] };
}
