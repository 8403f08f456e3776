/**
 * A stretch of text between quotation marks, found at the top level of a paragraph (marks nested
 * inside it stay part of its content). Offsets are UTF-16 code units into the article text.
 */
export interface QuoteFragment {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on (`closed` false). */
  readonly close: number;
  /** Offset just after the closing mark (`close + 2` for a doubled apostrophe mark, '' ), or `close` when unclosed. */
  readonly closeEnd: number;
  /** Content span without the marks, trimmed of surrounding spaces and of a trailing comma. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  /** True when the quote carries on into the next paragraph (news convention: opening mark on each paragraph). */
  readonly continues: boolean;
  /** True when this fragment carries on a quote left open at the end of the previous paragraph. */
  readonly continuation: boolean;
  /**
   * True when this fragment carries on the previous fragment of the same paragraph after a paragraph break lost in the
   * text (`…in Iraq. "And they…`, see {@link mergedParagraphBreak}): it is the same speaker's quote.
   */
  readonly runOn: boolean;
}

/** A non-fatal finding of the scanner: a mark that could not be matched. */
export interface QuoteMarkMessage {
  readonly ruleId: 'unbalanced-quote' | 'stray-closing-mark';
  readonly offset: number;
}

type MarkKind = 'double' | 'single' | 'guillemet';
type Role = 'open' | 'close' | 'either' | 'apostrophe' | 'none';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013/-]/u;

function kindOf(ch: string): MarkKind | null {
  switch (ch) {
    case '"':
    case '\u201C':
    case '\u201D':
    case '\u201E':
      return 'double';
    case "'":
    case '\u2018':
    case '\u2019':
      return 'single';
    case '\u00AB':
    case '\u00BB':
      return 'guillemet';
    default:
      return null;
  }
}

/**
 * The role a mark can play from its shape and neighbours: curly and angle marks say it themselves,
 * straight marks are told by their neighbours; `’`/`'` between letters (don't; `"` too when a lower-case letter follows,
 * as wire copy sometimes types it: don"t), after a plural
 * `s` with no single quote open (Jones'), or before digits ('80s) is an apostrophe.
 */
function roleOf(ch: string, prev: string, next: string, singleOpen: boolean): Role {
  const prevWordy = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const nextWordy = next !== '' && LETTER_OR_DIGIT.test(next);
  const prevOpener = prev === '' || SPACE_OR_OPENER.test(prev) || kindOf(prev) !== null;
  switch (ch) {
    case '\u201C':
    case '\u201E':
    case '\u00AB':
      return 'open';
    case '\u201D':
    case '\u00BB':
      return 'close';
    case '"':
      // a straight double mark typed for an apostrophe in wire copy (don"t, it"s): letters on both sides, lower case after
      if (prev !== '' && LETTER.test(prev) && /^\p{Ll}$/u.test(next)) return 'apostrophe';
      if (prevOpener && next !== '' && !/\s/.test(next)) return 'open';
      if (!prevOpener) return 'close';
      return 'either';
    case '\u2018':
    case "'":
    case '\u2019': {
      if (prevWordy && nextWordy) return 'apostrophe'; // don't, Xi's
      if (prevOpener && next !== '' && DIGIT.test(next)) return 'apostrophe'; // '80s
      if (ch === '\u2018') return 'open';
      if (prevOpener && nextWordy) return ch === "'" || !singleOpen ? 'open' : 'close';
      if (!singleOpen) return prevWordy && LETTER.test(prev) ? 'apostrophe' : 'none'; // Jones'
      return 'close';
    }
    default:
      return 'none';
  }
}

interface OpenMark {
  readonly kind: MarkKind;
  readonly offset: number;
  /** opened where a quote went on after a lost paragraph break (see {@link mergedParagraphBreak}) */
  readonly runOn?: boolean;
}

/**
 * True when the straight double mark at `at` opens a sentence right after one that ended (`…in Iraq. "And they…`):
 * read while a straight double quote is open, it is a paragraph break of that quote lost when its paragraphs were
 * run together (texts stored one paragraph a line lose breaks; the BBC News full-text set has ~1,500 such marks).
 */
function mergedParagraphBreak(text: string, at: number): boolean {
  return at >= 2 && text[at - 1] === ' ' && /[.!?]/.test(text[at - 2]) && /\p{Lu}/u.test(text[at + 1] ?? '');
}

/**
 * Finds direct-quote fragments paragraph by paragraph with a fresh stack for each paragraph, so an
 * unbalanced mark never swallows more than its own paragraph. Handles straight, curly and angle marks,
 * nested quotes (kept inside the outer quote), apostrophes (don't, Jones', '80s), and quotes running
 * over several paragraphs (opening mark on each, closing mark only on the last).
 * @param text the article text
 * @param paragraphs paragraph char spans `[start, end)` in text order
 * @returns fragments in text order, and messages for unmatched marks
 */
