import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DetenteError } from '../../pipeline/errors.js';
import type { WordClusters } from './ner-clusters.js';
import { CLUSTER_POSITIONS, gazetteerClassesOf, type NerLexicon } from './ner-features.js';
import { buildHashedWeights, featureHash, rowOffset, type HashedWeights } from './ner-weights.js';
import {
  afterLabelOffset,
  createNerWordMemo,
  END_BLOCK,
  gazFacts,
  keyFacts,
  addPairScores,
  prepareMemo,
  shapeFacts,
  shapeTripleOffset,
  START_BLOCK,
  WORD_ROWS,
  WordRow,
  wordFacts,
  wordFactsAt,
  type NerWordMemo,
  type WordFacts,
} from './ner-word-memo.js';

/**
 * A trained averaged-perceptron NER tagger: BIO labels ("O", "B-PER", "I-ORG"…) and, per feature hash,
 * the weights of every label ({@link HashedWeights}). Decoding is greedy left to right with the two
 * previous labels as features (Collins 2002; Ratinov & Roth 2009 found greedy decoding as good as
 * Viterbi for NER).
 */
export interface NerModel {
  readonly labels: readonly string[];
  readonly weights: HashedWeights;
  readonly meta: Readonly<Record<string, unknown>>;
  /** Per-word lookups memoised while tagging (ner-word-memo.ts); never changes the labels. */
  readonly memo: NerWordMemo;
  /**
   * Per word-class table, the summed weights of each leaf class's cluster features at the three positions
   * (row `(leaf × 3 + position) × L`, position 0 this token, 1 previous, 2 next), built on first use.
   */
  readonly clusterRows: WeakMap<WordClusters, Float64Array>;
}

/**
 * Assembles a {@link NerModel} (frozen, with an empty memo).
 * @param labels BIO labels in model order; `weights` their hashed table; `meta` training metadata
 * @param memoLimit distinct token keys each generation of the memo holds (default: see createNerWordMemo)
 */
export function createNerModel(labels: readonly string[], weights: HashedWeights, meta: Record<string, unknown>, memoLimit?: number): NerModel {
  const frozenLabels = Object.freeze([...labels]);
  return Object.freeze({
    labels: frozenLabels,
    weights,
    meta: Object.freeze({ ...meta }),
    memo: createNerWordMemo(weights, frozenLabels, allowed, memoLimit, Number(meta.featureSet ?? 1)),
    clusterRows: new WeakMap<WordClusters, Float64Array>(),
  });
}

/** An entity span over a token array: `[start, end)` token indices and its type (PER, ORG, LOC, NORP). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * Turns string-keyed weights (as the trainer keeps them) into a {@link NerModel}.
 * @param weights feature string → one weight per label
 * @returns the hashed model (features hashing alike keep the first one's weights)
 */
export function hashNerModel(labels: readonly string[], weights: ReadonlyMap<string, Float32Array>, meta: Record<string, unknown>): NerModel {
  const L = labels.length;
  const hashes = new Uint32Array(weights.size);
  const rows = new Float32Array(weights.size * L);
  let r = 0;
  for (const [f, w] of weights) {
    hashes[r] = featureHash(f);
    rows.set(w.subarray(0, L), r * L);
    r++;
  }
  return createNerModel(labels, buildHashedWeights(hashes, rows, L), meta);
}

/** Whether label `next` may follow `prev` in BIO ("I-X" only after "B-X" or "I-X"). */
export function allowed(prev: string, next: string): boolean {
  if (next[0] !== 'I') return true;
  return prev.length > 2 && prev.slice(2) === next.slice(2);
}

/** Adds `L` weights from `src[from …]` to `scores[at …]`. */
function addFrom(src: Float32Array | Float64Array, from: number, scores: Float64Array, at: number, L: number): void {
  for (let k = 0; k < L; k++) scores[at + k] += src[from + k];
}

/**
 * The summed cluster-feature weights of every leaf class of `table` at the three positions (see
 * {@link NerModel.clusterRows}), computed once per model and table.
 */
