import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Doc } from '../../nlp/doc.js';
import { DetenteError } from '../../pipeline/errors.js';
import { buildHashedWeights, type HashedWeights } from '../entities/ner-weights.js';
import { CUE_FEATURE_SET, cueFeatures, quotedBounds, type MAX_CUE_FEATURES } from './cue-features.js';
import { LEXICON_PHRASE, LEXICON_VERB } from './lexicon-bits.js';
import type { QuoteResources } from './resources.js';
import type { TokenLexiconBits } from './token-lexicon-bits.js';

/**
 * The trained cue detector: an averaged perceptron (Collins 2002) scoring each token for "part of an attribution
 * cue", over the hashed features of {@link cueFeatures}. Trained on PolNeAR train by `npm run train:quotes`.
 */
export interface CueModel {
  /** One weight per feature hash (labelCount 1). */
  readonly weights: HashedWeights;
  /** A token outside the lexicon scoring above this is a cue (tuned on held-out PolNeAR train articles). */
  readonly threshold: number;
  /** A lexicon cue scoring below this is dropped (−Infinity: never). */
  readonly veto: number;
  /** A cue scoring above this takes the rest of its clause when no content pattern matched (Infinity: never). */
  readonly fallback: number;
  /** Training record: data, epochs, seed, feature set, counts. */
  readonly meta: Readonly<Record<string, unknown>>;
}

const MAGIC = 0x55435144; // "DQCU" little-endian
const FORMAT = 'detente-cue-perceptron/1';

interface Header {
  format: string;
  scale: number;
  count: number;
  threshold: number;
  veto: number | null;
  fallback?: number | null;
  meta: Record<string, unknown>;
}

/**
 * Scores the candidate tokens of one sentence ({@link isCueCandidate}): the perceptron margin of "part of a cue"
 * (higher is more likely); −Infinity for every other token.
 * @param model the cue model
 * @param doc the token layer
 * @param s0 first token of the sentence; `s1` the token after its last
 * @param quoted per-token flag, non-zero inside quotation marks
 * @param lexicon the cue lexicon (its membership is a feature)
 * @param scores receives one score per token, written at `[s0, s1)`
 * @param scratch a buffer of at least {@link MAX_CUE_FEATURES} entries (allocated once by the caller)
 * @param bits the lexicon bits of the Doc's tokens (tokenLexiconBits), or undefined to ask the lexicon token by token
 */
export function scoreCueTokens(
  model: CueModel,
  doc: Doc,
  s0: number,
  s1: number,
  quoted: Uint8Array,
  lexicon: QuoteResources,
  scores: Float32Array,
  scratch: Uint32Array,
  bits?: TokenLexiconBits,
): void {
  const table = model.weights;
  const bounds = quotedBounds(quoted, s0, s1);
  for (let i = s0; i < s1; i++) {
    if (!isCueCandidate(doc, i, quoted, lexicon, bits) || !couldOpenContent(doc, i, s1, quoted, lexicon, bits)) {
      scores[i] = -Infinity;
      continue;
    }
    const n = cueFeatures(doc, i, s0, s1, quoted, lexicon, bounds, scratch);
    scores[i] = sumWeights(table, scratch, n);
  }
}

/**
 * The sum of the weights of `n` feature hashes (unknown features weigh 0): the open-addressing lookup of
 * ner-weights.ts `rowOffset`, written out so the hot loop makes no cross-module calls (one weight per row).
 * @param table the weights (labelCount 1); `hashes` feature hashes, the first `n` used
 */
