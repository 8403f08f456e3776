import { findXmlProblem, type XmlProblem } from './xml-problem.js';

/** A malformed item of a feed: its position among the items and its first well-formedness problem. */
export interface BadFeedItem {
  /** 1-based position of the item among the feed's items */
  position: number;
  /** the problem, with line and column in the whole feed (1-based; column in UTF-16 code units) */
  problem: XmlProblem;
}

/** A malformed feed with its bad items cut out: the text to parse, and what was left out. */
export interface FeedWithoutBadItems {
  /** the feed's text without the malformed items (well-formed) */
  text: string;
  /** 1-based positions, among all the feed's items, of the items kept in `text`, in order */
  kept: number[];
  /** the items left out, in order */
  bad: BadFeedItem[];
}

/** An RSS item or Atom entry, from its start tag to the next end tag of the same name (no nesting in feeds). */
const ITEM = /<(item|entry)(?=[\s>/])[^>]*>[\s\S]*?<\/\1\s*>/g;

/**
 * Cuts the malformed items out of a feed whose XML is malformed (an unclosed `<b>` in one item's description), so
 * that its other items can be read (fresh-eyes review 20: one bad item lost the whole feed). Each RSS `<item>` or Atom
 * `<entry>` (start tag to the next end tag of the same name) is checked on its own ({@link findXmlProblem}); the items
 * with a problem are left out, and the rest must then be well-formed, outside the items too.
 * @param text the feed's decoded text
 * @returns the text without its bad items, or null when that cannot help: no item, no item is bad alone, or the
 *   problem lies outside the items (then the feed as a whole is malformed)
 */
export function withoutBadItems(text: string): FeedWithoutBadItems | null {
  const kept: number[] = [];
  const bad: BadFeedItem[] = [];
  let out = '';
  let from = 0;
  let position = 0;
  for (const m of text.matchAll(ITEM)) {
    position++;
    const start = m.index;
    const problem = findXmlProblem(m[0]);
    out += text.slice(from, start);
    from = start + m[0].length;
    if (!problem) {
      out += m[0];
      kept.push(position);
      continue;
    }
    // the item's line and column in the whole feed
    const before = text.slice(0, start);
    const lines = before.split('\n');
    const column = problem.line === 1 ? problem.column + lines[lines.length - 1].length : problem.column;
    bad.push({ position, problem: { ...problem, line: problem.line + lines.length - 1, column } });
  }
  out += text.slice(from);
  if (!bad.length || findXmlProblem(out)) return null;
  return { text: out, kept, bad };
}
