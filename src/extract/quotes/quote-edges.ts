/**
 * Where the run of tokens outside quotation marks around each token ends, computed once per Doc so that a cue's scan to
 * the nearest quotation mark costs O(1) instead of a walk to the sentence edge (one sentence of 40,000 `said,` took time
 * in n² when each cue walked).
 */
export interface QuoteEdges {
  /** `next[k]`: the first quoted token at or after `k` (the token count when none); one entry per token and one more. */
  readonly next: Int32Array;
  /** `after[k]`: one past the last quoted token before `k` (0 when none); one entry per token and one more. */
  readonly after: Int32Array;
}

/**
 * The quotation edges of a Doc's tokens.
 * @param quoted per-token flags, non-zero inside quotation marks (quotedTokens)
 * @returns the two prefix arrays, each `quoted.length + 1` long
 */
export function quoteEdges(quoted: Uint8Array): QuoteEdges {
  const n = quoted.length;
  const next = new Int32Array(n + 1);
  const after = new Int32Array(n + 1);
  next[n] = n;
  for (let k = n - 1; k >= 0; k--) next[k] = quoted[k] ? k : next[k + 1];
  for (let k = 0; k < n; k++) after[k + 1] = quoted[k] ? k + 1 : after[k];
  return { next, after };
}

/**
 * The first token at or after `from` that is quoted, or `s1` when none comes before it (`from` itself when `from >= s1`).
 * @param edges the Doc's quotation edges; `from` a token index; `s1` the exclusive limit (at most the token count)
 */
export function limitAtQuote(edges: QuoteEdges, from: number, s1: number): number {
  return from >= s1 ? from : Math.min(s1, edges.next[from]);
}

/**
 * The leftmost token `k <= from` such that no token in `[k, from)` is quoted, not going below `s0` (`from` itself when
 * `from <= s0`).
 * @param edges the Doc's quotation edges; `from` a token index; `s0` the inclusive floor
 */
export function floorAtQuote(edges: QuoteEdges, from: number, s0: number): number {
  return from <= s0 ? from : Math.max(s0, edges.after[from]);
}
