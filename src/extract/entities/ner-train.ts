import { averagedWeight, updateAveraged, type AveragedSlots } from './averaged-weights.js';
import { tokenKey } from './gazetteer.js';
import { DetenteError } from '../../pipeline/errors.js';
import { clusterLeaves, gazetteerClasses, tokenFeatures, wordShape, type NerLexicon, type SentenceClusters } from './ner-features.js';
import { allowed, hashNerModel, viterbi, viterbiFirstOrder, type NerModel } from './ner-tagger.js';
import { mulberry32, shuffleInPlace } from './seeded-shuffle.js';

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
  /**
   * Feature set: 1 (default), 2 (adds the conjunctions of {@link emitContextFeatures} `extended`) or 3
   * (2 plus the word-class features of {@link emitClusterFeatures}; needs `lex.clusters`).
   */
  featureSet?: 1 | 2 | 3;
  /**
   * Decoder, in training as at tagging time: 'greedy' (default; left to right, the best label at each
   * token) or 'viterbi' (exact second-order Viterbi; training becomes the structured perceptron of Collins
   * 2002, which updates on the whole predicted sequence) or 'viterbi1' (exact first-order Viterbi, the
   * same structured perceptron without the "t-2=" label-pair features, so decoding costs (L + 1) × L
   * per token instead of (L + 1)² × L). Recorded in the model's metadata.
   */
  decoder?: 'greedy' | 'viterbi' | 'viterbi1';
  /** Called after each epoch with the epoch number and the training token accuracy. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/**
 * Trains an averaged-perceptron BIO tagger (Collins 2002) with greedy decoding and previous-label
 * features; the weights returned are the averages over all updates. Deterministic for a given seed.
 * @param data labelled sentences
 * @param lex gazetteer and word lists used by the features
 * @returns the trained {@link NerModel}
 * @throws DetenteError E_NER_TRAIN when feature set 3 is asked for and `lex.clusters` is missing
 */
