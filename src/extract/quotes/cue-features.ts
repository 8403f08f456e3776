import type { Doc } from '../../nlp/doc.js';
import { FNV_OFFSET, fnvAdd, fnvChar } from '../../nlp/fnv1a.js';
import type { QuoteResources } from './resources.js';

/** Most features one token can have ({@link cueFeatures} writes at most this many hashes). */
export const MAX_CUE_FEATURES = 32;

/** Version of the feature set below; recorded in the model so a model trained on another set is refused. */
export const CUE_FEATURE_SET = 2;

const SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
const WH = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where']);
const NEXT_WORDS = new Set(['that', 'to', ':', ',', '.', 'by', 'as']);
const PREV_WORDS = new Set([',', ':', 'and', 'but', 'to']);

/** The first and last token inside quotation marks of a sentence, −1 when it has none. */
export interface QuotedBounds {
  readonly first: number;
  readonly last: number;
}

/**
 * The first and last quoted token of the sentence `[s0, s1)`, computed once per sentence for {@link cueFeatures}.
 * @param quoted per-token flag, non-zero inside quotation marks
 */
export function quotedBounds(quoted: Uint8Array, s0: number, s1: number): QuotedBounds {
  let first = -1;
  let last = -1;
  for (let t = s0; t < s1; t++) {
    if (!quoted[t]) continue;
    if (first < 0) first = t;
    last = t;
  }
  return { first, last };
}

/** The FNV-1a hash of a string's UTF-16 code units (each value is hashed once; templates combine these integers). */
function sh(s: string): number {
  return fnvAdd(FNV_OFFSET, s);
}

/** {@link sh} of `s.slice(from)` without allocating the slice (the suffix feature). */
function shFrom(s: string, from: number): number {
  return fnvAdd(FNV_OFFSET, s, from);
}

/** Continues an FNV-1a hash with the four bytes of a 32-bit integer, low byte first. */
function mix(h: number, x: number): number {
  return fnvChar(fnvChar(fnvChar(fnvChar(h, x & 0xff), (x >>> 8) & 0xff), (x >>> 16) & 0xff), x >>> 24);
}

/** Hash of template `id` with one value hash. */
function h1(id: number, a: number): number {
  return mix(fnvChar(FNV_OFFSET, id), a);
}

/** Hash of template `id` with two value hashes. */
function h2(id: number, a: number, b: number): number {
  return mix(mix(fnvChar(FNV_OFFSET, id), a), b);
}

/** Hash of template `id` with three value hashes. */
function h3(id: number, a: number, b: number, c: number): number {
  return mix(mix(mix(fnvChar(FNV_OFFSET, id), a), b), c);
}

/**
 * What stands before token `i` once adverbs, auxiliaries, particles and negation are stepped over: the start of the
 * sentence, a subject pronoun, a name, a noun, a comma, a quotation, or the part of speech there.
 */
function prevKind(doc: Doc, i: number, s0: number, quoted: Uint8Array): string {
  let j = i - 1;
  while (j >= s0 && !quoted[j] && (doc.pos[j] === 'ADV' || doc.pos[j] === 'AUX' || doc.pos[j] === 'PART')) j--;
  if (j < s0) return '^';
  if (quoted[j]) return 'Q';
  const w = doc.lower[j];
  if (SUBJECT_PRONOUN.has(w)) return 'subj';
  if (PREV_WORDS.has(w)) return w;
  return doc.pos[j];
}

/** What follows token `i`: a complementizer, "to", punctuation, a wh-word, a quotation or the part of speech there. */
function nextKind(doc: Doc, i: number, s1: number, quoted: Uint8Array): string {
  const k = i + 1;
  if (k >= s1) return '$';
  if (quoted[k]) return 'Q';
  const w = doc.lower[k];
  if (NEXT_WORDS.has(w)) return w;
  if (WH.has(w)) return 'wh';
  if (doc.pos[k] === 'ADP') return 'ADP';
  return doc.pos[k];
}

/**
 * The hashed features of token `i` for the cue model: the word, lemma, part of speech and suffix; the words and
 * parts of speech around it; what stands before it (subject pronoun, name, comma, quotation) and after it
 * (`that`, `to`, a colon, a quotation); whether a quotation lies before or after it in the sentence; its position;
 * and whether our cue lexicon (data/quotes/cues.json) lists it as a verb, noun or the start of a phrase, with its class.
 * Feature templates follow the usual token-classifier set (Ratnaparkhi 1996; Collins 2002), with the attribution
 * context cues of Pareti (2016, "PARC 3.0" attribution extraction) added.
 * @param doc the token layer
 * @param i the token (must lie in `[s0, s1)` and not inside quotation marks)
 * @param s0 first token of its sentence; `s1` the token after its last
 * @param quoted per-token flag, non-zero inside quotation marks
 * @param lexicon the cue lexicon
 * @param quotes the first and last quoted token of the sentence ({@link quotedBounds})
 * @param out receives the feature hashes (length ≥ {@link MAX_CUE_FEATURES})
 * @returns the number of hashes written
 */
