/** Elements that start a new line (paragraph) when turning HTML into text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'DETAILS', 'SUMMARY',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD']);

/** Text opening or closing with a letter or digit (a word that would run into a time stamp). */
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

/** The minimal node shape read (linkedom and browser DOMs both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/**
 * Turns an element's content into paragraphs: block elements (p, h2, li, blockquote, div, br…) end a line,
 * inline elements and text join with single spaces (a `time` element is set off by spaces); script/style/form controls are skipped.
 * @param root an element (e.g. Readability's article content)
 * @returns the paragraph texts, white space collapsed, empty ones dropped, in document order
 */
export function blockParagraphs(root: TextNodeLike): string[] {
  const lines: string[] = [];
  let current = '';
  // a time element just ended: the next text is set off by a space when it opens with a letter or digit
  let afterTime = false;
  const flush = () => {
    const t = current.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: TextNodeLike): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (afterTime && WORD_START.test(value)) current += ' ';
      if (value) afterTime = false;
      current += value;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    // a time stamp is a word of its own: live blogs put it right against the author's name or the text it stamps
    // ("<time>21:00</time><mark>Ana Ruiz</mark>" read "21:00Ana Ruiz")
    else if (name === 'TIME' && WORD_END.test(current)) current += ' ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
    afterTime = name === 'TIME';
  };
  walk(root);
  flush();
  return lines;
}
