import type { Quote } from '../../model/quote.js';
import { tokenAtOrAfter, type Doc } from '../../nlp/doc.js';
import { contentEndFeatures, CONTENT_END_FEATURE_SET, MAX_END_FEATURES, RANKED_RULES, type ContentEndQuery } from './content-end.js';
import { createCueModel, type CueModel } from './cue-model.js';
import { clauses } from './doc-helpers.js';
import type { PolnearAttribution } from './polnear-reader.js';
import { clauseEnd } from './reported-content.js';

/** One training example: a content our rules found, with the gold end of the PolNeAR content starting at the same token. */
export interface ContentEndExample {
  readonly doc: Doc;
  readonly quoted: Uint8Array;
  readonly q: ContentEndQuery;
  /** Gold end (exclusive token index), in `(q.cs, q.limit]`. */
  readonly gold: number;
}

/**
 * Pairs the contents our rules found in one document (quotes from `extractQuotes` without a content-end model) with
 * the gold contents that start at the same token, as training examples for the content-end ranker.
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param quotes our quotes; `gold` the document's PolNeAR attributions
 * @returns one example per aligned content whose gold end lies within reach
 */
export function contentEndExamples(doc: Doc, quoted: Uint8Array, quotes: readonly Quote[], gold: readonly PolnearAttribution[]): ContentEndExample[] {
  const out: ContentEndExample[] = [];
  const sents = clauses(doc);
  // other attributions' contents and cues bound a content, as covered text, stops and cues do in extractQuotes
  const starts = quotes.flatMap((x) => (x.cue ? [tokenAtOrAfter(doc, x.start), tokenAtOrAfter(doc, x.cue.start)] : [tokenAtOrAfter(doc, x.start)]));
  for (const quote of quotes) {
    const rule = quote.provenance.rule.replace(/\+learned-cue$/, '');
    if (!RANKED_RULES.has(rule)) continue;
    const cs = tokenAtOrAfter(doc, quote.start);
    const ruleEnd = tokenAtOrAfter(doc, quote.end);
    const sentence = sents.find((s) => s.firstToken <= cs && cs < s.endToken);
    if (!sentence) continue;
    let limit = clauseEnd(doc, sentence.firstToken, sentence.endToken);
    const ownCue = quote.cue ? tokenAtOrAfter(doc, quote.cue.start) : -1;
    for (const st of starts) if (st > cs && st < limit && st !== ownCue) limit = st;
    if (ruleEnd > limit) limit = ruleEnd;
    if (ruleEnd >= 2 && quoted[ruleEnd - 1] && doc.lower[ruleEnd - 2] === ',') limit = Math.min(limit, ruleEnd); // as in extractQuotes
    const g = gold.find((a) => a.content.length && tokenAtOrAfter(doc, a.content[0][0]) === cs);
    if (!g) continue;
    const goldEnd = tokenAtOrAfter(doc, g.content[0][1]);
    if (goldEnd <= cs || goldEnd > limit) continue;
    out.push({ doc, quoted, q: { cs, ruleEnd, limit, rule }, gold: goldEnd });
  }
  return out;
}

/** mulberry32 (Tommy Ettinger, public domain): a seeded PRNG for a reproducible example order. */
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
 * Trains the content-end ranker: a structured averaged perceptron (Collins 2002) that scores every allowed end of a
 * content ({@link chooseContentEnd}'s candidates) and, when its best is not the gold end, adds the gold end's features
 * and subtracts the predicted end's. Deterministic for a given seed.
 * @param examples aligned contents ({@link contentEndExamples})
 * @param options epochs (default 5), seed (42), training record for the model header
 * @returns the ranker, in the cue model's container (thresholds unused)
 */
export function trainContentEndModel(
  examples: readonly ContentEndExample[],
  { epochs = 5, seed = 42, meta = {} }: { epochs?: number; seed?: number; meta?: Record<string, unknown> } = {},
): CueModel {
  // candidates of every example: feature lists per allowed end, and which one is gold
  const index = new Map<number, number>();
  const scratch = new Uint32Array(MAX_END_FEATURES);
  const cands: { feats: Int32Array[]; gold: number }[] = [];
  for (const { doc, quoted, q, gold } of examples) {
    const feats: Int32Array[] = [];
    let goldAt = -1;
    let verbs = 0;
    let commas = 0;
    for (let e = q.cs + 1; e <= q.limit; e++) {
      const t = e - 1;
      if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') verbs++;
      if (doc.lower[t] === ',' && !quoted[t]) commas++;
      if ((doc.lower[t] === ',' && !quoted[t]) || (quoted[t] && e < q.limit && quoted[e] && e !== q.ruleEnd)) continue;
      const n = contentEndFeatures(doc, q, e, quoted, verbs, commas, scratch);
      const f = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        let id = index.get(scratch[k]);
        if (id === undefined) {
          id = index.size;
          index.set(scratch[k], id);
        }
        f[k] = id;
      }
      if (e === gold) goldAt = feats.length;
      feats.push(f);
    }
    if (goldAt >= 0 && feats.length > 1) cands.push({ feats, gold: goldAt });
  }
  const F = index.size;
  const w = new Float64Array(F);
  const acc = new Float64Array(F);
  const stamp = new Float64Array(F);
  let c = 1;
  const bump = (f: Int32Array, y: number) => {
    for (const id of f) {
      acc[id] += (c - stamp[id]) * w[id];
      stamp[id] = c;
      w[id] += y;
    }
  };
  const order = Int32Array.from(cands, (_, k) => k);
  const rand = mulberry32(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      const t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
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
    const v = (acc[id] + (c - stamp[id]) * w[id]) / c;
    if (v !== 0) {
      hashes.push(hash);
      weights.push(v);
    }
  }
  return createCueModel(Uint32Array.from(hashes), Float32Array.from(weights), 0, -Infinity, Infinity, {
    ...meta,
    kind: 'content-end',
    featureSet: CONTENT_END_FEATURE_SET,
    epochs,
    seed,
    examples: cands.length,
    features: hashes.length,
  });
}
