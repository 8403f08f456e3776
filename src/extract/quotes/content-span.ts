import type { Doc } from '../../nlp/doc.js';
import { sumWeights, type CueModel } from './cue-model.js';
import { lengthBucket as bucket, templateHash as h } from './content-end.js';
import type { CueMatch } from './find-cues.js';
import { hasVerb } from './doc-helpers.js';
import type { CueClass } from './resources.js';

/** Version of the content-span feature set; recorded in the model (`meta.featureSet`). */
export const CONTENT_SPAN_FEATURE_SET = 201;

/** Most features one start, end or pair of a candidate span can have (each part separately). */
export const MAX_SPAN_PART_FEATURES = 20;

/**
 * The cue classes whose unread content the model reads: every class but `source` ("according to", "in a poll": the
 * rules read those). Speech and writing cues first (2026-11-30); beliefs, requests and evidence since 2026-12-01, chosen
 * on held-out PolNeAR train (every fifth article, model trained on the others): 37 more predictions (20 right at overlap), content F1 at
 * overlap 75.3 -> 75.5, cue F1 72.7 -> 72.9, word-exact 63.1 -> 63.0. Their quotes keep their cue's class, so the
 * `speech`/`writing` view (`--cue-class speech,writing`) is unchanged.
 */
export const CONTENT_SPAN_CLASSES: ReadonlySet<CueClass> = new Set<CueClass>(['speech', 'writing', 'belief', 'request', 'evidence']);

/** Farthest start after the token following the cue (and its addressee) that a candidate may have. */
const MAX_START_OFFSET = 3;

/** How far after the cue a "that", an opening quotation mark or a comma may end an adjunct of the cue (tokens). */
const MAX_ADJUNCT = 20;

/**
 * The candidate contents of one cue whose content no rule could read: every span starting right after the cue (and
 * its addressee) or up to {@link MAX_START_OFFSET} tokens later, or after the noun phrase there, and ending anywhere
 * before the clause limit; the clause before the speaker (`…, he argued`); and "none". Each start, end and the
 * "none" choice carry their hashed features; a span's score is start + end + pair features.
 */
export interface SpanCandidates {
  /** Start tokens (inclusive); `startKind` names how each was reached ("a0" … "a3", "np", "before"). */
  readonly starts: number[];
  readonly startKind: string[];
  readonly startHashes: Uint32Array[];
  /** End tokens (exclusive), each with its hashes. */
  readonly ends: number[];
  readonly endHashes: Uint32Array[];
  /** Allowed (start index, end index) pairs, flattened. */
  readonly pairs: number[];
  /** The farthest end a span after the cue may have (a span ending there "reaches the limit"). */
  readonly reach: number;
  /** Hashes of the "no content" choice. */
  readonly none: Uint32Array;
}

