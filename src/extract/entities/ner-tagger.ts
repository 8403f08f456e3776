import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DetenteError } from '../../pipeline/errors.js';
import { tokenKey } from './gazetteer.js';
import { emitContextFeatures, featureString, gazetteerClasses, lexicalFeatures, wordShape, type NerLexicon } from './ner-features.js';

/**
 * A trained averaged-perceptron NER tagger: BIO labels ("O", "B-PER", "I-ORG"…), and for each feature
 * string its weight per label. Decoding is greedy left to right with the two previous labels as
 * features (Collins 2002; Ratinov & Roth 2009 found greedy decoding as good as Viterbi for NER).
 */
export interface NerModel {
  readonly labels: readonly string[];
  readonly weights: ReadonlyMap<string, Float32Array>;
  readonly meta: Readonly<Record<string, unknown>>;
  /** Summed weights of the {@link lexicalFeatures} of each vocabulary word (a speed-up; optional). */
  readonly lexical?: ReadonlyMap<string, Float32Array>;
  /** The weights indexed by feature prefix, then value ("w-1" → "talks" → weights; a speed-up; optional). */
  readonly byPrefix?: ReadonlyMap<string, ReadonlyMap<string, Float32Array>>;
  /** Previous-label features indexed by their parts (label, label or word), so decoding builds no strings. */
  readonly byLabels?: {
    readonly t1: ReadonlyMap<string, Float32Array>;
    readonly t2: ReadonlyMap<string, ReadonlyMap<string, Float32Array>>;
    readonly t1w: ReadonlyMap<string, ReadonlyMap<string, Float32Array>>;
  };
}

/**
 * Precomputes, for every word the model has a word feature for, the summed weights of its lexical
 * features (one vector instead of up to nine), and indexes the weights by feature prefix so that tagging
 * looks them up by value strings it already has (their hashes are cached) instead of building strings.
 * @returns the same model with `lexical` filled
 */
export function withLexicalCache(model: NerModel): NerModel {
  const L = model.labels.length;
  const lexical = new Map<string, Float32Array>();
  for (const f of model.weights.keys()) {
    if (!f.startsWith('w=')) continue;
    const sum = new Float32Array(L);
    for (const x of lexicalFeatures(f.slice(2))) {
      const w = model.weights.get(x);
      if (w) for (let k = 0; k < L; k++) sum[k] += w[k];
    }
    lexical.set(f.slice(2), sum);
  }
  const byPrefix = new Map<string, Map<string, Float32Array>>();
  for (const [f, w] of model.weights) {
    const eq = f.indexOf('=');
    const prefix = eq < 0 ? f : f.slice(0, eq);
    const value = eq < 0 ? '' : f.slice(eq + 1);
    let m = byPrefix.get(prefix);
    if (!m) byPrefix.set(prefix, (m = new Map()));
    m.set(value, w);
  }
  const t1 = new Map<string, Float32Array>();
  const t2 = new Map<string, Map<string, Float32Array>>();
  const t1w = new Map<string, Map<string, Float32Array>>();
  const nest = (m: Map<string, Map<string, Float32Array>>, a: string, b: string, w: Float32Array) => {
    let inner = m.get(a);
    if (!inner) m.set(a, (inner = new Map()));
    inner.set(b, w);
  };
  for (const [f, w] of model.weights) {
    if (f.startsWith('t-1=')) t1.set(f.slice(4), w);
    else if (f.startsWith('t-2=')) {
      const bar = f.indexOf('|');
      nest(t2, f.slice(4, bar), f.slice(bar + 1), w);
    } else if (f.startsWith('t-1w=')) {
      const bar = f.indexOf('|');
      if (f.startsWith('w=', bar + 1)) nest(t1w, f.slice(5, bar), f.slice(bar + 3), w);
    }
  }
  return { ...model, lexical, byPrefix, byLabels: { t1, t2, t1w } };
}

/** An entity span over a token array: `[start, end)` token indices and its type (PER, ORG, LOC, NORP). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Serialised form: labels, feature strings, and int16-quantised weights (row-major, base64). */
interface ModelFile {
  format: 'detente-ner-perceptron/1';
  labels: string[];
  scale: number;
  features: string[];
  weights: string;
  meta: Record<string, unknown>;
}

/**
 * Scores the labels of token `i` into `scores` (length = labels) from its features and previous labels.
 * @returns nothing; `scores` is overwritten
 */
export function scoreToken(model: NerModel, feats: readonly string[], prev: string, prev2: string, scores: Float64Array): void {
  scores.fill(0);
  for (const f of feats) addWeights(model, f, scores);
  addTagFeatures(model, feats[0], prev, prev2, scores);
}

function addWeights(model: NerModel, f: string, scores: Float64Array): void {
  const w = model.weights.get(f);
  if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
}

