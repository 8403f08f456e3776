import type { Doc } from '../../nlp/doc.js';
import { FNV_OFFSET, fnvAdd, fnvChar } from '../../nlp/fnv1a.js';
import { sumWeights, type CueModel } from './cue-model.js';
import { insideWord } from './word-boundary.js';

/** Version of the content-end feature set; recorded in the model (`meta.featureSet`). */
export const CONTENT_END_FEATURE_SET = 101;

/** Most features one candidate end can have. */
export const MAX_END_FEATURES = 20;

const SEP = 31;

/** The content rules whose end the ranker chooses (single-range contents after their cue). */
export const RANKED_RULES: ReadonlySet<string> = new Set([
  'indirect-cue-first',
  'indirect-object',
  'indirect-infinitive',
  'indirect-complement',
  'indirect-fallback',
]);

/** What the ranker knows of one reported content: where it starts, where the rule ended it, how far it may run. */
export interface ContentEndQuery {
  /** First token of the content. */
  readonly cs: number;
  /** The end the content rule chose (exclusive token index). */
  readonly ruleEnd: number;
  /** The furthest end allowed: the clause end or the first token another attribution holds. */
  readonly limit: number;
  /** The content rule ("indirect-cue-first", "indirect-object" …). */
  readonly rule: string;
}

/**
 * FNV-1a (nlp/fnv1a.ts) of template `id`, value `a` and, when given, a separator and value `b`; also the feature hash
 * of content-span.ts.
 * @returns an unsigned 32-bit hash
 */
export function templateHash(id: number, a: string, b?: string): number {
  const x = fnvAdd(fnvChar(FNV_OFFSET, id), a);
  return b === undefined ? x : fnvAdd(fnvChar(x, SEP), b);
}

/** A count as a feature value: 0–3 as written, then 4-6, 7-10, 11-20, 21+ (lengths, distances). */
export function lengthBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+';
}

/**
 * The hashed features of ending the content `[q.cs, e)` at `e`: the words and parts of speech on both sides of the end,
 * what follows a comma there, the length, whether the span holds a verb yet, how many commas it crosses, quotation
 * marks at the end, and how the end relates to the rule's end and to the limit (each conjoined with the rule).
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param q the content; `e` a candidate end in `(q.cs, q.limit]`
 * @param verbs number of verbs/auxiliaries in `[q.cs, e)`; `commas` number of commas there
 * @param out receives the hashes (length ≥ {@link MAX_END_FEATURES})
 * @returns the number of hashes written
 */
export function contentEndFeatures(doc: Doc, q: ContentEndQuery, e: number, quoted: Uint8Array, verbs: number, commas: number, out: Uint32Array): number {
  const at = e < q.limit;
  const last = doc.lower[e - 1];
  const next = at ? (quoted[e] ? '"' : doc.lower[e]) : '$';
  const nextPos = at ? doc.pos[e] : '$';
  const next2 = e + 1 < q.limit ? doc.lower[e + 1] : '$';
  const next2Pos = e + 1 < q.limit ? doc.pos[e + 1] : '$';
  const rel = e < q.ruleEnd ? '<' : e === q.ruleEnd ? '=' : '>';
  let n = 0;
  out[n++] = templateHash(1, rel);
  out[n++] = templateHash(2, rel, q.rule);
  out[n++] = templateHash(3, at ? '-' : 'limit', q.rule);
  out[n++] = templateHash(4, last);
  out[n++] = templateHash(5, doc.pos[e - 1]);
  out[n++] = templateHash(6, next);
  out[n++] = templateHash(7, nextPos, next2Pos);
  out[n++] = templateHash(8, doc.pos[e - 1], nextPos);
  out[n++] = templateHash(9, next === ',' || next === '--' || next === '\u2014' ? next + next2 : '-');
  out[n++] = templateHash(10, lengthBucket(e - q.cs), q.rule);
  out[n++] = templateHash(11, verbs > 0 ? 'v' : '-', rel);
  out[n++] = templateHash(12, commas > 2 ? '3+' : String(commas), at ? nextPos : '$');
  out[n++] = templateHash(13, quoted[e - 1] ? 'q' : '-', at && quoted[e] ? 'q' : '-');
  out[n++] = templateHash(14, rel, nextPos);
  out[n++] = templateHash(15, next, q.rule);
  out[n++] = templateHash(16, last, next);
  return n;
}

/**
 * Picks the end of a reported content: the candidate end in `(q.cs, q.limit]` with the highest score under the
 * content-end ranker (a perceptron trained to pick PolNeAR's gold ends among all ends; `npm run train:quotes`).
 * @param model the ranker (one weight per feature hash)
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param q the content and its rule end
 * @param scratch a buffer of at least {@link MAX_END_FEATURES} entries
 * @returns the chosen end (exclusive token index); `q.ruleEnd` when the limit leaves no choice
 */
export function chooseContentEnd(model: CueModel, doc: Doc, q: ContentEndQuery, quoted: Uint8Array, scratch: Uint32Array): number {
  if (q.limit - q.cs < 2) return q.ruleEnd;
  const table = model.weights;
  let best = q.ruleEnd;
  let bestScore = -Infinity;
  forEachContentEnd(doc, q, quoted, scratch, (e, n) => {
    const s = sumWeights(table, scratch, n);
    if (s > bestScore) {
      bestScore = s;
      best = e;
    }
  });
  return best;
}

/**
 * The candidate ends of a reported content, in order, each with its features: every end in `(q.cs, q.limit]` except
 * one right after a comma or one that leaves a quotation open. The one enumeration the ranker is trained on
 * (content-end-train.ts) and decides with ({@link chooseContentEnd}).
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param q the content and its rule end
 * @param scratch a buffer of at least {@link MAX_END_FEATURES} entries, overwritten for each candidate
 * @param visit called with the candidate end (exclusive token index) and the number of feature hashes in `scratch`
 */
export function forEachContentEnd(doc: Doc, q: ContentEndQuery, quoted: Uint8Array, scratch: Uint32Array, visit: (end: number, n: number) => void): void {
  let verbs = 0;
  let commas = 0;
  for (let e = q.cs + 1; e <= q.limit; e++) {
    const t = e - 1;
    if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') verbs++;
    if (doc.lower[t] === ',' && !quoted[t]) commas++;
    // an end never follows a comma, leaves a quotation open or cuts a word ("American-|born", "that|'s")
    if ((doc.lower[t] === ',' && !quoted[t]) || (quoted[t] && e < q.limit && quoted[e] && e !== q.ruleEnd) || (e < doc.tokenCount && insideWord(doc, e))) continue;
    visit(e, contentEndFeatures(doc, q, e, quoted, verbs, commas, scratch));
  }
}
