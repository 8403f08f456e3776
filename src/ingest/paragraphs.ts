/** A block is taken as hard-wrapped when its lines are no longer than this (characters). */
const MAX_WRAP_WIDTH = 100;
/** …and its longest line is at least this long (short lines are separate paragraphs, not a wrap). */
const MIN_WRAP_WIDTH = 50;
/** …and its non-final lines reach at least this share of the block's longest line. */
const MIN_FILL = 0.55;

/**
 * Joins hard-wrapped lines into one line per paragraph, so that one text line = one paragraph
 * (the Doc's paragraph model). Paragraphs are separated by blank lines, or by an indented line
 * (Reuters-style `    ` paragraph starts). Inside a block, lines are joined only when they look wrapped at a
 * fixed width (the longest line 50–100 characters, every non-final line ≥ 55% of the longest): a text that
 * already has one paragraph per line (the seed layout, most JSON Lines) is left as it is.
 * @param text text with LF line ends
 * @returns text with one paragraph per line and blank lines kept between blocks (normaliseText collapses them)
 */
export function unwrapParagraphs(text: string): string {
  const blocks = text.split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) {
      out.push(block);
      continue;
    }
    // split further at indented lines (a paragraph start in wire copy)
    const paras: string[][] = [];
    for (const line of lines) {
      if (paras.length === 0 || /^(?: {2,}|\t)\S/.test(line)) paras.push([line]);
      else paras[paras.length - 1].push(line);
    }
    const joined: string[] = [];
    for (const p of paras) {
      const trimmed = p.map((l) => l.trim());
      const max = Math.max(...trimmed.map((l) => l.length));
      const wrapped = trimmed.length > 1 && max >= MIN_WRAP_WIDTH && max <= MAX_WRAP_WIDTH && trimmed.slice(0, -1).every((l) => l.length >= MIN_FILL * max);
      if (wrapped) joined.push(trimmed.join(' ').replace(/\s{2,}/g, ' '));
      else joined.push(...trimmed);
    }
    out.push(joined.join('\n'));
  }
  return out.join('\n\n');
}

/** A sentence end: `.!?` (not after an abbreviation or a single capital, as in U.S.), a closing quote, space, capital. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Prof|Inc|Co|Corp|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]))([.!?]["'”’]?)\s+(?=["'“‘(]?[A-Z0-9])/g;

/**
 * A title for text that has none: its first sentence (ending in `.`, `!` or `?` — not after Mr, Gen, U.S. and the like —
 * followed by a space and an upper-case letter or quote; at least 20 characters), or its first line, cut at a word boundary to at most `max` characters.
 * @param text normalised body text
 * @param max longest title in characters (default 160)
 * @returns the title, '' for empty text
 */
export function titleFromText(text: string, max = 160): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  let title = line;
  for (const m of line.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[1].length;
    if (end >= 20) {
      title = line.slice(0, end);
      break;
    }
  }
  if (title.length > max) {
    const cut = title.lastIndexOf(' ', max - 1);
    title = `${title.slice(0, cut > max / 2 ? cut : max - 1)}…`;
  }
  return title;
}

/** A wire-copy dateline alone on the first line: `HAVANA (AP) --`, `NAIROBI, Kenya (AP) _`, `MIAMI _`. */
const DANGLING_DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?(?:\s*\([A-Za-z .]{1,20}\))?\s*(?:--|_|—|–|-)$/;

/**
 * Joins a dateline that stands alone on the first line (`HAVANA (AP) --`) to the paragraph it opens, as wire copy
 * prints it (`HAVANA (AP) -- Cuba said…`), so that it does not become a sentence of its own.
 * @param text text with one paragraph per line
 * @returns the text with the first line joined to the second when it is a dangling dateline
 */
export function joinDanglingDateline(text: string): string {
  const m = /^\s*([^\n]*)\n+(?=\S)/.exec(text);
  if (!m || m[1].length > 80 || !DANGLING_DATELINE.test(m[1].trim())) return text;
  return `${m[1].trim()} ${text.slice(m[0].length)}`;
}
