import sax from 'sax';

/**
 * The first well-formedness problem of an XML document, as a strict XML parser finds it.
 * `truncated`: the document ends while an element, tag or comment is still open (a cut download);
 * `malformed`: anything else that breaks the element structure (a mismatched or unclosed tag, a raw `<` in text,
 * text outside the root element, a broken attribute).
 */
export interface XmlProblem {
  kind: 'malformed' | 'truncated';
  /**
   * what is wrong, e.g. `closing tag </descr> where <description> is open`, `Invalid character in tag name`,
   * for a truncated document the elements still open: `<rss><channel><item> still open`
   */
  reason: string;
  /** 1-based line of the character where the problem was found */
  line: number;
  /** 1-based column (UTF-16 code units) of that character */
  column: number;
}

/**
 * Entity problems that leave the element structure intact: a bare `&` (`?a=1&b=2` in a link) and an entity XML does
 * not define (`&nbsp;`, which RSS 0.91's DTD declares). A lenient parser reads them as the text they look like, so
 * every item comes out the same; they are common in real feeds (node-feedparser keeps a test feed for the first), and
 * rejecting a whole feed for them would lose its news for nothing.
 */
const TOLERATED = /^(Invalid character in entity name|Invalid character entity)$/;

/** Fields of sax's parser that its type declarations leave out: the open elements and the tag being read. */
interface SaxInternals {
  tags: { name: string }[];
  tagName: string;
  error: Error | null;
}

/**
 * Checks an XML document for well-formedness (XML 1.0 §2.1, element structure only; namespaces and DTDs are not
 * checked) with sax in strict mode and returns the first problem, or null for a well-formed document.
 * Problems found only at the end of the text (the root element, a tag or a comment still open) are `truncated`.
 * @param text the decoded document
 * @returns the first problem with its 1-based line and column, or null
 */
export function findXmlProblem(text: string): XmlProblem | null {
  const parser = sax.parser(true, { xmlns: false, position: true });
  let problem: XmlProblem | null = null;
  let ending = false;
  const state = parser as unknown as SaxInternals;
  parser.onerror = (error: Error) => {
    const reason = error.message.split('\n')[0].replace(/\.$/, '');
    if (!problem && (ending || !TOLERATED.test(reason))) {
      const at = Math.max(0, Math.min(text.length, parser.position) - 1);
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      let line = 1;
      for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
      const tags = state.tags.map((t) => t.name);
      const open = tags.at(-1);
      const mismatch = /^(Unexpected close tag|Unmatched closing tag)/.test(reason) && open;
      problem = {
        kind: ending ? 'truncated' : 'malformed',
        reason: mismatch ? `closing tag </${state.tagName}> where <${open}> is open`
          : ending && tags.length ? `${tags.map((t) => `<${t}>`).join('')} still open` : reason,
        line,
        column: at - lineStart + 1,
      };
    }
    state.error = null; // resume: sax throws on the next write while an error is set
  };
  parser.write(text);
  if (problem) return problem;
  ending = true;
  parser.close();
  return problem;
}