export function scanQuoteMarks(
  text: string,
  paragraphs: readonly { readonly start: number; readonly end: number }[],
): { fragments: QuoteFragment[]; messages: QuoteMarkMessage[] } {
  const fragments: QuoteFragment[] = [];
  const messages: QuoteMarkMessage[] = [];
  let carried = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p];
    const stack: OpenMark[] = [];
    const startsWithOpen = isOpeningAt(text, pStart);
    const continuation = carried && startsWithOpen;
    carried = false;
    for (let i = pStart; i < pEnd; i++) {
      // most characters are no quotation mark (and an apostrophe is one: kindOf("'") is 'single')
      if (kindOf(text[i]) === null) continue;
      i = scanMark(text, i, p, pStart, continuation, stack, fragments, messages);
    }
    // a double quote left open at the paragraph end
    const bottom = stack.find((m) => m.kind !== 'single');
    if (bottom) {
      const next = paragraphs[p + 1];
      const continues = next !== undefined && isOpeningAt(text, next.start);
      if (!continues) messages.push({ ruleId: 'unbalanced-quote', offset: bottom.offset });
      fragments.push(fragment(text, bottom.offset, pEnd, p, false, continues, continuation && bottom.offset === firstMarkOffset(text, pStart), bottom.runOn === true));
      carried = continues;
    }
  }
  return { fragments, messages };
}

/**
 * Reads the quotation mark at `i` of paragraph `p` (starting at `pStart`; `continuation` when it carries on a quote of
 * the previous one): opens a quote on `stack`, or closes one (a fragment when it closes the outermost), or records a
 * stray closing mark; apostrophes are skipped. A function of its own so that the scan over every character of the
 * article stays small (V8 compiles it again after each deoptimisation; see src/ingest/README.md).
 * @returns the index of the mark's last character (`i + 1` for a doubled apostrophe standing for a double mark)
 */
function scanMark(
  text: string,
  i: number,
  p: number,
  pStart: number,
  continuation: boolean,
  stack: OpenMark[],
  fragments: QuoteFragment[],
  messages: QuoteMarkMessage[],
): number {
  let at = i;
  // two apostrophes stand for a double mark (''like this'', a newswire convention); three after an open single
  // quote close it and then the double one (''They told me, 'Go home,''' she said)
  const singleOpen = stack.some((m) => m.kind === 'single');
  const tripleClose = singleOpen && text[at] === "'" && text[at + 1] === "'" && text[at + 2] === "'";
  const doubled = !tripleClose && text[at] === "'" && text[at + 1] === "'";
  const ch = doubled ? '"' : text[at];
  const kind = kindOf(ch);
  if (kind === null) return at;
  let role = roleOf(ch, at > 0 ? text[at - 1] : '', at + (doubled ? 2 : 1) < text.length ? text[at + (doubled ? 2 : 1)] : '', singleOpen);
  if (doubled) at++;
  if (role === 'apostrophe' || role === 'none') return at;
  if (ch === '"') {
    // a straight double mark closes when the innermost open double quote is straight, or when it cannot open
    let top = stack.length - 1;
    while (top >= 0 && stack[top].kind !== 'double') top--;
    if (top === 0 && stack.length === 1 && text[stack[0].offset] === '"' && role === 'open' && mergedParagraphBreak(text, at)) {
      // `…in Iraq. "And they saw…` with a quote open: two paragraphs of one quote run together (the news convention of an
      // opening mark on each paragraph, the break lost), so the quote goes on in a fragment of its own
      fragments.push(fragment(text, stack[0].offset, at, p, false, true, continuation && stack[0].offset === firstMarkOffset(text, pStart), stack[0].runOn === true));
      stack[0] = { kind, offset: at, runOn: true };
      return at;
    }
    if (top >= 0 && (text[stack[top].offset] === '"' || text[stack[top].offset] === "'" || role !== 'open')) role = 'close';
    else if (role === 'either') role = 'open';
  }
  if (role === 'open') {
    stack.push({ kind, offset: doubled ? at - 1 : at });
    return at;
  }
  // close: pop to the nearest open mark of the same kind
  let k = stack.length - 1;
  while (k >= 0 && stack[k].kind !== kind) k--;
  if (k < 0) {
    if (kind !== 'single') messages.push({ ruleId: 'stray-closing-mark', offset: at });
    return at;
  }
  const open = stack[k];
  stack.length = k;
  if (k === 0) fragments.push(fragment(text, open.offset, doubled ? at - 1 : at, p, true, false, continuation && open.offset === firstMarkOffset(text, pStart), open.runOn === true));
  return at;
}

function firstMarkOffset(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function isOpeningAt(text: string, at: number): boolean {
  const i = firstMarkOffset(text, at);
  const ch = text[i];
  if (ch === '\u201C' || ch === '\u00AB' || ch === '\u201E' || ch === '\u2018') return true;
  return (ch === '"' || ch === "'") && i + 1 < text.length && !/\s/.test(text[i + 1]);
}

function fragment(
  text: string,
  open: number,
  close: number,
  paragraph: number,
  closed: boolean,
  continues: boolean,
  continuation: boolean,
  runOn: boolean,
): QuoteFragment {
  let start = open + (text[open] === "'" && text[open + 1] === "'" ? 2 : 1);
  let end = close;
  const closeEnd = closed ? close + (text[close] === "'" && text[close + 1] === "'" ? 2 : 1) : close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { open, close, closeEnd, start, end, paragraph, closed, continues, continuation, runOn };
}