function clusterRowsOf(model: NerModel, table: WordClusters): Float64Array {
  let rows = model.clusterRows.get(table);
  if (rows) return rows;
  const L = model.labels.length;
  const leaves = 1 << table.depth;
  rows = new Float64Array(leaves * 3 * L);
  for (let c = 0; c < leaves; c++) {
    for (let p = 0; p < 3; p++) {
      const at = (c * 3 + p) * L;
      for (const k of table.prefixes) {
        const bits = (c >>> (table.depth - k)).toString(2).padStart(k, '0');
        const o = rowOffset(model.weights, featureHash(`${CLUSTER_POSITIONS[p]}${k}=${bits}`));
        if (o >= 0) for (let j = 0; j < L; j++) rows[at + j] += model.weights.rows[o + j];
      }
    }
  }
  model.clusterRows.set(table, rows);
  return rows;
}

/**
 * Tags a tokenised sentence. The features are those of {@link tokenFeatures} plus the previous-label
 * features "t-1=prev", "t-2=prev2|prev", "t-1w=prev|w=word"; they are not built as strings: the summed
 * weights of all features of one word (its own, and those it gives its neighbours: "w-1=", "s+1=", …)
 * come from the model's memo (ner-word-memo.ts, WordRow), as do those of a gazetteer class; pair
 * features are hashed from memoised FNV states. For a stored model the sums are exact (its weights are
 * multiples of one quantum, see WordRow), so the scores are bit for bit those of summing the feature
 * strings' weights one by one; for weights of any other kind they may differ in the last bits.
 * @param words the tokens of one sentence
 * @param lex gazetteer and word lists for the gazetteer features, and the word classes for feature set 3
 * @returns one BIO label per token
 * @throws DetenteError E_NER_MODEL when the model uses word clusters and `lex.clusters` is missing
 */
export function tagWords(model: NerModel, words: readonly string[], lex: NerLexicon): string[] {
  const memo = memoFor(model, words.length, lex);
  const facts: WordFacts[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) facts[i] = wordFacts(memo, words[i]);
  return tagFacts(model, memo, facts, lex);
}

/**
 * {@link tagWords} for the tokens `[first, end)` of a text given by their offsets (a Doc's `starts` and
 * `ends`): the same labels, without slicing the text for words the model's memo already holds.
 * @param text the article text; `starts`, `ends` UTF-16 offsets of every token
 * @returns one BIO label per token of the range
 * @throws DetenteError E_NER_MODEL as {@link tagWords}
 */
export function tagTokens(model: NerModel, text: string, starts: Int32Array, ends: Int32Array, first: number, end: number, lex: NerLexicon): string[] {
  const n = end - first;
  const memo = memoFor(model, n, lex);
  const facts: WordFacts[] = new Array(n);
  for (let i = 0; i < n; i++) facts[i] = wordFactsAt(memo, text, starts[first + i], ends[first + i]);
  return tagFacts(model, memo, facts, lex);
}

/**
 * The memo to tag a sentence of `n` tokens with, prepared ({@link prepareMemo}): the model's, or for a
 * sentence with more distinct tokens than it holds, one of its own.
 * @throws DetenteError E_NER_MODEL when the model uses word clusters and `lex.clusters` is missing
 */
function memoFor(model: NerModel, n: number, lex: NerLexicon): NerWordMemo {
  const featureSet = model.memo.featureSet;
  let crows: Float64Array | null = null;
  if (featureSet >= 3) {
    if (!lex.clusters) throw new DetenteError('E_NER_MODEL', `the NER model uses word clusters (${String(model.meta.clusters)}) but none were given: load them with loadEntityResources`);
    crows = clusterRowsOf(model, lex.clusters);
  }
  const memo = n + 2 <= model.memo.limit ? model.memo : createNerWordMemo(model.weights, model.labels, allowed, n + 2, featureSet);
  prepareMemo(memo, lex, n, crows);
  return memo;
}

/** Labels a sentence given the memo's facts of its words (see {@link tagWords}). */
function tagFacts(model: NerModel, memo: NerWordMemo, facts: readonly WordFacts[], lex: NerLexicon): string[] {
  const n = facts.length;
  if (n === 0) return [];
  const L = model.labels.length;
  const decoder = model.meta.decoder;
  const viterbiDecoder = decoder === 'viterbi';
  // Static scores (n × L), then for second-order Viterbi the "t-1w" rows of every token and previous label (n × (L + 1) × L).
  const need = viterbiDecoder ? n * L * (L + 2) : n * L;
  if (memo.scratch.length < need) memo.scratch = new Float64Array(need * 2);
  const scores = memo.scratch;
  staticScores(model, memo, facts, lex, scores);
  if (decoder === 'viterbi1') return decodeFirstOrder(model, memo, facts, scores);
  return viterbiDecoder ? decodeViterbi(model, memo, facts, scores) : decodeGreedy(model, memo, facts, scores);
}

