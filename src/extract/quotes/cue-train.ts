import type { Doc } from '../../nlp/doc.js';
import { clauses } from './doc-helpers.js';
import { CUE_FEATURE_SET, cueFeatures, MAX_CUE_FEATURES, quotedBounds } from './cue-features.js';
import { createCueModel, isCueCandidate, type CueModel } from './cue-model.js';
import type { CharRanges } from './polnear-reader.js';
import { quotedTokens } from './quoted-tokens.js';
import type { QuoteResources } from './resources.js';
import { averagedWeight, updateAveraged, type AveragedSlots } from '../entities/averaged-weights.js';
import { mulberry32, shuffleInPlace } from '../entities/seeded-shuffle.js';

/** One training document: its token layer and the character ranges of its gold cues. */
export interface CueTrainingDoc {
  readonly doc: Doc;
  readonly cues: readonly CharRanges[];
}

/** Options of {@link trainCueModel}; defaults in the signature. */
export interface CueTrainOptions {
  readonly epochs?: number;
  readonly seed?: number;
  readonly threshold?: number;
  readonly veto?: number;
  readonly fallback?: number;
  /** Keep only this many features, those with the largest averaged weights (a small table stays in cache). */
  readonly maxFeatures?: number;
  /** Extra training record written into the model header (data, split, licence). */
  readonly meta?: Record<string, unknown>;
}

/**
 * The per-token gold labels of one document: 1 for a token overlapping any gold cue range, else 0.
 * @param doc the token layer; `cues` the gold cue character ranges
 * @returns one label per token
 */
export function cueTokenLabels(doc: Doc, cues: readonly CharRanges[]): Uint8Array {
  const labels = new Uint8Array(doc.tokenCount);
  for (const ranges of cues) {
    for (const [a, b] of ranges) {
      // binary search for the first token ending after a
      let lo = 0;
      let hi = doc.tokenCount;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (doc.ends[mid] <= a) lo = mid + 1;
        else hi = mid;
      }
      for (let t = lo; t < doc.tokenCount && doc.starts[t] < b; t++) labels[t] = 1;
    }
  }
  return labels;
}

/**
 * Trains the cue model: a binary averaged perceptron (Collins 2002; weights averaged over every step, computed lazily)
 * over the hashed features of {@link cueFeatures}, one example per candidate token ({@link isCueCandidate}: verbs and lexicon
 * words outside quotation marks) of every clause, labelled 1 when the token lies in a gold cue. Deterministic for a given seed:
 * the example order of each epoch is a seeded shuffle.
 * @param docs training documents with their gold cue ranges
 * @param lexicon the cue lexicon (its membership is a feature)
 * @param options epochs (default 6), seed (42), decision threshold (0), veto (−Infinity: lexicon cues never dropped),
 *   fallback (Infinity: no rest-of-clause contents),
 *   maxFeatures (50,000: the features with the largest averaged weights are kept)
 * @returns the trained model
 */
export function trainCueModel(
  docs: readonly CueTrainingDoc[],
  lexicon: QuoteResources,
  { epochs = 6, seed = 42, threshold = 0, veto = -Infinity, fallback = Infinity, maxFeatures = 50_000, meta = {} }: CueTrainOptions = {},
): CueModel {
  // 1. features of every candidate token, as indices into one weight vector
  const index = new Map<number, number>();
  let feats = new Int32Array(1 << 20);
  let used = 0;
  const offsets: number[] = [0];
  const ys: number[] = [];
  const scratch = new Uint32Array(MAX_CUE_FEATURES);
  let positives = 0;
  for (const { doc, cues } of docs) {
    const { quoted } = quotedTokens(doc);
    const labels = cueTokenLabels(doc, cues);
    for (const s of clauses(doc)) {
      const bounds = quotedBounds(quoted, s.firstToken, s.endToken);
      for (let i = s.firstToken; i < s.endToken; i++) {
        if (!isCueCandidate(doc, i, quoted, lexicon)) continue;
        const n = cueFeatures(doc, i, s.firstToken, s.endToken, quoted, lexicon, bounds, scratch);
        for (let k = 0; k < n; k++) {
          let f = index.get(scratch[k]);
          if (f === undefined) {
            f = index.size;
            index.set(scratch[k], f);
          }
          if (used === feats.length) {
            const grown = new Int32Array(feats.length * 2);
            grown.set(feats);
            feats = grown;
          }
          feats[used++] = f;
        }
        offsets.push(used);
        ys.push(labels[i] ? 1 : -1);
        if (labels[i]) positives++;
      }
    }
  }
  const F = index.size;
  const slots: AveragedSlots = { weights: new Float64Array(F), totals: new Float64Array(F), stamps: new Float64Array(F) };
  const w = slots.weights;
  const order = Int32Array.from(ys, (_, k) => k);
  const rand = mulberry32(seed);
  let c = 1;
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rand);
    for (const x of order) {
      const a = offsets[x];
      const b = offsets[x + 1];
      let score = 0;
      for (let k = a; k < b; k++) score += w[feats[k]];
      const y = ys[x];
      if (y * score <= 0) {
        for (let k = a; k < b; k++) updateAveraged(slots, feats[k], y, c);
      }
      c++;
    }
  }
  const all = new Float32Array(F);
  const byHash = new Uint32Array(F);
  for (const [h, f] of index) {
    byHash[f] = h;
    all[f] = averagedWeight(slots, f, c);
  }
  // the largest weights; ties broken by hash so the pruned model does not depend on Map order
  const keep = Array.from({ length: F }, (_, f) => f)
    .filter((f) => all[f] !== 0)
    .sort((a, b) => Math.abs(all[b]) - Math.abs(all[a]) || byHash[a] - byHash[b])
    .slice(0, maxFeatures);
  const hashes = Uint32Array.from(keep, (f) => byHash[f]);
  const avg = Float32Array.from(keep, (f) => all[f]);
  return createCueModel(hashes, avg, threshold, veto, fallback, {
    maxFeatures,
    keptFeatures: keep.length,
    ...meta,
    featureSet: CUE_FEATURE_SET,
    epochs,
    seed,
    examples: ys.length,
    positives,
    features: F,
  });
}