function addTagFeatures(model: NerModel, wordFeature: string, prev: string, prev2: string, scores: Float64Array): void {
  addWeights(model, `t-1=${prev}`, scores);
  addWeights(model, `t-2=${prev2}|${prev}`, scores);
  addWeights(model, `t-1w=${prev}|${wordFeature}`, scores);
}

/** Whether label `next` may follow `prev` in BIO ("I-X" only after "B-X" or "I-X"). */
export function allowed(prev: string, next: string): boolean {
  if (next[0] !== 'I') return true;
  return prev.length > 2 && prev.slice(2) === next.slice(2);
}

/**
 * Tags a tokenised sentence.
 * @param words the tokens of one sentence
 * @param lex gazetteer and word lists for the gazetteer features
 * @returns one BIO label per token
 */
export function tagWords(model: NerModel, words: readonly string[], lex: NerLexicon): string[] {
  const lower = words.map(tokenKey);
  const shapes = words.map(wordShape);
  const gaz = gazetteerClasses(words, lex);
  const out: string[] = new Array(words.length);
  const L = model.labels.length;
  const scores = new Float64Array(L);
  const byPrefix = model.byPrefix;
  const sink = byPrefix
    ? (prefix: string, value: string) => {
        const w = byPrefix.get(prefix)?.get(value);
        if (w) for (let k = 0; k < L; k++) scores[k] += w[k];
      }
    : (prefix: string, value: string) => addWeights(model, featureString(prefix, value), scores);
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const cached = model.lexical?.get(lower[i]);
    if (cached) for (let k = 0; k < L; k++) scores[k] += cached[k];
    else for (const f of lexicalFeatures(lower[i])) addWeights(model, f, scores);
    emitContextFeatures(words, lower, shapes, gaz, i, sink);
    const byLabels = model.byLabels;
    if (byLabels) {
      for (const w of [byLabels.t1.get(prev), byLabels.t2.get(prev2)?.get(prev), byLabels.t1w.get(prev)?.get(lower[i])]) {
        if (w) for (let k = 0; k < L; k++) scores[k] += w[k];
      }
    } else addTagFeatures(model, `w=${lower[i]}`, prev, prev2, scores);
    let best = -1;
    for (let k = 0; k < L; k++) {
      if (!allowed(prev, model.labels[k])) continue;
      if (best < 0 || scores[k] > scores[best]) best = k;
    }
    out[i] = model.labels[best];
    prev2 = prev;
    prev = out[i];
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

/**
 * Serialises a model compactly: weights quantised to int16 with one global scale, features with all
 * weights quantising to zero dropped; the caller gzips the JSON.
 * @returns the JSON text
 */
export function serialiseNerModel(model: NerModel): string {
  let max = 0;
  for (const w of model.weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const features: string[] = [];
  const rows: Int16Array[] = [];
  for (const [f, w] of model.weights) {
    const q = new Int16Array(w.length);
    let any = false;
    for (let k = 0; k < w.length; k++) {
      q[k] = Math.round(w[k] / scale);
      if (q[k] !== 0) any = true;
    }
    if (!any) continue;
    features.push(f);
    rows.push(q);
  }
  const flat = new Int16Array(features.length * model.labels.length);
  rows.forEach((r, i) => flat.set(r, i * model.labels.length));
  const file: ModelFile = {
    format: 'detente-ner-perceptron/1',
    labels: [...model.labels],
    scale,
    features,
    weights: Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength).toString('base64'),
    meta: { ...model.meta },
  };
  return JSON.stringify(file);
}

/**
 * Loads a model written by {@link serialiseNerModel} (gzipped when the path ends in .gz).
 * @param path model file
 * @throws DetenteError E_NER_MODEL when the file is missing or not a detente NER model
 */
export function loadNerModel(path: string): NerModel {
  let file: ModelFile;
  try {
    const buf = readFileSync(path);
    file = JSON.parse((path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8')) as ModelFile;
  } catch (cause) {
    throw new DetenteError('E_NER_MODEL', `could not read the NER model at ${path}: run \`npm run train:ner\` to build it`, { cause });
  }
  if (file.format !== 'detente-ner-perceptron/1' || !Array.isArray(file.labels) || !Array.isArray(file.features)) {
    throw new DetenteError('E_NER_MODEL', `${path} is not a detente NER model (format ${String(file.format)})`);
  }
  const raw = Buffer.from(file.weights, 'base64');
  const flat = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  const L = file.labels.length;
  if (flat.length !== file.features.length * L) throw new DetenteError('E_NER_MODEL', `${path}: weight table does not match ${file.features.length} features × ${L} labels`);
  const weights = new Map<string, Float32Array>();
  for (let i = 0; i < file.features.length; i++) {
    const w = new Float32Array(L);
    for (let k = 0; k < L; k++) w[k] = flat[i * L + k] * file.scale;
    weights.set(file.features[i], w);
  }
  return Object.freeze(withLexicalCache({ labels: Object.freeze([...file.labels]), weights, meta: Object.freeze(file.meta ?? {}) }));
}