/**
 * Writes the static part of every token's scores into `scores[i × L …]`: its word's own row and its
 * neighbours' rows, then the pair and gazetteer features (kept apart from the decoders so that the
 * compiler inlines the small row helpers into this loop).
 */
function staticScores(model: NerModel, memo: NerWordMemo, facts: readonly WordFacts[], lex: NerLexicon, scores: Float64Array): void {
  const n = facts.length;
  const L = model.labels.length;
  const table = model.weights;
  const words: string[] = new Array(n);
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = facts[i].word;
    keys[i] = facts[i].key.key;
  }
  const gaz = gazetteerClassesOf(words, keys, lex, facts);
  const gf: (Float32Array | null)[] = new Array(n);
  for (let i = 0; i < n; i++) gf[i] = gaz[i] ? gazFacts(memo, gaz[i]).rows : null;
  const start = keyFacts(memo, '<s>');
  const end = keyFacts(memo, '</s>');
  const startShape = shapeFacts(memo, '<s>');
  const endShape = shapeFacts(memo, '</s>');
  const wr = memo.wordRows;
  const W = WORD_ROWS * L;
  // The word rows of each token and its neighbours first, so that the pair features can then be added to
  // both tokens of a pair at once (the sums are exact in any order, see WordRow).
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const own = facts[i].at * W + (i === 0 ? WordRow.selfFirst : WordRow.self) * L;
    const p1 = (i > 0 ? facts[i - 1].at : START_BLOCK) * W + WordRow.asPrev * L;
    const n1 = (i + 1 < n ? facts[i + 1].at : END_BLOCK) * W + WordRow.asNext * L;
    const p2 = (i > 1 ? facts[i - 2].at : START_BLOCK) * W + WordRow.asPrev2 * L;
    const n2 = (i + 2 < n ? facts[i + 2].at : END_BLOCK) * W + WordRow.asNext2 * L;
    for (let k = 0; k < L; k++) scores[at + k] = wr[own + k] + wr[p1 + k] + wr[n1 + k] + wr[p2 + k] + wr[n2 + k];
  }
  // Pair features of (previous token, this token): w-1w=pw|w, w-1s=pw|s to this token, ww+1=pw|w, sw+1=ps|w to the previous one.
  addPairScores(memo, start, startShape, facts[0].key, facts[0].shape, scores, -1, 0);
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const f = facts[i];
    const shape = f.shape;
    const ps = i > 0 ? facts[i - 1].shape : startShape;
    const ns = i + 1 < n ? facts[i + 1].shape : endShape;
    if (i + 1 < n) addPairScores(memo, f.key, shape, facts[i + 1].key, ns, scores, at, at + L);
    else addPairScores(memo, f.key, shape, end, endShape, scores, at, -1);
    const triple = shapeTripleOffset(memo, ps, shape, ns); // s-1s+1=
    if (triple >= 0) addFrom(table.rows, triple, scores, at, L);
    const g = gf[i];
    if (g) {
      addFrom(g, 0, scores, at, L); // g=
      addFrom(g, (f.cap ? 1 : 2) * L, scores, at, L); // gw=g|C / c
    }
    if (i > 0 && gf[i - 1]) addFrom(gf[i - 1]!, 3 * L, scores, at, L); // g-1=
    if (i + 1 < n && gf[i + 1]) addFrom(gf[i + 1]!, 4 * L, scores, at, L); // g+1=
  }
}

/**
 * Greedy decoding over the static scores: adds the previous-label features ("t-1=", "t-2=" summed ahead
 * in `memo.labelPairRows`, and "t-1w=") and picks the best allowed label, left to right.
 * @returns one label per token
 */
