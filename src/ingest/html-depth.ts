/**
 * A bound on how deep a parsed page nests its elements. Readability, the boilerplate filters and the CSS selector
 * engine cost (elements × depth) and walk the tree recursively, so a hostile or broken page of 50,000 nested `<div>`s
 * (or unclosed `<font>` tags) ran five minutes and then overflowed the stack. Real news pages nest far less: the
 * deepest of the 86 html-fundus pages is 26 levels below `<html>`.
 */

/**
 * Elements deeper than this are flattened when they are wrappers (see {@link flattenDeepNesting}): 2.5× the deepest
 * html-fundus page. Readability's cost grows faster than the square of the depth (measured on one chain of nested
 * `<div>`s: 250 levels 1.3 s, 500 levels 3.7 s, 1,000 levels 13 s, 2,000 levels 124 s), so a page kept 256 levels
 * deep still cost 1–2 s; at 64 (+16 kept) it is ~0.15 s.
 */
export const MAX_ELEMENT_DEPTH = 64;
/** A subtree at most this many levels high is kept whole below {@link MAX_ELEMENT_DEPTH} (a paragraph and its links). */
export const KEPT_SUBTREE_HEIGHT = 16;

/** Elements that end a line of text (as in html-text.ts): a flattened one leaves a `<br>` on each side. */
const LINE_BREAKING = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'DETAILS', 'SUMMARY',
]);

/** The node shape used (linkedom and browser DOMs both fit). */
export interface DepthNode {
  nodeType: number;
  nodeName: string;
  firstChild: DepthNode | null;
  nextSibling: DepthNode | null;
  previousSibling: DepthNode | null;
  parentNode: DepthNode | null;
  insertBefore(node: DepthNode, before: DepthNode | null): unknown;
  remove(): void;
}

/** The document shape used: its root element and a factory for `<br>`. */
export interface DepthDocument {
  documentElement: DepthNode | null;
  createElement(name: string): DepthNode;
}

/**
 * Flattens the wrappers of a page nested deeper than `maxDepth`: every element below that depth whose own subtree is
 * more than `keptHeight` levels high is replaced by its children (a block element by its children between two
 * `<br>`s, so that the text keeps its line breaks; one `<br>` where two would meet); subtrees at most `keptHeight` high (a paragraph with its links
 * and emphasis) are kept whole. Afterwards no element is deeper than `maxDepth + keptHeight + 1`, and the text is
 * the same, in the same order. A page no deeper than `maxDepth` is not touched. Linear in the number of nodes, no
 * recursion (the walks keep their own stacks).
 * @param doc a parsed page; changed in place
 * @param maxDepth depth (elements below the root element) from which wrappers are flattened (default {@link MAX_ELEMENT_DEPTH})
 * @param keptHeight the highest subtree kept whole below `maxDepth` (default {@link KEPT_SUBTREE_HEIGHT})
 * @returns the number of elements flattened (0 for a page no deeper than `maxDepth`)
 */
export function flattenDeepNesting(doc: DepthDocument, maxDepth = MAX_ELEMENT_DEPTH, keptHeight = KEPT_SUBTREE_HEIGHT): number {
  const root = doc.documentElement;
  if (!root) return 0;
  // pre-order walk: elements, their depth and the index of their parent element
  const elements: DepthNode[] = [];
  const depths: number[] = [];
  const parents: number[] = [];
  let deepest = 0;
  const stack: number[] = [];
  let node: DepthNode | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const depth = stack.length;
      elements.push(node);
      depths.push(depth);
      parents.push(depth > 0 ? stack[depth - 1] : -1);
      if (depth > deepest) deepest = depth;
      if (node.firstChild) {
        stack.push(elements.length - 1);
        node = node.firstChild;
        descend = true;
      }
    }
    if (descend) continue;
    // next node: a sibling, or the sibling of the nearest ancestor that has one
    while (node && !node.nextSibling) {
      if (stack.length === 0) {
        node = null;
        break;
      }
      node = elements[stack.pop() as number];
      if (node === root) {
        node = null;
        break;
      }
    }
    if (node) node = node.nextSibling;
  }
  if (deepest <= maxDepth) return 0;
  // heights: children come after their parents in pre-order, so a reverse pass sees every child first
  const heights = new Int32Array(elements.length);
  for (let i = elements.length - 1; i > 0; i--) {
    const p = parents[i];
    if (heights[i] + 1 > heights[p]) heights[p] = heights[i] + 1;
  }
  let flattened = 0;
  // the <br>s put in, so that a wrapper right inside another adds none beside its parent's
  const breaks = new Set<DepthNode>();
  const lineBreak = (parent: DepthNode, before: DepthNode) => {
    const br = doc.createElement('br');
    breaks.add(br);
    parent.insertBefore(br, before);
  };
  for (let i = 0; i < elements.length; i++) {
    if (depths[i] <= maxDepth || heights[i] <= keptHeight) continue;
    const el = elements[i];
    const parent = el.parentNode;
    if (!parent) continue;
    const lineBreaking = LINE_BREAKING.has(el.nodeName.toUpperCase());
    if (lineBreaking && !(el.previousSibling && breaks.has(el.previousSibling))) lineBreak(parent, el);
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    if (lineBreaking && !(el.nextSibling && breaks.has(el.nextSibling))) lineBreak(parent, el);
    el.remove();
    flattened++;
  }
  return flattened;
}

/** Open tags counted by {@link capTagNesting} before it drops further ones. */
export const MAX_OPEN_TAGS = 1024;

/** Void elements (never opened) and elements the parser closes by themselves when the next one opens. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc',
]);

/** A start or end tag: its slash and its name (attribute values with `>` in quotes are rare; they only shift the count). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;

/**
 * Drops start tags that would open more than `limit` elements at once, and as many end tags of the same names,
 * before the page is parsed: htmlparser2 (under linkedom) keeps its open elements with Array.shift/unshift, so
 * parsing one chain of 200,000 nested `<div>`s (1 MB) took 35 s, and a 32 MiB page hours. The count is the page's
 * start tags less its end tags, leaving out void elements and those the parser closes by itself (p, li, td…); the
 * text between tags is kept. A page that never reaches `limit` is returned unchanged (the same string).
 * @param html page source (after stripInertMarkup: no scripts, styles or comments)
 * @param limit open elements allowed (default {@link MAX_OPEN_TAGS})
 * @returns the source with the excess tags removed
 */
export function capTagNesting(html: string, limit = MAX_OPEN_TAGS): string {
  let open = 0;
  const dropped = new Map<string, number>();
  let droppedAny = false;
  const out: string[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name)) continue;
    let drop = false;
    if (m[1] === '') {
      if (open >= limit) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop = true;
      }
      open++;
    } else {
      const d = dropped.get(name) ?? 0;
      if (d > 0) {
        dropped.set(name, d - 1);
        drop = true;
      }
      if (open > 0) open--;
    }
    if (!drop) continue;
    droppedAny = true;
    const at = m.index ?? 0;
    out.push(html.slice(last, at));
    last = at + m[0].length;
  }
  if (!droppedAny) return html;
  out.push(html.slice(last));
  return out.join('');
}
