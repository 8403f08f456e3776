import type { Doc } from './doc.js';

/** Longest ticker in tokens: "<", root, ".", exchange suffix, ">" and an "&" inside a root ("<AT&T>"). */
const MAX_TICKER_TOKENS = 8;

/**
 * The first token ("<") of a stock ticker in angle brackets that ends at token `k` (">"), as Reuters writes one after
 * a company's name: "Acme Corp <ACME> said …", "Brelvo Holdings <BRVH.L> said …" (tokens "<", "BRVH", ".", "L", ">");
 * −1 when token `k` closes no such ticker. The tokens between the brackets must be capitals, digits, "&" or ".".
 * The Reuters-21578 newswire writes about 18,000 tickers, most of them between a company's name and its verb.
 * @param doc the parsed article
 * @param k the token to test (the closing bracket)
 * @param floor the first token the ticker may start at (e.g. the sentence's first token)
 * @returns the token index of the opening bracket, or −1
 */
export function tickerStartBefore(doc: Doc, k: number, floor: number): number {
  if (k <= floor || doc.lower[k] !== '>') return -1;
  for (let t = k - 1; t >= floor && t >= k - MAX_TICKER_TOKENS; t--) {
    if (doc.lower[t] === '<') return t < k - 1 ? t : -1;
    if (!/^[A-Z0-9&.]+$/.test(doc.text.slice(doc.starts[t], doc.ends[t]))) return -1;
  }
  return -1;
}