export function cueFeatures(
  doc: Doc,
  i: number,
  s0: number,
  s1: number,
  quoted: Uint8Array,
  lexicon: QuoteResources,
  quotes: QuotedBounds,
  out: Uint32Array,
): number {
  const lower = doc.lower;
  const pos = doc.pos;
  const w = lower[i];
  const lemma = doc.lemmas[i];
  const p = pos[i];
  const pm1 = i - 1 >= s0 ? pos[i - 1] : '^';
  const pm2 = i - 2 >= s0 ? pos[i - 2] : '^';
  const pp1 = i + 1 < s1 ? pos[i + 1] : '$';
  const pp2 = i + 2 < s1 ? pos[i + 2] : '$';
  const wm1 = i - 1 >= s0 ? (quoted[i - 1] ? '"' : lower[i - 1]) : '^';
  const wm2 = i - 2 >= s0 ? (quoted[i - 2] ? '"' : lower[i - 2]) : '^';
  const wp1 = i + 1 < s1 ? (quoted[i + 1] ? '"' : lower[i + 1]) : '$';
  const wp2 = i + 2 < s1 ? (quoted[i + 2] ? '"' : lower[i + 2]) : '$';
  const qBefore = quotes.first >= 0 && quotes.first < i ? '1' : '0';
  const qAfter = quotes.last > i ? '1' : '0';
  const pk = prevKind(doc, i, s0, quoted);
  const nk = nextKind(doc, i, s1, quoted);
  const verb = lexicon.verbs.get(lemma) ?? lexicon.verbs.get(w);
  const noun = lexicon.nouns.get(lemma) ?? lexicon.nouns.get(w);
  let phrase = '-';
  const phrases = lexicon.phrases.get(lemma) ?? lexicon.phrases.get(w);
  if (phrases) {
    for (const e of phrases) {
      if (i + e.length > s1) continue;
      let ok = true;
      for (let k = 0; k < e.rest.length; k++) if (lower[i + 1 + k] !== e.rest[k]) ok = false;
      if (ok) {
        phrase = e.class;
        break;
      }
    }
  }
  const c0 = doc.text.charCodeAt(doc.starts[i]);
  const upper = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(doc.text[doc.starts[i]] ?? '');
  const cap = upper ? (i === s0 ? 'C0' : 'C') : 'l';
  const fromStart = i - s0 < 3 ? i - s0 : 3;
  const toEnd = s1 - i < 4 ? s1 - i : 4;
  // each value hashed once
  const hW = sh(w);
  const hL = sh(lemma);
  const hP = sh(p);
  const hPm1 = sh(pm1);
  const hPp1 = sh(pp1);
  const hWm1 = sh(wm1);
  const hWp1 = sh(wp1);
  const hPk = sh(pk);
  const hNk = sh(nk);
  const hVerb = sh(verb ? verb.class : '-');
  const hQb = qBefore === '1' ? 1 : 0;
  const hQa = qAfter === '1' ? 1 : 0;
  let n = 0;
  out[n++] = h1(1, 0);
  out[n++] = h1(2, hW);
  out[n++] = h1(3, hL);
  out[n++] = h1(4, hP);
  out[n++] = h2(5, hL, hP);
  out[n++] = h1(6, w.length > 3 ? shFrom(w, w.length - 3) : hW);
  out[n++] = h1(7, hWm1);
  out[n++] = h1(8, hWp1);
  out[n++] = h2(9, hPm1, hP);
  out[n++] = h2(10, hP, hPp1);
  out[n++] = h3(11, sh(pm2), hPm1, hP);
  out[n++] = h3(12, hP, hPp1, sh(pp2));
  out[n++] = h2(13, hL, hWp1);
  out[n++] = h2(14, hWm1, hL);
  out[n++] = h2(15, hVerb, hP);
  out[n++] = h1(16, sh(phrase));
  out[n++] = h2(17, sh(noun ? noun.class : '-'), hNk);
  out[n++] = h2(18, hPk, hP);
  out[n++] = h2(19, hL, hPk);
  out[n++] = h3(20, hQb, hQa, hP);
  out[n++] = h2(21, hNk, hP);
  out[n++] = h2(22, sh(cap), hP);
  out[n++] = h2(23, hL, hNk);
  out[n++] = h1(24, sh(wp2));
  out[n++] = h3(25, fromStart, toEnd, hP);
  out[n++] = h3(26, hL, hQb, hQa);
  out[n++] = h1(27, sh(wm2));
  out[n++] = h3(28, hVerb, hPk, hNk);
  return n;
}
