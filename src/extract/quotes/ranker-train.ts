import { createCueModel, type CueModel } from './cue-model.js';
import { averagedWeight, updateAveraged, type AveragedSlots } from '../entities/averaged-weights.js';
import { mulberry32, shuffleInPlace } from '../entities/seeded-shuffle.js';

/** One ranking example: the feature hashes of every candidate, and which candidate is gold. */
export interface RankingExample {
  readonly candidates: readonly Uint32Array[];
  readonly gold: number;
}

/**
 * Trains a ranker: a structured averaged perceptron (Collins 2002) that scores every candidate of an example and, when
 * its best is not the gold one, adds the gold candidate's features and subtracts the predicted one's; weights averaged
 * over every step (computed lazily). Deterministic for a given seed (seeded shuffle of the examples each epoch).
 * @param examples candidates' feature hashes and the gold candidate's index (examples with one candidate are skipped)
 * @param options epochs, seed, and the training record for the model header (must include `featureSet`)
 * @returns the ranker, in the cue model's container (thresholds unused)
 */
export function trainRanker(
  examples: readonly RankingExample[],
  { epochs, seed, meta }: { epochs: number; seed: number; meta: Record<string, unknown> },
): CueModel {
  const index = new Map<number, number>();
  const cands: { feats: Int32Array[]; gold: number }[] = [];
  for (const ex of examples) {
    if (ex.candidates.length < 2 || ex.gold < 0) continue;
    const feats = ex.candidates.map((hs) =>
      Int32Array.from(hs, (h) => {
        let id = index.get(h);
        if (id === undefined) {
          id = index.size;
          index.set(h, id);
        }
        return id;
      }),
    );
    cands.push({ feats, gold: ex.gold });
  }
  const F = index.size;
  const slots: AveragedSlots = { weights: new Float64Array(F), totals: new Float64Array(F), stamps: new Float64Array(F) };
  const w = slots.weights;
  let c = 1;
  const bump = (f: Int32Array, y: number) => {
    for (const id of f) updateAveraged(slots, id, y, c);
  };
  const order = Int32Array.from(cands, (_, k) => k);
  const rand = mulberry32(seed);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const x of order) {
      const { feats, gold } = cands[x];
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < feats.length; k++) {
        let s = 0;
        for (const id of feats[k]) s += w[id];
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      if (best !== gold) {
        bump(feats[gold], 1);
        bump(feats[best], -1);
      }
      c++;
    }
  }
  const hashes: number[] = [];
  const weights: number[] = [];
  for (const [hash, id] of index) {
    const v = averagedWeight(slots, id, c);
    if (v !== 0) {
      hashes.push(hash);
      weights.push(v);
    }
  }
  return createCueModel(Uint32Array.from(hashes), Float32Array.from(weights), 0, -Infinity, Infinity, {
    ...meta,
    epochs,
    seed,
    examples: cands.length,
    features: hashes.length,
  });
}
