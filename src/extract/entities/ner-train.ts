import { tokenKey } from './gazetteer.js';
import { gazetteerClasses, tokenFeatures, wordShape, type NerLexicon } from './ner-features.js';
import { allowed, hashNerModel, type NerModel } from './ner-tagger.js';

/** A training sentence: tokens and gold BIO labels. */
export interface LabelledSentence {
  readonly words: readonly string[];
  readonly labels: readonly string[];
}

/** Options for {@link trainNer}. */
export interface TrainOptions {
  /** Passes over the data (default 6). */
  epochs?: number;
  /** PRNG seed for the shuffle, so runs are reproducible (default 42). */
  seed?: number;
  /**
   * Further seeds: one perceptron is trained per seed (`seed` first, then these, each with its own
   * shuffle) and their averaged weights are averaged again (parameter averaging over runs, which
   * lowers the run-to-run variance of the shuffle order). Default none: one run.
   */
  moreSeeds?: readonly number[];
  /** Features seen fewer times than this are ignored (default 2). */
  minCount?: number;
  /**
   * Label history during training: 'gold' (teacher forcing) or 'predicted' (the tagger's own previous
   * labels, as at tagging time; Collins 2002). Default 'gold': with the greedy decoder 'predicted' scored lower (UNER EWT test 0.575 vs 0.621).
   */
  history?: 'gold' | 'predicted';
  /** Feature set: 1 (default) or 2 (adds the conjunctions of {@link emitContextFeatures} `extended`). */
  featureSet?: 1 | 2;
  /** Called after each epoch with the epoch number and the training token accuracy. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains an averaged-perceptron BIO tagger (Collins 2002) with greedy decoding and previous-label
 * features; the weights returned are the averages over all updates. Deterministic for a given seed.
 * @param data labelled sentences
 * @param lex gazetteer and word lists used by the features
 * @returns the trained {@link NerModel}
 */
export function trainNer(data: readonly LabelledSentence[], lex: NerLexicon, options: TrainOptions = {}): NerModel {
  const { epochs = 6, seed = 42, minCount = 2, history = 'gold', featureSet = 1, onEpoch } = options;
  const labelSet = new Set<string>(['O']);
  for (const s of data) for (const l of s.labels) labelSet.add(l);
  const labels = [...labelSet].sort();
  const L = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));

  // Precompute the static features once.
  const feats: string[][][] = [];
  const counts = new Map<string, number>();
  for (const s of data) {
    const lower = s.words.map(tokenKey);
    const shapes = s.words.map(wordShape);
    const gaz = gazetteerClasses(s.words, lex);
    const sf: string[][] = [];
    for (let i = 0; i < s.words.length; i++) {
      const f = tokenFeatures(s.words, lower, shapes, gaz, i, featureSet === 2);
      for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
      sf.push(f);
    }
    feats.push(sf);
  }
  for (const sf of feats) for (let i = 0; i < sf.length; i++) {
    // Keep position 0 (the word feature) so the t-1w feature can be formed; drop rare others.
    sf[i] = sf[i].filter((x, k) => k === 0 || (counts.get(x) ?? 0) >= minCount);
  }

  /** One averaged-perceptron run over the data with the shuffle of `runSeed`. */
  const trainRun = (runSeed: number, run: number): Map<string, Float32Array> => {
    const weights = new Map<string, Float32Array>();
    const totals = new Map<string, Float64Array>();
    const stamps = new Map<string, Float64Array>();
    let clock = 0;
    const add = (f: string, scores: Float64Array) => {
      const w = weights.get(f);
      if (w) for (let k = 0; k < L; k++) scores[k] += w[k];
    };
    const update = (f: string, k: number, delta: number) => {
      let w = weights.get(f);
      if (!w) {
        w = new Float32Array(L);
        weights.set(f, w);
        totals.set(f, new Float64Array(L));
        stamps.set(f, new Float64Array(L));
      }
      const tot = totals.get(f)!;
      const st = stamps.get(f)!;
      tot[k] += (clock - st[k]) * w[k];
      st[k] = clock;
      w[k] += delta;
    };

    const order = data.map((_, i) => i);
    const rand = mulberry32(runSeed);
    const scores = new Float64Array(L);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let correct = 0;
      let total = 0;
      for (const si of order) {
        const gold = data[si].labels;
        const sf = feats[si];
        let prev = '<s>';
        let prev2 = '<s>';
        for (let i = 0; i < sf.length; i++) {
          clock++;
          scores.fill(0);
          for (const f of sf[i]) add(f, scores);
          add(`t-1=${prev}`, scores);
          add(`t-2=${prev2}|${prev}`, scores);
          add(`t-1w=${prev}|${sf[i][0]}`, scores);
          let best = -1;
          for (let k = 0; k < L; k++) {
            if (!allowed(prev, labels[k])) continue;
            if (best < 0 || scores[k] > scores[best]) best = k;
          }
          const g = index.get(gold[i])!;
          if (best !== g) {
            const fs = [...sf[i], `t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|${sf[i][0]}`];
            for (const f of fs) {
              update(f, g, 1);
              update(f, best, -1);
            }
          } else correct++;
          total++;
          prev2 = prev;
          prev = history === 'gold' ? gold[i] : labels[best];
        }
      }
      onEpoch?.(run * epochs + epoch, correct / Math.max(1, total));
    }
    // Average.
    const averaged = new Map<string, Float32Array>();
    for (const [f, w] of weights) {
      const tot = totals.get(f)!;
      const st = stamps.get(f)!;
      const a = new Float32Array(L);
      for (let k = 0; k < L; k++) a[k] = (tot[k] + (clock - st[k]) * w[k]) / clock;
      averaged.set(f, a);
    }
    return averaged;
  };
  const seeds = [seed, ...(options.moreSeeds ?? [])];
  let averaged = trainRun(seed, 0);
  if (seeds.length > 1) {
    const sum = new Map<string, Float32Array>();
    const accumulate = (m: Map<string, Float32Array>) => {
      for (const [f, w] of m) {
        const acc = sum.get(f) ?? new Float32Array(L);
        for (let k = 0; k < L; k++) acc[k] += w[k] / seeds.length;
        sum.set(f, acc);
      }
    };
    accumulate(averaged);
    for (let r = 1; r < seeds.length; r++) accumulate(trainRun(seeds[r], r));
    averaged = sum;
  }
  return hashNerModel(labels, averaged, { epochs, seed, ...(seeds.length > 1 ? { seeds } : {}), minCount, history, featureSet, sentences: data.length });
}
