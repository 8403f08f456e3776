/** Elements that start a new line (paragraph) when turning HTML into text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'DETAILS', 'SUMMARY',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD']);

/** The minimal node shape read (linkedom and browser DOMs both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/**
 * Turns an element's content into paragraphs: block elements (p, h2, li, blockquote, div, br…) end a line,
 * inline elements and text join with single spaces; script/style/form controls are skipped.
 * @param root an element (e.g. Readability's article content)
 * @returns the paragraph texts, white space collapsed, empty ones dropped, in document order
 */
export function blockParagraphs(root: TextNodeLike): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: TextNodeLike): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