function decodeGreedy(model: NerModel, memo: NerWordMemo, facts: readonly WordFacts[], scores: Float64Array): string[] {
  const n = facts.length;
  const L = model.labels.length;
  const P = L + 1;
  const rows = model.weights.rows;
  const { labelPairRows, allowed: allowedM } = memo;
  const out: string[] = new Array(n);
  let prev = 0; // index into ["<s>", ...labels]
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const lp = (prev2 * P + prev) * L;
    const o = afterLabelOffset(memo, facts[i].key, prev);
    let best = -1;
    let bestScore = 0;
    const allowedRow = prev * L;
    for (let k = 0; k < L; k++) {
      if (allowedM[allowedRow + k] === 0) continue;
      const v = scores[at + k] + labelPairRows[lp + k] + (o >= 0 ? rows[o + k] : 0);
      if (best < 0 || v > bestScore) {
        best = k;
        bestScore = v;
      }
    }
    out[i] = model.labels[best];
    prev2 = prev;
    prev = best + 1;
  }
  return out;
}

/** Exact second-order Viterbi decoding over the static scores (see {@link viterbi}). */
function decodeViterbi(model: NerModel, memo: NerWordMemo, facts: readonly WordFacts[], lw: Float64Array): string[] {
  const n = facts.length;
  const L = model.labels.length;
  const P = L + 1;
  const rows = model.weights.rows;
  const { prevLabelRows, prevTwoLabelRows, allowed: allowedM } = memo;
  // "t-1w=prev|w=word" rows per token and previous label, after the static scores in the scratch.
  const tw = n * L;
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < P; p++) {
      const at = tw + (i * P + p) * L;
      const o = afterLabelOffset(memo, facts[i].key, p);
      for (let k = 0; k < L; k++) lw[at + k] = o >= 0 ? rows[o + k] : 0;
    }
  }
  const best = viterbi(n, L, (i, k, p2, p1) => lw[i * L + k] + prevLabelRows[p1 * L + k] + prevTwoLabelRows[(p2 * P + p1) * L + k] + lw[tw + (i * P + p1) * L + k], allowedM);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = model.labels[best[i]];
  return out;
}

/**
 * Exact first-order Viterbi decoding over the static scores (model decoder "viterbi1", trained without
 * "t-2=" features): a label's score after previous-label index p is its static score plus the "t-1=prev"
 * row and the "t-1w=prev|w=word" row. O(n × (L + 1) × L); ties go to the lower label index, then the
 * lower previous-label index. Collins (2002), first-order case.
 * @returns one label per token
 */
function decodeFirstOrder(model: NerModel, memo: NerWordMemo, facts: readonly WordFacts[], lw: Float64Array): string[] {
  const n = facts.length;
  const L = model.labels.length;
  const P = L + 1;
  const rows = model.weights.rows;
  const { prevLabelRows, allowed: allowedM } = memo;
  // best score of a path ending in previous-label index p (0 = "<s>"), for the token before and this one
  let cur = new Float64Array(P).fill(-Infinity);
  let next = new Float64Array(P);
  const back = new Int32Array(n * L);
  cur[0] = 0;
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    const at = i * L;
    const key = facts[i].key;
    for (let p = 0; p < P; p++) {
      const base = cur[p];
      if (base === -Infinity) continue;
      const o = afterLabelOffset(memo, key, p);
      const pl = p * L;
      for (let k = 0; k < L; k++) {
        if (allowedM[pl + k] === 0) continue;
        const v = base + lw[at + k] + prevLabelRows[pl + k] + (o >= 0 ? rows[o + k] : 0);
        if (v > next[k + 1]) {
          next[k + 1] = v;
          back[at + k] = p;
        }
      }
    }
    const t = cur;
    cur = next;
    next = t;
  }
  let best = 1;
  for (let p = 2; p < P; p++) if (cur[p] > cur[best]) best = p;
  const out: string[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = model.labels[best - 1];
    best = back[i * L + best - 1];
  }
  return out;
}

/**
 * Exact first-order Viterbi decoding for training: the best-scoring label sequence when a label's score
 * depends on the previous label only (index 0 standing for "<s>", 1 + k for label k). Ties go to the lower
 * label index, then the lower previous-label index. Collins (2002).
 * @param n tokens; `L` labels
 * @param score `(i, k, p)` → score of label k at token i after previous-label index p
 * @param allowed 1 when label k may follow previous-label index p, at `p × L + k`
 * @returns the label index of each token
 */