export function trainNer(data: readonly LabelledSentence[], lex: NerLexicon, options: TrainOptions = {}): NerModel {
  const { epochs = 6, seed = 42, minCount = 2, history = 'gold', featureSet = 1, decoder = 'greedy', onEpoch } = options;
  const labelSet = new Set<string>(['O']);
  for (const s of data) for (const l of s.labels) labelSet.add(l);
  const labels = [...labelSet].sort();
  const L = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));
  const clusterTable = featureSet >= 3 ? lex.clusters : null;
  const firstOrder = decoder === 'viterbi1';
  if (featureSet >= 3 && !clusterTable) throw new DetenteError('E_NER_TRAIN', 'feature set 3 needs word clusters (lex.clusters): run `npm run train:clusters`');

  // Precompute the static features once per distinct sentence (a source weighted k times repeats the same
  // sentence objects), as integer ids: the training loop then reads flat arrays instead of string-keyed maps.
  // Counts are per occurrence, as if every copy had its own features.
  // the id of a feature name in `list` (appended, numbered in order of first sight)
  const interner = (list: string[]) => {
    const idOf = new Map<string, number>();
    return (f: string): number => {
      let id = idOf.get(f);
      if (id === undefined) {
        id = list.length;
        idOf.set(f, id);
        list.push(f);
      }
      return id;
    };
  };
  const names: string[] = [];
  const intern = interner(names);
  const distinct = new Map<LabelledSentence, number>();
  const rawFeats: Int32Array[][] = [];
  const sentenceOf = new Int32Array(data.length);
  let counts = new Int32Array(1024);
  for (let si = 0; si < data.length; si++) {
    const s = data[si];
    let u = distinct.get(s);
    if (u === undefined) {
      const lower = s.words.map(tokenKey);
      const shapes = s.words.map(wordShape);
      const gaz = gazetteerClasses(s.words, lex);
      const sc: SentenceClusters | undefined = clusterTable ? { table: clusterTable, leaves: clusterLeaves(clusterTable, lower) } : undefined;
      const sf: Int32Array[] = [];
      for (let i = 0; i < s.words.length; i++) sf.push(Int32Array.from(tokenFeatures(s.words, lower, shapes, gaz, i, featureSet >= 2, sc), intern));
      u = rawFeats.length;
      rawFeats.push(sf);
      distinct.set(s, u);
      if (counts.length < names.length) {
        const grown = new Int32Array(Math.max(names.length, counts.length * 2));
        grown.set(counts);
        counts = grown;
      }
    }
    sentenceOf[si] = u;
    for (const f of rawFeats[u]) for (const x of f) counts[x]++;
  }
  // Keep position 0 (the word feature) so the t-1w feature can be formed; drop rare others. Kept features
  // are numbered afresh (0 … F-1), followed by the label features.
  const kept = new Int32Array(names.length).fill(-1);
  const featureNames: string[] = [];
  const keep = (old: number): number => {
    if (kept[old] < 0) {
      kept[old] = featureNames.length;
      featureNames.push(names[old]);
    }
    return kept[old];
  };
  const feats: Int32Array[][] = rawFeats.map((sf) => sf.map((f) => {
    const out: number[] = [];
    for (let k = 0; k < f.length; k++) if (k === 0 || counts[f[k]] >= minCount) out.push(keep(f[k]));
    return Int32Array.from(out);
  }));
  const prevs = ['<s>', ...labels];
  const P = prevs.length;
  const labelId = interner(featureNames); // label features after the kept ones
  const t1Id = Int32Array.from(prevs, (p) => labelId(`t-1=${p}`));
  const t2Id = new Int32Array(P * P);
  for (let q = 0; q < P; q++) for (let p = 0; p < P; p++) t2Id[q * P + p] = labelId(`t-2=${prevs[q]}|${prevs[p]}`);
  // "t-1w=prev|word" ids per word feature id and previous-label index, at `word × P + p` (word ids come first).
  const wordIds = new Set<number>();
  for (const sf of feats) for (const f of sf) wordIds.add(f[0]);
  const twBase = new Map<number, number>();
  for (const w of [...wordIds].sort((a, b) => a - b)) {
    twBase.set(w, featureNames.length);
    for (let p = 0; p < P; p++) labelId(`t-1w=${prevs[p]}|${featureNames[w]}`);
  }
  const twOf = (w: number, p: number): number => twBase.get(w)! + p;
  const F = featureNames.length;

  /** One averaged-perceptron run over the data with the shuffle of `runSeed`. */
  const trainRun = (runSeed: number, run: number): Map<string, Float32Array> => {
    // per feature: one slot per label at `id × L + k` (single-precision weights, as stored in the model)
    const slots: AveragedSlots & { readonly weights: Float32Array } = { weights: new Float32Array(F * L), totals: new Float64Array(F * L), stamps: new Float64Array(F * L) };
    const w = slots.weights;
    // features in the order of their first update, the order of the weights returned
    const touched = new Uint8Array(F);
    const order: number[] = [];
    let clock = 0;
    const add = (f: number, scores: Float64Array) => {
      const at = f * L;
      for (let k = 0; k < L; k++) scores[k] += w[at + k];
    };
    const update = (f: number, k: number, delta: number) => {
      if (touched[f] === 0) {
        touched[f] = 1;
        order.push(f);
      }
      updateAveraged(slots, f * L + k, delta, clock);
    };

    const shuffled = data.map((_, i) => i);
    const rand = mulberry32(runSeed);
    const scores = new Float64Array(L);
    const allowedM = new Uint8Array(P * L);
    for (let p = 0; p < P; p++) for (let k = 0; k < L; k++) allowedM[p * L + k] = allowed(prevs[p], labels[k]) ? 1 : 0;
    /** One structured-perceptron step on sentence `si` (Viterbi decoding); returns the tokens right. */
    const viterbiStep = (si: number): number => {
      const gold = data[si].labels;
      const sf = feats[sentenceOf[si]];
      const n = sf.length;
      const stat = new Float64Array(n * L);
      const tw = new Float64Array(n * P * L);
      const t1 = new Float64Array(P * L);
      const t2 = new Float64Array(firstOrder ? 0 : P * P * L);
      const addAt = (f: number, arr: Float64Array, at: number) => {
        const o = f * L;
        for (let k = 0; k < L; k++) arr[at + k] += w[o + k];
      };
      for (let p = 0; p < P; p++) {
        addAt(t1Id[p], t1, p * L);
        if (!firstOrder) for (let q = 0; q < P; q++) addAt(t2Id[q * P + p], t2, (q * P + p) * L);
      }
      for (let i = 0; i < n; i++) {
        for (const f of sf[i]) addAt(f, stat, i * L);
        for (let p = 0; p < P; p++) addAt(twOf(sf[i][0], p), tw, (i * P + p) * L);
      }
      const pred = firstOrder
        ? viterbiFirstOrder(n, L, (i, k, p1) => stat[i * L + k] + t1[p1 * L + k] + tw[(i * P + p1) * L + k], allowedM)
        : viterbi(n, L, (i, k, p2, p1) => stat[i * L + k] + t1[p1 * L + k] + t2[(p2 * P + p1) * L + k] + tw[(i * P + p1) * L + k], allowedM);
      clock++;
      let right = 0;
      // previous-label indices (0 = "<s>") of the gold and the predicted sequence
      let g1 = 0;
      let g2 = 0;
      let q1 = 0;
      let q2 = 0;
      for (let i = 0; i < n; i++) {
        const g = index.get(gold[i])!;
        const q = pred[i];
        if (g === q) right++;
        else {
          for (const f of sf[i]) {
            update(f, g, 1);
            update(f, q, -1);
          }
        }
        if (g !== q || g1 !== q1 || g2 !== q2) {
          update(t1Id[g1], g, 1);
          update(t1Id[q1], q, -1);
          if (!firstOrder) {
            update(t2Id[g2 * P + g1], g, 1);
            update(t2Id[q2 * P + q1], q, -1);
          }
          update(twOf(sf[i][0], g1), g, 1);
          update(twOf(sf[i][0], q1), q, -1);
        }
        g2 = g1;
        g1 = g + 1;
        q2 = q1;
        q1 = q + 1;
      }
      return right;
    };
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffleInPlace(shuffled, rand);
      let correct = 0;
      let total = 0;
      for (const si of shuffled) {
        if (decoder !== 'greedy') {
          correct += viterbiStep(si);
          total += feats[sentenceOf[si]].length;
          continue;
        }
        const gold = data[si].labels;
        const sf = feats[sentenceOf[si]];
        let prev = 0; // index into ["<s>", ...labels]
        let prev2 = 0;
        for (let i = 0; i < sf.length; i++) {
          clock++;
          scores.fill(0);
          for (const f of sf[i]) add(f, scores);
          const lf1 = t1Id[prev];
          const lf2 = t2Id[prev2 * P + prev];
          const lfw = twOf(sf[i][0], prev);
          add(lf1, scores);
          add(lf2, scores);
          add(lfw, scores);
          let best = -1;
          for (let k = 0; k < L; k++) {
            if (allowedM[prev * L + k] === 0) continue;
            if (best < 0 || scores[k] > scores[best]) best = k;
          }
          const g = index.get(gold[i])!;
          if (best !== g) {
            for (const f of sf[i]) {
              update(f, g, 1);
              update(f, best, -1);
            }
            for (const f of [lf1, lf2, lfw]) {
              update(f, g, 1);
              update(f, best, -1);
            }
          } else correct++;
          total++;
          prev2 = prev;
          prev = (history === 'gold' ? g : best) + 1;
        }
      }
      onEpoch?.(run * epochs + epoch, correct / Math.max(1, total));
    }
    // Average.
    const averaged = new Map<string, Float32Array>();
    for (const f of order) {
      const a = new Float32Array(L);
      for (let k = 0; k < L; k++) a[k] = averagedWeight(slots, f * L + k, clock);
      averaged.set(featureNames[f], a);
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
  return hashNerModel(labels, averaged, { epochs, seed, ...(seeds.length > 1 ? { seeds } : {}), minCount, history, featureSet, decoder, ...(clusterTable ? { clusters: clusterTable.name } : {}), sentences: data.length });
}
