import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/**
 * A stock ticker in angle brackets as Reuters-21578 writes it after a company's name: one to six capitals or digits
 * (an "&" inside, "<AT&T>"), then an optional exchange suffix of one or two capitals ("<GM>", "<UN.AS>", "<UK.N>").
 */
const TICKER = /^<[A-Z0-9&]{1,6}(?:\.[A-Z]{1,2})?>/;

/**
 * Name mentions inside a stock ticker in angle brackets ("Unilever NV <UN.AS>", "Kerr Group <UK.N>", "Tesco <TSCO>")
 * are no names of their own: the ticker is the company's code on an exchange, and the rules had read "UN" as the United
 * Nations (IGOUNO), "UK" as Britain and "ROK" as South Korea, so events found them as actors, and the tagger made
 * uncoded organisations, places and persons of others ("TSBA", "SNE", "JARD"). Dropped: every name mention within the
 * brackets of such a ticker, except a known business ("<IBM>", "<BP.L>": the company named before it, which the ticker
 * codes where the name is written out uncoded, "International Business Machines Corp <IBM>"). Found on Reuters-21578 (Unilever stories with IGOUNO among their actors; the
 * newswire writes ~17,000 tickers in its 21,578 stories).
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without those inside tickers (a copy)
 */
export function dropTickerSymbols(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const text = view.doc.text;
  return mentions.filter((m) => {
    // a known business read from its ticker ("<IBM>", "<BP.L>") is the company named before it: kept, as it codes it
    if (m.kind !== 'name' || (m.type === 'ORG' && m.agent === 'BUS')) return true;
    // the bracket opens at the mention or just before it (a search back through the text made long articles quadratic)
    const open = text[m.start] === '<' ? m.start : text[m.start - 1] === '<' ? m.start - 1 : -1;
    if (open < 0) return true;
    const ticker = TICKER.exec(text.slice(open, open + 12));
    return !ticker || open + ticker[0].length < m.end;
  });
}