const WORDY = /[\p{L}\p{N}]/u;
const OPEN_MARK = /^["'\u201C\u2018\u00AB(]$/;
const CLOSE_MARK = /^["'\u201D\u2019\u00BB)]$/;

/** A token a content may open with: a word, or an opening quotation mark. */
function canOpen(doc: Doc, t: number): boolean {
  return WORDY.test(doc.lower[t]) || OPEN_MARK.test(doc.lower[t]);
}

/** A token a content may close with: a word, a closing quotation mark or a question/exclamation mark inside quotes. */
function canClose(doc: Doc, t: number, quoted: Uint8Array): boolean {
  return WORDY.test(doc.lower[t]) || CLOSE_MARK.test(doc.lower[t]) || (quoted[t] === 1 && /^[?!.]$/.test(doc.lower[t]));
}

/**
 * What a start after the cue steps over: the parts of speech of `[k, s)` ("ADP PROPN" for "on Twitter"), up to three,
 * then the first two and how many more; "before" for a start before the cue.
 */
function skipped(doc: Doc, k: number, s: number): string {
  if (s < k) return 'before';
  if (s - k <= 3) {
    let out = '';
    for (let t = k; t < s; t++) out += doc.pos[t] + ' ';
    return out;
  }
  return `${doc.pos[k]} ${doc.pos[k + 1]} +${bucket(s - k - 2)}`;
}

/** The cue's frames as one short string ("t" that, "i" to, "n" np, "c" complement). */
function frameCode(c: CueMatch): string {
  const f = c.entry.frames;
  return (f.has('that') ? 't' : '') + (f.has('to') ? 'i' : '') + (f.has('np') ? 'n' : '') + (f.has('complement') ? 'c' : '');
}

/** The cue model's score in coarse bands ("?" without a model). */
function scoreBand(c: CueMatch): string {
  const s = c.score;
  return s === undefined ? '?' : s < -5 ? 'lo' : s < 0 ? '-' : s < 5 ? '+' : s < 10 ? '++' : 'hi';
}

/** The speaker phrase's last token's part of speech, or a pronoun marker. */
function speakerShape(doc: Doc, c: CueMatch): string {
  if (!c.speaker) return '-';
  const t = c.speaker.end - 1;
  return doc.pos[t] === 'PRON' ? 'pron' : doc.pos[t];
}

/**
 * The candidate contents of cue `c` ({@link SpanCandidates}), within `[s0, limit)`; tokens flagged in `blocked`
 * (already attributed, another cue) end a span before them.
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param c the cue (with its speaker); `s0` the first token of its clause; `limit` the last token (exclusive) a content
 *   after it may reach, already cut before text another attribution holds
 * @param blocked per-token flag: a content may not hold this token
 * @param npEnd the end (exclusive) of a noun phrase starting right after the cue, or -1
 * @returns the candidates; `pairs` is empty when nothing can be read
 */
export function contentSpanCandidates(doc: Doc, c: CueMatch, s0: number, limit: number, quoted: Uint8Array, blocked: Uint8Array, npEnd: number): SpanCandidates {
  const lemma = c.entry.lemma;
  const cls = c.entry.class;
  const k = c.after;
  const w0 = k < limit ? (quoted[k] ? '"' : doc.lower[k]) : '$';
  const p0 = k < limit ? doc.pos[k] : '$';
  const p1 = k + 1 < limit ? doc.pos[k + 1] : '$';
  const shape = `${c.side ?? '-'}${c.passive ? 'p' : ''}${c.coordinated ? 'c' : ''}${c.addressee ? 'a' : ''}`;
  const frames = frameCode(c);
  const band = scoreBand(c);
  const spk = speakerShape(doc, c);
  const none = Uint32Array.of(
    h(1, 'none'),
    h(2, lemma),
    h(3, cls),
    h(4, w0),
    h(5, p0, p1),
    h(6, band),
    h(7, shape),
    h(8, frames, p0),
    h(9, cls, p0),
    h(10, lemma, w0),
    h(11, spk),
    h(12, k >= limit ? 'empty' : bucket(limit - k)),
    h(13, c.entry.learned ? 'learned' : 'lexicon', band),
  );
  const starts: number[] = [];
  const startKind: string[] = [];
  const startHashes: Uint32Array[] = [];
  const addStart = (s: number, kind: string) => {
    if (starts.includes(s)) return;
    starts.push(s);
    startKind.push(kind);
    const before = s > 0 ? doc.lower[s - 1] : '^';
    startHashes.push(
      Uint32Array.of(
        h(20, kind),
        h(21, kind, lemma),
        h(22, kind, cls),
        h(23, kind, w0),
        h(24, kind, `${p0} ${p1}`),
        h(25, kind, before),
        h(26, kind, quoted[s] ? '"' : doc.lower[s]),
        h(27, kind, `${doc.pos[s]} ${s > 0 ? doc.pos[s - 1] : '^'}`),
        h(28, kind, frames),
        h(29, kind, shape),
        h(30, kind, band),
        h(31, kind, s === npEnd ? 'np' : '-'),
        h(32, kind, spk),
        h(33, kind, `${lemma} ${before}`),
        h(34, skipped(doc, k, s)),
        h(35, `${s > 0 ? doc.pos[s - 1] : '^'} ${doc.pos[s]}`),
        h(36, kind, skipped(doc, k, s)),
      ),
    );
  };
  // the content after the cue: right after it, a few tokens on, or after the noun phrase there
  if (c.side !== null) {
    for (let o = 0; o <= MAX_START_OFFSET; o++) {
      const s = k + o;
      if (s >= limit || blocked[s]) break;
      // never inside a prepositional phrase of the cue: "wrote on | her blog on Sunday, …" (review 14b; its end, the
      // comma, is a start of its own below)
      if (canOpen(doc, s) && !(o > 0 && doc.pos[s - 1] === 'ADP')) addStart(s, `a${o}`);
    }
    if (npEnd > k + MAX_START_OFFSET && npEnd < limit && !blocked[npEnd] && canOpen(doc, npEnd)) {
      let free = true;
      for (let t = k; t < npEnd; t++) if (blocked[t]) free = false;
      if (free) addStart(npEnd, 'np');
    }
    // past an adjunct of the cue: "wrote in a letter that …", "said on Twitter, “…”", "acknowledged at a forum …, the plan …"
    let that = false;
    let mark = false;
    let comma = false;
    for (let t = k + 1; t < Math.min(limit, k + MAX_ADJUNCT) && !blocked[t]; t++) {
      const w = doc.lower[t];
      if (!that && w === 'that' && !quoted[t] && t + 1 < limit && !blocked[t + 1]) {
        that = true;
        addStart(t, 'that');
        addStart(t + 1, 'after-that');
      } else if (!mark && quoted[t] && OPEN_MARK.test(w) && !quoted[t - 1]) {
        mark = true;
        addStart(t, 'mark');
      } else if (!comma && w === ',' && !quoted[t] && t + 1 < limit && !blocked[t + 1] && canOpen(doc, t + 1)) {
        comma = true;
        addStart(t + 1, 'comma');
      }
    }
  }
  const ends: number[] = [];
  const endHashes: Uint32Array[] = [];
  const endIndex = new Map<number, number>();
  const addEnd = (e: number, lim: number) => {
    if (endIndex.has(e)) return endIndex.get(e)!;
    const at = e < lim;
    const last = doc.lower[e - 1];
    const next = at ? (quoted[e] ? '"' : doc.lower[e]) : '$';
    const nextPos = at ? doc.pos[e] : '$';
    const next2 = e + 1 < lim ? doc.lower[e + 1] : '$';
    const next2Pos = e + 1 < lim ? doc.pos[e + 1] : '$';
    endIndex.set(e, ends.length);
    ends.push(e);
    endHashes.push(
      Uint32Array.of(
        h(40, at ? '-' : 'limit'),
        h(41, last),
        h(42, doc.pos[e - 1]),
        h(43, next),
        h(44, doc.pos[e - 1], nextPos),
        h(45, nextPos, next2Pos),
        h(46, next === ',' || next === '--' || next === '\u2014' ? next + next2 : '-'),
        h(47, quoted[e - 1] ? 'q' : '-', at && quoted[e] ? 'q' : '-'),
        h(48, at ? '-' : 'limit', cls),
        h(49, next, cls),
      ),
    );
    return ends.length - 1;
  };
  const pairs: number[] = [];
  // one end list for every start after the cue: a span runs until a blocked token or the limit
  let reach = limit;
  for (let t = k; t < limit; t++) {
    if (blocked[t]) {
      reach = t;
      break;
    }
  }
  for (let si = 0; si < starts.length; si++) {
    const s = starts[si];
    for (let e = s + 1; e <= reach; e++) {
      if (!canClose(doc, e - 1, quoted)) continue;
      // an end never leaves a quotation open
      if (quoted[e - 1] && e < reach && quoted[e] && !CLOSE_MARK.test(doc.lower[e - 1])) continue;
      pairs.push(si, addEnd(e, reach));
    }
  }
  // the clause before the speaker: "The plan will fail, he argued" (no rule read it: the outer patterns did not fit)
  let b = c.chunkStart;
  while (b > s0 && /^(,|--|\u2014|\u2013|:)$/.test(doc.lower[b - 1])) b--;
  if (b - s0 >= 2 && canOpen(doc, s0) && canClose(doc, b - 1, quoted)) {
    let free = true;
    for (let t = s0; t < b; t++) if (blocked[t]) free = false;
    if (free) {
      addStart(s0, 'before');
      pairs.push(starts.length - 1, addEnd(b, c.chunkStart));
    }
  }
  return { starts, startKind, startHashes, ends, endHashes, pairs, reach, none };
}

/**
 * The hashed features of the span `[s, e)` as a whole: its length, whether it holds a verb, how many commas it
 * crosses, whether it reaches the clause limit and how much of it a quotation holds, each with the way its start was
 * reached.
 * @param out receives the hashes (length ≥ {@link MAX_SPAN_PART_FEATURES})
 * @returns the number of hashes written
 */
export function spanPairFeatures(doc: Doc, c: CueMatch, kind: string, s: number, e: number, atLimit: boolean, quoted: Uint8Array, out: Uint32Array): number {
  let verbs = 0;
  let commas = 0;
  let inQuote = 0;
  for (let t = s; t < e; t++) {
    if (quoted[t]) inQuote++;
    if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') verbs++;
    else if (doc.lower[t] === ',' && !quoted[t]) commas++;
  }
  // how much of the span a quotation holds: none, all of it, or part (a span opening before a quotation it runs into)
  const q = inQuote === 0 ? '-' : inQuote === e - s ? 'all' : quoted[s] ? 'opens' : 'part';
  const len = bucket(e - s);
  const lim = atLimit ? 'L' : '-';
  let n = 0;
  out[n++] = h(60, kind, len);
  out[n++] = h(61, kind, verbs > 0 ? 'v' : '-');
  out[n++] = h(62, commas > 2 ? '3+' : String(commas), lim);
  out[n++] = h(63, `${c.entry.class} ${kind}`, lim);
  out[n++] = h(64, c.entry.lemma, len);
  out[n++] = h(65, `${kind} ${verbs > 0 ? 'v' : '-'}`, lim);
  out[n++] = h(66, kind, q);
  out[n++] = h(67, q, c.entry.class);
  return n;
}

/**
 * Picks the content of a cue no rule could read: the highest-scoring candidate span holding a verb (a reported clause;
 * the rules own objects) under the content-span model, or null when "none" plus the model's threshold scores higher (a perceptron trained on PolNeAR train; `npm run train:quote-spans`).
 * @param model the content-span model (one weight per feature hash)
 * @param doc the token layer; `c` the cue; `cands` its candidates ({@link contentSpanCandidates})
 * @param scratch a buffer of at least {@link MAX_SPAN_PART_FEATURES} entries
 * @returns `[start, end)` token range, or null
 */
export function chooseContentSpan(model: CueModel, doc: Doc, c: CueMatch, cands: SpanCandidates, quoted: Uint8Array, scratch: Uint32Array): [number, number] | null {
  const table = model.weights;
  const { pairs, starts, ends, startHashes, endHashes, startKind } = cands;
  if (pairs.length === 0) return null;
  const startScore = startHashes.map((x) => sumWeights(table, x, x.length));
  const endScore = endHashes.map((x) => sumWeights(table, x, x.length));
  let best: [number, number] | null = null;
  // a span must beat "none" by the model's threshold (tuned on held-out train articles)
  let bestScore = sumWeights(table, cands.none, cands.none.length) + model.threshold;
  for (let p = 0; p < pairs.length; p += 2) {
    const si = pairs[p];
    const ei = pairs[p + 1];
    const s = starts[si];
    const e = ends[ei];
    // a reported clause, never a bare object: objects are the rules' (which refuse some on purpose: "rejected the charge",
    // "responded on Twitter"); held-out train: objects too gave 0.1 more overlap F1, at that cost
    if (!hasVerb(doc, s, e)) continue;
    const n = spanPairFeatures(doc, c, startKind[si], s, e, e === cands.reach && startKind[si] !== 'before', quoted, scratch);
    const score = startScore[si] + endScore[ei] + sumWeights(table, scratch, n);
    if (score > bestScore) {
      bestScore = score;
      best = [s, e];
    }
  }
  return best;
}
