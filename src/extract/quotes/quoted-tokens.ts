import { tokenAtOrAfter, type Doc } from '../../nlp/doc.js';
import { scanQuoteMarks, type QuoteFragment, type QuoteMarkMessage } from './quote-marks.js';
import { quoteEdges, type QuoteEdges } from './quote-edges.js';

/** The quotation fragments of a Doc with their token ranges, and a per-token flag for tokens inside them. */
export interface QuotedTokens {
  readonly fragments: readonly QuoteFragment[];
  readonly messages: readonly QuoteMarkMessage[];
  /** Token range `[t0, t1)` of each fragment, marks included. */
  readonly fragTok: readonly { readonly t0: number; readonly t1: number }[];
  /** 1 for a token inside quotation marks (marks included), else 0; one entry per token. */
  readonly quoted: Uint8Array;
  /** Where each token's run outside quotation marks ends ({@link quoteEdges} of `quoted`). */
  readonly edges: QuoteEdges;
}

/**
 * Scans the quotation marks of a Doc paragraph by paragraph ({@link scanQuoteMarks}) and maps each fragment
 * onto the token layer: the flags the cue finder and the cue model share (a token inside quotation marks is never a cue).
 * @param doc the token layer
 * @returns fragments, scanner messages, fragment token ranges, the per-token `quoted` flags and their edges
 */
export function quotedTokens(doc: Doc): QuotedTokens {
  const { fragments, messages } = scanQuoteMarks(doc.text, doc.paragraphs);
  const quoted = new Uint8Array(doc.tokenCount);
  const fragTok: { t0: number; t1: number }[] = [];
  for (const f of fragments) {
    const t0 = tokenAtOrAfter(doc, f.open);
    const t1 = f.closed ? Math.min(tokenAtOrAfter(doc, f.closeEnd - 1) + 1, doc.tokenCount) : tokenAtOrAfter(doc, f.close);
    fragTok.push({ t0, t1 });
    for (let t = t0; t < t1; t++) quoted[t] = 1;
  }
  return { fragments, messages, fragTok, quoted, edges: quoteEdges(quoted) };
}
