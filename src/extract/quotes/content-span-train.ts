import type { Doc } from '../../nlp/doc.js';
import { CONTENT_SPAN_FEATURE_SET, MAX_SPAN_PART_FEATURES, spanPairFeatures, type SpanCandidates } from './content-span.js';
import type { CueModel } from './cue-model.js';
import type { CueMatch } from './find-cues.js';
import type { PolnearAttribution } from './polnear-reader.js';
import { trainRanker, type RankingExample } from './ranker-train.js';

/** One training example: the candidates of a cue no rule read, and which is gold (-1: "none", no gold attribution). */
export interface ContentSpanExample {
  readonly doc: Doc;
  readonly quoted: Uint8Array;
  readonly cue: CueMatch;
  readonly cands: SpanCandidates;
  /** Index of the gold pair in `cands.pairs` (pair number, not array offset), or -1 for "none". */
  readonly gold: number;
}

const WORDY = /[\p{L}\p{N}]/u;

/** The first word token at or after `t` (before `end`), or -1. */
function firstWord(doc: Doc, t: number, end: number): number {
  for (; t < end; t++) if (WORDY.test(doc.lower[t])) return t;
  return -1;
}

/** The last word token before `e` (at or after `start`), or -1. */
function lastWord(doc: Doc, e: number, start: number): number {
  for (let t = e - 1; t >= start; t--) if (WORDY.test(doc.lower[t])) return t;
  return -1;
}

/**
 * Pairs one cue no rule read with PolNeAR's gold: the attribution whose cue overlaps it gives the gold span (the
 * candidate with the same first and last word: the evaluation compares words), no such attribution gives "none".
 * @param doc the token layer; `quoted` per-token flag; `cue` the cue and `cands` its candidates (content-span.ts)
 * @param gold the document's PolNeAR attributions
 * @returns the example, or null when the gold content is no candidate (discontinuous, or starting or ending elsewhere)
 */
export function contentSpanExample(doc: Doc, quoted: Uint8Array, cue: CueMatch, cands: SpanCandidates, gold: readonly PolnearAttribution[]): ContentSpanExample | null {
  if (cands.pairs.length === 0) return null;
  const a = doc.starts[cue.start];
  const b = doc.ends[cue.end - 1];
  const g = gold.find((x) => x.cue.some(([p, q]) => p < b && a < q));
  if (!g) return { doc, quoted, cue, cands, gold: -1 };
  if (g.content.length !== 1) return null;
  const [cs, ce] = g.content[0];
  let gs = -1;
  let ge = -1;
  for (let t = 0; t < doc.tokenCount; t++) {
    if (doc.ends[t] <= cs || doc.starts[t] >= ce || !WORDY.test(doc.lower[t])) continue;
    if (gs < 0) gs = t;
    ge = t;
  }
  if (gs < 0) return null;
  const { pairs, starts, ends } = cands;
  for (let p = 0; p < pairs.length; p += 2) {
    const s = starts[pairs[p]];
    const e = ends[pairs[p + 1]];
    if (firstWord(doc, s, e) === gs && lastWord(doc, e, s) === ge) return { doc, quoted, cue, cands, gold: p / 2 };
  }
  return null;
}

/**
 * Trains the content-span model ({@link trainRanker}: a structured averaged perceptron choosing among "none" and every
 * candidate span). Deterministic for a given seed.
 * @param examples cues no rule read, with their gold choice ({@link contentSpanExample})
 * @param options epochs (default 5), seed (42), training record for the model header
 * @returns the model, in the cue model's container (thresholds unused)
 */
export function trainContentSpanModel(
  examples: readonly ContentSpanExample[],
  { epochs = 5, seed = 42, meta = {} }: { epochs?: number; seed?: number; meta?: Record<string, unknown> } = {},
): CueModel {
  const scratch = new Uint32Array(MAX_SPAN_PART_FEATURES);
  const ranking: RankingExample[] = [];
  for (const { doc, quoted, cue, cands, gold } of examples) {
    const candidates: Uint32Array[] = [cands.none];
    for (let p = 0; p < cands.pairs.length; p += 2) {
      const si = cands.pairs[p];
      const ei = cands.pairs[p + 1];
      const e = cands.ends[ei];
      const kind = cands.startKind[si];
      const n = spanPairFeatures(doc, cue, kind, cands.starts[si], e, e === cands.reach && kind !== 'before', quoted, scratch);
      const sh = cands.startHashes[si];
      const eh = cands.endHashes[ei];
      const all = new Uint32Array(sh.length + eh.length + n);
      all.set(sh, 0);
      all.set(eh, sh.length);
      all.set(scratch.subarray(0, n), sh.length + eh.length);
      candidates.push(all);
    }
    ranking.push({ candidates, gold: gold + 1 });
  }
  return trainRanker(ranking, { epochs, seed, meta: { ...meta, kind: 'content-span', featureSet: CONTENT_SPAN_FEATURE_SET } });
}