export function sumWeights(table: HashedWeights, hashes: Uint32Array, n: number): number {
  const keys = table.keys;
  const rows = table.rows;
  const stride = table.stride;
  const mask = table.capacity - 1;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const key = hashes[k] || 1;
    let slot = key & mask;
    for (;;) {
      const at = keys[slot * stride];
      if (at === key) {
        sum += rows[slot * stride + 1];
        break;
      }
      if (at === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  return sum;
}

// what may follow a verb outside the lexicon for it to have content: a that- or to-clause, or a clause opening
// with a pronoun, verb, subordinator or quotation (learned cues take no object: find-cues.ts, reported-content.ts)
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['PRON', 'VERB', 'AUX', 'SCONJ']);

/**
 * False for a verb outside the cue lexicon that nothing after can make a cue of: no "that"/"to" within four words
 * and no clause opening right after it. Its score could almost only make a learned cue without content, so it is
 * not computed (a speed gate: quotes stage about 16 → 14.5 µs/sentence on 300 BBC articles; PolNeAR dev loses one
 * matched quote, overlap F1 70.0, exact 56.2 and cue F1 66.3 unchanged).
 */
function couldOpenContent(doc: Doc, i: number, s1: number, quoted: Uint8Array, lexicon: QuoteResources, bits: TokenLexiconBits | undefined): boolean {
  if (doc.pos[i] !== 'VERB') return true;
  const lemmaBits = bits ? bits.lemma[i] : lexicon.words.get(doc.lemmas[i]) ?? 0;
  const lowerBits = bits ? bits.lower[i] : lexicon.words.get(doc.lower[i]) ?? 0;
  if ((lemmaBits & LEXICON_VERB) !== 0 || (lowerBits & LEXICON_VERB) !== 0) return true;
  let j = i + 1;
  while (j < s1 && (doc.pos[j] === 'ADV' || doc.pos[j] === 'PART') && doc.lower[j] !== 'to') j++;
  if (j >= s1) return false;
  if (quoted[j] || CLAUSE_OPENERS.has(doc.pos[j]) || doc.lower[j] === ',') return true;
  for (let k = j; k < s1 && k < j + 4; k++) if (doc.lower[k] === 'that' || doc.lower[k] === 'to') return true;
  return false;
}

/**
 * True when the model scores token `i`: a verb, or a word the cue lexicon lists (verb, noun or first word of a phrase),
 * outside quotation marks. Only these are trained on and scored, which keeps the model at a few tokens a sentence.
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks; `lexicon` the cue lexicon
 * @param bits the lexicon bits of the Doc's tokens (tokenLexiconBits), or undefined to ask the lexicon
 */
export function isCueCandidate(doc: Doc, i: number, quoted: Uint8Array, lexicon: QuoteResources, bits?: TokenLexiconBits): boolean {
  if (quoted[i]) return false;
  if (doc.pos[i] === 'VERB') return true;
  if (doc.pos[i] === 'PUNCT') return false;
  // the lemma listed at all (verb, noun or phrase start: every listed word has a bit set), or the word opening a phrase
  if (bits) return bits.lemma[i] !== 0 || (bits.lower[i] & LEXICON_PHRASE) !== 0;
  return lexicon.words.has(doc.lemmas[i]) || ((lexicon.words.get(doc.lower[i]) ?? 0) & LEXICON_PHRASE) !== 0;
}

/**
 * Builds a model from feature hashes and weights (training output).
 * @param hashes one hash per feature; `weights` one weight per hash
 * @param threshold score above which a token outside the lexicon is a cue; `veto` score below which a lexicon cue is dropped;
 *   `fallback` score above which a cue takes the rest of its clause when no content pattern matched
 */
export function createCueModel(
  hashes: Uint32Array,
  weights: Float32Array,
  threshold: number,
  veto: number,
  fallback: number,
  meta: Record<string, unknown>,
): CueModel {
  return Object.freeze({ weights: buildHashedWeights(hashes, weights, 1), threshold, veto, fallback, meta: Object.freeze({ ...meta }) });
}

/**
 * Serialises a cue model compactly: magic "DQCU", a uint32 header length, a JSON header (format, scale, count,
 * thresholds, training record) padded to 4 bytes, then `count` uint32 feature hashes and `count` int16 weights
 * quantised with one global scale (the layout of the NER model, `serialiseNerModel`); features whose weight quantises
 * to zero are dropped. The caller gzips the bytes.
 * @returns the file bytes (little-endian)
 */
export function serialiseCueModel(model: CueModel): Buffer {
  const t = model.weights;
  let max = 0;
  for (let s = 0; s < t.capacity; s++) if (t.keys[s * t.stride] !== 0) max = Math.max(max, Math.abs(t.rows[s * t.stride + 1]));
  const scale = max > 0 ? max / 32767 : 1;
  const hashes: number[] = [];
  const q: number[] = [];
  for (let s = 0; s < t.capacity; s++) {
    if (t.keys[s * t.stride] === 0) continue;
    const v = Math.round(t.rows[s * t.stride + 1] / scale);
    if (v === 0) continue;
    hashes.push(t.keys[s * t.stride]);
    q.push(v);
  }
  const veto = Number.isFinite(model.veto) ? model.veto : null;
  const fallback = Number.isFinite(model.fallback) ? model.fallback : null;
  const header: Header = { format: FORMAT, scale, count: hashes.length, threshold: model.threshold, veto, fallback, meta: { ...model.meta } };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 4 !== 0) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), 32)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  const w = Int16Array.from(q);
  return Buffer.concat([head, json, Buffer.from(Uint32Array.from(hashes).buffer), Buffer.from(w.buffer, w.byteOffset, w.byteLength)]);
}