export function viterbiFirstOrder(n: number, L: number, score: (i: number, k: number, p: number) => number, allowed: Uint8Array): Int32Array {
  const P = L + 1;
  let cur = new Float64Array(P).fill(-Infinity);
  let next = new Float64Array(P);
  const back = new Int32Array(n * L);
  cur[0] = 0;
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    for (let p = 0; p < P; p++) {
      const base = cur[p];
      if (base === -Infinity) continue;
      for (let k = 0; k < L; k++) {
        if (allowed[p * L + k] === 0) continue;
        const v = base + score(i, k, p);
        if (v > next[k + 1]) {
          next[k + 1] = v;
          back[i * L + k] = p;
        }
      }
    }
    const t = cur;
    cur = next;
    next = t;
  }
  let best = 1;
  for (let p = 2; p < P; p++) if (cur[p] > cur[best]) best = p;
  const out = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best - 1;
    best = back[i * L + best - 1];
  }
  return out;
}

/**
 * Exact second-order Viterbi decoding (the label features look two labels back): the best-scoring label
 * sequence over states (label before the previous, previous label), index 0 standing for "<s>" and 1 + k
 * for label k. Ties go to the lower label index, then the earlier state. Collins (2002).
 * @param n tokens; `L` labels
 * @param score `(i, k, p2, p1)` → score of label k at token i after previous-label indices p2, p1
 * @param allowed 1 when label k may follow previous-label index p, at `p × L + k`
 * @returns the label index of each token
 */
export function viterbi(n: number, L: number, score: (i: number, k: number, p2: number, p1: number) => number, allowed: Uint8Array): Int32Array {
  const P = L + 1;
  const S = P * P;
  let cur = new Float64Array(S).fill(-Infinity);
  let next = new Float64Array(S);
  const back = new Int32Array(n * S).fill(-1);
  cur[0] = 0; // (<s>, <s>)
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    for (let p2 = 0; p2 < P; p2++) {
      for (let p1 = 0; p1 < P; p1++) {
        const base = cur[p2 * P + p1];
        if (base === -Infinity) continue;
        for (let k = 0; k < L; k++) {
          if (allowed[p1 * L + k] === 0) continue;
          const v = base + score(i, k, p2, p1);
          const to = p1 * P + k + 1;
          if (v > next[to]) {
            next[to] = v;
            back[i * S + to] = p2;
          }
        }
      }
    }
    const t = cur;
    cur = next;
    next = t;
  }
  let bestState = -1;
  for (let st = 0; st < S; st++) if (cur[st] !== -Infinity && (bestState < 0 || cur[st] > cur[bestState])) bestState = st;
  const out = new Int32Array(n);
  let p1 = bestState % P;
  let p2 = Math.floor(bestState / P);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = p1 - 1;
    const pp = back[i * S + p2 * P + p1];
    p1 = p2;
    p2 = pp;
  }
  return out;
}

/**
 * Turns BIO labels into spans; a stray "I-X" opens a span.
 * @returns spans in order
 */
export function spansOf(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 'O';
    const continues = l[0] === 'I' && start >= 0 && l.slice(2) === type;
    if (!continues && start >= 0) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (l !== 'O' && !continues) {
      start = i;
      type = l.slice(2);
    }
  }
  return spans;
}

/** Header of the binary model file (format 2). */
interface ModelHeader {
  format: 'detente-ner-perceptron/2';
  labels: string[];
  scale: number;
  count: number;
  meta: Record<string, unknown>;
}

/** Header of the older JSON model file (format 1): feature strings and base64 int16 weights. */
interface ModelFileV1 {
  format: 'detente-ner-perceptron/1';
  labels: string[];
  scale: number;
  features: string[];
  weights: string;
  meta: Record<string, unknown>;
}

const MAGIC = 0x524e4544; // "DENR" little-endian

/**
 * Serialises a model compactly (format 2): the magic "DENR", a uint32 header length, a JSON header
 * (labels, scale, count, meta) padded to 4 bytes, then `count` uint32 feature hashes and
 * `count × labels` int16 weights quantised with one global scale; features whose weights all quantise
 * to zero are dropped. The caller gzips the bytes.
 * @returns the file bytes (little-endian)
 */
