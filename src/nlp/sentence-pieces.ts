/**
 * The most tokens a sentence holds. wink-nlp ends a sentence only at end punctuation, so a text with none (a
 * 950,000-character line of words, a table flattened to one line) became one sentence of 150,000 tokens, and the
 * extractors, which look across a sentence from each candidate (event date scopes, unreal clauses, reported
 * content), spent time growing with the square of its length: 100,000 characters on one line took 25 s against 10 s
 * with a full stop every 20 words, and 950,000 characters had not finished after 7 minutes (fresh-eyes review 20).
 * The longest of the 48,349 sentences of the BBC full-text and TimeBank/AQUAINT corpora has 242 tokens, the next 136.
 */
export const MAX_SENTENCE_TOKENS = 250;

/**
 * Where to end the pieces of a sentence of tokens `[first, end)` so that none holds more than `max` tokens: after
 * the last break token (`isBreak`, e.g. a comma) in the second half of a piece's window, else after `max` tokens.
 * A sentence of `max` tokens or fewer is one piece.
 * @param first the sentence's first token index; `end` its end token (exclusive), `end` > `first`
 * @param isBreak whether a piece may end after this token (token index → boolean)
 * @param max the most tokens a piece holds, ≥ 2 (default {@link MAX_SENTENCE_TOKENS})
 * @returns the end token (exclusive) of each piece, in order; the last is `end`
 */
export function sentencePieceEnds(first: number, end: number, isBreak: (token: number) => boolean, max = MAX_SENTENCE_TOKENS): number[] {
  const ends: number[] = [];
  let from = first;
  while (end - from > max) {
    let cut = from + max;
    for (let t = from + max - 1; t >= from + (max >> 1); t--) {
      if (isBreak(t)) {
        cut = t + 1;
        break;
      }
    }
    ends.push(cut);
    from = cut;
  }
  ends.push(end);
  return ends;
}