/**
 * Reads a model written by {@link serialiseCueModel} (gunzipped first when the path ends in .gz).
 * @param path the model file (default location: models/quotes/cue-perceptron.bin.gz)
 * @param featureSet the feature set the model must have been trained on (default the cue model's; the content-end
 *   ranker, models/quotes/content-end.bin.gz, shares this container with its own feature set)
 * @throws DetenteError E_QUOTE_MODEL when the file is missing, not a cue model, or built on another feature set
 */
export function loadCueModel(path: string, featureSet: number = CUE_FEATURE_SET): CueModel {
  let bytes: Buffer;
  try {
    const buf = readFileSync(path);
    bytes = path.endsWith('.gz') ? gunzipSync(buf) : buf;
  } catch (cause) {
    throw new DetenteError('E_QUOTE_MODEL', `could not read the quote cue model at ${path}: run \`npm run train:quotes\` to build it`, { cause });
  }
  return parseCueModel(bytes, path, featureSet);
}

/**
 * Parses the bytes of a cue model (see {@link serialiseCueModel}).
 * @param bytes the uncompressed file bytes; `path` names the file in error messages; `featureSet` the one expected
 * @throws DetenteError E_QUOTE_MODEL when the bytes are not a cue model of the expected feature set
 */
export function parseCueModel(bytes: Buffer, path = 'cue model', featureSet: number = CUE_FEATURE_SET): CueModel {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) throw new DetenteError('E_QUOTE_MODEL', `${path} is not a detente cue model (bad magic number)`);
  const len = bytes.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(8, 8 + len).toString('utf8')) as Header;
  } catch (cause) {
    throw new DetenteError('E_QUOTE_MODEL', `${path}: unreadable model header`, { cause });
  }
  if (header.format !== FORMAT) throw new DetenteError('E_QUOTE_MODEL', `${path}: format ${String(header.format)}, expected ${FORMAT}`);
  if (header.meta?.featureSet !== featureSet) {
    throw new DetenteError('E_QUOTE_MODEL', `${path} was trained on feature set ${String(header.meta?.featureSet)}, this code uses ${featureSet}: run \`npm run train:quotes\``);
  }
  const at = 8 + len;
  const need = at + header.count * 6;
  if (bytes.length < need) throw new DetenteError('E_QUOTE_MODEL', `${path}: truncated (${bytes.length} bytes, expected ${need})`);
  const copy = Uint8Array.prototype.slice.call(bytes, at, need); // aligned copy
  const hashes = new Uint32Array(copy.buffer, 0, header.count);
  const q = new Int16Array(copy.buffer, header.count * 4, header.count);
  const weights = new Float32Array(header.count);
  for (let k = 0; k < header.count; k++) weights[k] = q[k] * header.scale;
  return createCueModel(hashes, weights, header.threshold, header.veto ?? -Infinity, header.fallback ?? Infinity, header.meta);
}