export function serialiseNerModel(model: NerModel): Buffer {
  const t = model.weights;
  const L = t.labelCount;
  let max = 0;
  for (let s = 0; s < t.capacity; s++) if (t.keys[s * t.stride] !== 0) for (let k = 1; k <= L; k++) max = Math.max(max, Math.abs(t.rows[s * t.stride + k]));
  const scale = max > 0 ? max / 32767 : 1;
  const hashes: number[] = [];
  const q: number[] = [];
  for (let s = 0; s < t.capacity; s++) {
    const at = s * t.stride;
    if (t.keys[at] === 0) continue;
    const row = Array.from(t.rows.subarray(at + 1, at + 1 + L), (x) => Math.round(x / scale));
    if (row.every((x) => x === 0)) continue;
    hashes.push(t.keys[at]);
    q.push(...row);
  }
  const header: ModelHeader = { format: 'detente-ner-perceptron/2', labels: [...model.labels], scale, count: hashes.length, meta: { ...model.meta } };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 4 !== 0) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), 32)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  const h = Buffer.from(Uint32Array.from(hashes).buffer);
  const w = Buffer.from(Int16Array.from(q).buffer);
  return Buffer.concat([head, json, h, w]);
}

/**
 * Loads a model written by {@link serialiseNerModel} (gzipped when the path ends in .gz); also reads
 * the older JSON format 1 (feature strings), hashing its features.
 * @param path model file
 * @throws DetenteError E_NER_MODEL when the file is missing or not a detente NER model
 */
export function loadNerModel(path: string): NerModel {
  let bytes: Buffer;
  try {
    const buf = readFileSync(path);
    bytes = path.endsWith('.gz') ? gunzipSync(buf) : buf;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `could not read the NER model at ${path}: run \`npm run train:ner\` to build it`, { cause });
  }
  if (bytes.length >= 8 && bytes.readUInt32LE(0) === MAGIC) return loadBinary(path, bytes);
  let file: ModelFileV1;
  try {
    file = JSON.parse(bytes.toString('utf8')) as ModelFileV1;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model`, { cause });
  }
  if (file.format !== 'detente-ner-perceptron/1' || !Array.isArray(file.labels) || !Array.isArray(file.features)) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model (format ${String(file.format)})`);
  }
  const raw = Buffer.from(file.weights, 'base64');
  const flat = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  const L = file.labels.length;
  if (flat.length !== file.features.length * L) throw new DetenteError('E_NER_MODEL', `${path}: weight table does not match ${file.features.length} features × ${L} labels`);
  const rows = new Float32Array(flat.length);
  for (let i = 0; i < flat.length; i++) rows[i] = flat[i] * file.scale;
  const hashes = Uint32Array.from(file.features, featureHash);
  return createNerModel(file.labels, buildHashedWeights(hashes, rows, L), file.meta ?? {});
}

function loadBinary(path: string, bytes: Buffer): NerModel {
  const len = bytes.readUInt32LE(4);
  let header: ModelHeader;
  try {
    header = JSON.parse(bytes.subarray(8, 8 + len).toString('utf8')) as ModelHeader;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `${path}: unreadable model header`, { cause });
  }
  if (header.format !== 'detente-ner-perceptron/2' || !Array.isArray(header.labels)) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model (format ${String(header.format)})`);
  }
  const L = header.labels.length;
  const at = 8 + len;
  if (bytes.length !== at + header.count * 4 + header.count * L * 2) {
    throw new DetenteError('E_NER_MODEL', `${path}: size does not match ${header.count} features × ${L} labels`);
  }
  // Copy into aligned arrays (the gunzipped buffer may start at any offset of a shared pool).
  const hashes = new Uint32Array(header.count);
  Buffer.from(hashes.buffer).set(bytes.subarray(at, at + header.count * 4));
  const q = new Int16Array(header.count * L);
  Buffer.from(q.buffer).set(bytes.subarray(at + header.count * 4));
  const rows = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) rows[i] = q[i] * header.scale;
  return createNerModel(header.labels, buildHashedWeights(hashes, rows, L), header.meta ?? {});
}
