import type { Span } from '../../model/span.js';
import type { Doc, Sentence } from '../../nlp/doc.js';

/** A sentence the splitter ended after a title before a name ("then-Sen. Barack Obama", "particularly Sens. Ted Cruz and …"). */
const TITLE_END = /(?:^|[\s\-(\u2013\u2014])(?:Sen|Sens|Rep|Reps|Gov|Govs|Rev|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Mr|Mrs|Ms)\.$/;

/**
 * The sentences to scan for attributions: the Doc's sentences, with a sentence that starts in lower case, follows a
 * title abbreviation ("then-Sen. Barack Obama") or follows an unclosed parenthesis ("Rep. Jo Doe (R-S.C.) said") joined to the one before it (the splitter breaks after "Rep. Jane Doe (D-Ohio.)" or "U.S."), so a cue
 * keeps its speaker.
 */
export function clauses(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  // '(' less ')' in the last clause's text, counted once per character (review 26: recounting the growing clause for
  // every sentence joined to it took 122 s on 150,000 '(' then 150,000 ')')
  let parens = 0;
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && (parens > 0 || /^[\p{Ll},;)]/u.test(doc.text[s.start] ?? '') || TITLE_END.test(doc.text.slice(Math.max(prev.start, prev.end - 8), prev.end)))) {
      // (written out in the Doc's own field order rather than spread, so a joined sentence has the shape of the others)
      out[out.length - 1] = { index: prev.index, start: prev.start, end: s.end, firstToken: prev.firstToken, endToken: s.endToken, paragraph: prev.paragraph };
      parens += parenBalance(doc.text, prev.end, s.end);
    } else {
      out.push(s);
      parens = parenBalance(doc.text, s.start, s.end);
    }
  }
  return out;
}

/** Number of '(' less the number of ')' in `text` over `[start, end)`. */
function parenBalance(text: string, start: number, end: number): number {
  let balance = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) balance++;
    else if (c === 41) balance--;
  }
  return balance;
}

/** True when a comma token lies in `[from, to)`. */
export function hasComma(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.lower[t] === ',') return true;
  return false;
}

/** True when a verb or auxiliary lies in `[from, to)`. */
export function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return true;
  return false;
}

/** True when any token of `[from, to)` is already attributed. */
export function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (covered[t]) return true;
  return false;
}

/** Index of the sentence holding token `t` (binary search). */
export function sentenceIndexOf(doc: Doc, t: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (doc.sentences[mid].firstToken <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The {@link Span} covering tokens `[start, end)`. */
export function spanOfTokens(doc: Doc, start: number, end: number): Span {
  const s = doc.starts[start];
  const e = doc.ends[end - 1];
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/**
 * True when token `t` has white space on both sides, with a token before it and one after it before `end`: a hyphen so
 * written is a dash between clauses or an aside ("X - a teacher - says", "CHICAGO, March 9 - Acme Inc said"), never
 * part of a word ("Smith-Jones").
 * @param end first token past the range the token after `t` must lie in (default: the document's end)
 */
export function spacedBothSides(doc: Doc, t: number, end: number = doc.tokenCount): boolean {
  return t > 0 && t + 1 < end && doc.ends[t - 1] < doc.starts[t] && doc.ends[t] < doc.starts[t + 1];
}
