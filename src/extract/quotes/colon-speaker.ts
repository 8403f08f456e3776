import type { Doc } from '../../nlp/doc.js';
import { spacedBothSides } from './doc-helpers.js';

/** Dashes that set a byline-like name off the headline words before it ("… FOR THE FIRST TIME - Jo Doe: “…”"). */
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '--']);
/** Most tokens between the sentence start and a dash that opens the speaker's phrase (a headline or a lead-in). */
const MAX_LEAD = 16;

/**
 * Where the speaker phrase of a colon line `X: “…”` may start, besides the sentence start: after a dash that ends a
 * headline or lead-in ("RED STATES OUTNUMBER BLUE STATES - Jo Doe: “…”", "Pollsters agree - Carl Roe: “…”", as live
 * blogs and poll round-ups set out the quotes they gather), or after an opening `From` or `More from` ("More from Roe:
 * “…”", "From the report: “…”"). PolNeAR marks the name as the source and the colon as the cue (train: 11 such lines,
 * all of them quoted right after the colon). The caller checks that a noun phrase runs from there to the colon.
 * @param doc the token layer
 * @param s0 first token of the sentence
 * @param colon the colon's token index, right before the quotation
 * @param quoted per-token flag, non-zero inside a direct quote
 * @returns the first token of the speaker phrase, or -1 when neither a dash nor a `from` opens it
 */
export function colonSpeakerStart(doc: Doc, s0: number, colon: number, quoted: Uint8Array): number {
  // "More from Roe:", "From the report:"
  const w0 = doc.lower[s0];
  if (w0 === 'from' && colon - s0 >= 2) return s0 + 1;
  if (w0 === 'more' && doc.lower[s0 + 1] === 'from' && colon - s0 >= 3) return s0 + 2;
  // "… - Jo Doe:": the last dash before the colon, with a lead before it
  for (let t = colon - 1; t > s0 && t >= colon - 8; t--) {
    if (quoted[t]) return -1;
    if (!DASHES.has(doc.lower[t])) continue;
    // (a hyphen only when spaced on both sides, or glued to the name after it: "all along -More from Roe:")
    const dash = doc.lower[t] !== '-' || spacedBothSides(doc, t, colon) || (doc.ends[t - 1] < doc.starts[t] && doc.ends[t] === doc.starts[t + 1]);
    if (!dash || t - s0 > MAX_LEAD) return -1;
    if (doc.lower[t + 1] === 'from') return t + 2;
    if (doc.lower[t + 1] === 'more' && doc.lower[t + 2] === 'from') return t + 3;
    return t + 1;
  }
  return -1;
}
