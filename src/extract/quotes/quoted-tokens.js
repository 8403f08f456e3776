import { tokenAtOrAfter } from '../../nlp/doc.js';
import { scanQuoteMarks } from './quote-marks.js';
/**
 * Scans the quotation marks of a Doc paragraph by paragraph ({@link scanQuoteMarks}) and maps each fragment
 * onto the token layer: the flags the cue finder and the cue model share (a token inside quotation marks is never a cue).
 * @param doc the token layer
 * @returns fragments, scanner messages, fragment token ranges and the per-token `quoted` flags
 */
export function quotedTokens(doc) {
    const { fragments, messages } = scanQuoteMarks(doc.text, doc.paragraphs);
    const quoted = new Uint8Array(doc.tokenCount);
    const fragTok = [];
    for (const f of fragments) {
        const t0 = tokenAtOrAfter(doc, f.open);
        const t1 = f.closed ? Math.min(tokenAtOrAfter(doc, f.closeEnd - 1) + 1, doc.tokenCount) : tokenAtOrAfter(doc, f.close);
        fragTok.push({ t0, t1 });
        for (let t = t0; t < t1; t++)
            quoted[t] = 1;
    }
    return { fragments, messages, fragTok, quoted };
}
//# sourceMappingURL=quoted-tokens.js.map