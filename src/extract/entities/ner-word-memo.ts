import { tokenKey } from './gazetteer.js';
import { wordShape, type NerLexicon } from './ner-features.js';
import { fnvAdd, fnvChar, FNV_OFFSET, rowOffset, type HashedWeights } from './ner-weights.js';

/**
 * Per-word lookups of the NER tagger, memoised: everything the features need that depends on one token
 * alone (its key, shape, case flags, the weight-table offsets of the features built from one word, the
 * summed weights of its prefix/suffix features) is computed once per distinct word and reused in every
 * later sentence. The memo belongs to one model (created with it, reached through `NerModel.memo`, never a
 * module global); it only stores what a lookup would return, so tagging with a warm or a cold memo gives
 * identical labels. Its maps are bounded: when one passes its limit it is emptied and refills.
 *
 * A weight-table offset is `rowOffset(table, hash)` (−1 for a feature the model does not know); an "FNV
 * state" is the hash of a feature's first parts ("w-1w=talks|"), continued with the next part at use.
 */

const EQ = 61; // "="
const BAR = 124; // "|"

/** Facts of one token key (lower-cased, see tokenKey). */
export interface KeyFacts {
  readonly key: string;
  /**
   * Where this key's weights live in the memo's arenas: `lexical[at × L …]` holds the sum of the weights
   * of "w=", "p1=".."p4=", "x1=".."x4=" (added in that order, float64); `near[at × 7L …]` holds seven rows:
   * "w-1=key", "w+1=key", "w-2=key", "w+2=key" (the key as a neighbour), then "wc=key|C0", "wc=key|C",
   * "wc=key|c" (zeros for a feature the model does not know, adding zero changes no score).
   */
  readonly at: number;
  /** FNV states of "w-1w=key|" (key as previous word), "ww+1=key|" (key as this word), "w-1s=key|". */
  readonly prevWordPair: number;
  readonly wordNextPair: number;
  readonly prevWordShape: number;
  /** Whether the key starts a phrase of the gazetteer, the places, the brands. */
  readonly inGazetteer: boolean;
  readonly inPlaces: boolean;
  readonly inBrands: boolean;
  /** The word-list flags of gazetteerClasses for this key: "", "|given", "|cue" or "|given|cue". */
  readonly listFlags: string;
}

/** Facts of one word shape ("Xxx", "dd-dd"). */
export interface ShapeFacts {
  readonly shape: string;
  /** Rows of "s=shape", "s-1=shape", "s+1=shape" (zeros when unknown to the model). */
  readonly rows: Float32Array;
  /** FNV states of "s-1s+1=shape|" (shape as previous) and "sw+1=shape|" (shape as this token's). */
  readonly prevShapePair: number;
  readonly shapeNextPair: number;
}

/** Facts of one surface token. */
export interface WordFacts {
  readonly word: string;
  readonly key: KeyFacts;
  readonly shape: ShapeFacts;
  /** First code unit changes under toLowerCase (the "cap" feature). */
  readonly cap: boolean;
  /** Written in capitals with at least one A–Z letter. */
  readonly allCaps: boolean;
  readonly hyphen: boolean;
  /** Starts with an upper-case letter (\p{Lu}): places and brands written so are "place"/"brand", else "lplace"/"lbrand". */
  readonly upperInitial: boolean;
}

/** Facts of one gazetteerClasses value ("country:B|given"): rows of "g=v", "gw=v|C", "gw=v|c", "g-1=v", "g+1=v". */
export interface GazFacts {
  readonly rows: Float32Array;
}

/** The memo of one model; see the file comment. */
export interface NerWordMemo {
  readonly table: HashedWeights;
  /** Labels of the model; previous-label tables use index 0 for "<s>" and 1 + k for label k. */
  readonly labels: readonly string[];
  /** Rows of the flags "b", "cap0", "cap", "allcap", "hyph", "first" (in that order). */
  readonly flagRows: Float32Array;
  /** Rows of "t-1=prev" per previous-label index. */
  readonly prevLabelRows: Float32Array;
  /** Rows of "t-2=prev2|prev" at row `prev2 × (L + 1) + prev`. */
  readonly prevTwoLabelRows: Float32Array;
  /** FNV states of "t-1w=prev|w=" per previous-label index. */
  readonly afterLabelState: Uint32Array;
  /** 1 when label k may follow previous-label index p (BIO), at `p × L + k`. */
  readonly allowed: Uint8Array;
  /** Token keys the arenas hold before the memo is emptied. */
  readonly limit: number;
  /** Arenas of the key facts (see {@link KeyFacts.at}). */
  readonly lexical: Float64Array;
  readonly near: Float32Array;
  /** Offsets of "t-1w=prev|w=key" at `at × (L + 1) + prev` (−1 unknown to the model, −2 not looked up yet). */
  readonly afterLabel: Int32Array;
  /** The lexicon the key facts were computed with; another lexicon empties the memo. */
  lexicon: NerLexicon | null;
  readonly words: Map<string, WordFacts>;
  readonly keys: Map<string, KeyFacts>;
  readonly shapes: Map<string, ShapeFacts>;
  readonly gaz: Map<string, GazFacts>;
  /** Scratch scores, grown as needed (one tagging call at a time). */
  scratch: Float64Array;
}

/** Hash of a one-part feature as the tagger's sink forms it: "prefix=value", or "prefix" when the value is "". */
function singleHash(prefix: string, value: string): number {
  const h = fnvAdd(FNV_OFFSET, prefix);
  return value === '' ? h : fnvAdd(fnvChar(h, EQ), value);
}

/** FNV state of "prefix=value|", to be continued with the next part. */
export function pairState(prefix: string, value: string): number {
  return fnvChar(fnvAdd(fnvChar(fnvAdd(FNV_OFFSET, prefix), EQ), value), BAR);
}

/** Copies the weights of feature hash `h` (zeros when unknown) into `dest` at row `row`. */
function copyRow(table: HashedWeights, h: number, dest: Float32Array, row: number): void {
  const o = rowOffset(table, h);
  const L = table.labelCount;
  if (o < 0) dest.fill(0, row * L, row * L + L);
  else dest.set(table.rows.subarray(o, o + L), row * L);
}

/**
 * Creates the empty memo of a model.
 * @param table the model's weights; `labels` its labels in model order
 * @param allowed the BIO transition rule (prev label, next label) → may follow
 * @param limit distinct token keys held before the memo is emptied (default 32,768: about 12 MB of
 *   arenas for 9 labels, which holds the vocabulary of a few thousand news articles)
 */
export function createNerWordMemo(table: HashedWeights, labels: readonly string[], allowed: (prev: string, next: string) => boolean, limit = 32_768): NerWordMemo {
  const L = labels.length;
  const prevs = ['<s>', ...labels];
  const P = prevs.length;
  const prevLabelRows = new Float32Array(P * L);
  const prevTwoLabelRows = new Float32Array(P * P * L);
  const afterLabelState = new Uint32Array(P);
  const allowedM = new Uint8Array(P * L);
  const H_T1 = fnvAdd(FNV_OFFSET, 't-1=');
  const H_T2 = fnvAdd(FNV_OFFSET, 't-2=');
  const H_T1W = fnvAdd(FNV_OFFSET, 't-1w=');
  for (let p = 0; p < P; p++) {
    copyRow(table, fnvAdd(H_T1, prevs[p]), prevLabelRows, p);
    for (let q = 0; q < P; q++) copyRow(table, fnvAdd(fnvChar(fnvAdd(H_T2, prevs[q]), BAR), prevs[p]), prevTwoLabelRows, q * P + p);
    afterLabelState[p] = fnvAdd(fnvChar(fnvAdd(H_T1W, prevs[p]), BAR), 'w=');
    for (let k = 0; k < L; k++) allowedM[p * L + k] = allowed(prevs[p], labels[k]) ? 1 : 0;
  }
  const flagRows = new Float32Array(6 * L);
  ['b', 'cap0', 'cap', 'allcap', 'hyph', 'first'].forEach((name, r) => copyRow(table, fnvAdd(FNV_OFFSET, name), flagRows, r));
  return {
    table,
    labels,
    flagRows,
    prevLabelRows,
    prevTwoLabelRows,
    afterLabelState,
    allowed: allowedM,
    limit,
    lexical: new Float64Array(limit * L),
    near: new Float32Array(limit * 7 * L),
    afterLabel: new Int32Array(limit * P),
    lexicon: null,
    words: new Map(),
    keys: new Map(),
    shapes: new Map(),
    gaz: new Map(),
    scratch: new Float64Array(64 * L),
  };
}

/**
 * Prepares the memo for a sentence of `tokens` tokens tagged with `lex`: empties it when the lexicon
 * changed or when the sentence's new keys might not fit (so no key's arena slot is reused while a
 * sentence holds its facts).
 */
export function prepareMemo(memo: NerWordMemo, lex: NerLexicon, tokens: number): void {
  if (memo.lexicon === lex && memo.keys.size + tokens + 2 <= memo.limit && memo.words.size + tokens <= 4 * memo.limit) return;
  memo.words.clear();
  memo.keys.clear();
  memo.lexicon = lex;
}

const H_W = fnvAdd(FNV_OFFSET, 'w=');
const H_P = [1, 2, 3, 4].map((k) => fnvAdd(FNV_OFFSET, `p${k}=`));
const H_X = [1, 2, 3, 4].map((k) => fnvAdd(FNV_OFFSET, `x${k}=`));

/** Facts of a token key (memoised); call {@link prepareMemo} first. */
export function keyFacts(memo: NerWordMemo, key: string): KeyFacts {
  let f = memo.keys.get(key);
  if (f) return f;
  const { table } = memo;
  const L = table.labelCount;
  const rows = table.rows;
  const at = memo.keys.size;
  const lexical = memo.lexical;
  lexical.fill(0, at * L, at * L + L);
  const addLex = (h: number) => {
    const o = rowOffset(table, h);
    if (o < 0) return;
    for (let k = 0; k < L; k++) lexical[at * L + k] += rows[o + k];
  };
  addLex(fnvAdd(H_W, key));
  for (let k = 1; k <= 4 && k < key.length; k++) {
    addLex(fnvAdd(H_P[k - 1], key, 0, k));
    addLex(fnvAdd(H_X[k - 1], key, key.length - k));
  }
  const near = memo.near;
  const base = at * 7;
  copyRow(table, singleHash('w-1', key), near, base);
  copyRow(table, singleHash('w+1', key), near, base + 1);
  copyRow(table, singleHash('w-2', key), near, base + 2);
  copyRow(table, singleHash('w+2', key), near, base + 3);
  const wc = pairState('wc', key);
  copyRow(table, fnvAdd(wc, 'C0'), near, base + 4);
  copyRow(table, fnvAdd(wc, 'C'), near, base + 5);
  copyRow(table, fnvAdd(wc, 'c'), near, base + 6);
  const P = L + 1;
  memo.afterLabel.fill(-2, at * P, at * P + P);
  const lex = memo.lexicon!;
  let listFlags = '';
  if (lex.givenNames.has(key) || lex.firstNames.has(key)) listFlags += '|given';
  if (lex.orgCues.has(key)) listFlags += '|cue';
  f = {
    key,
    at,
    prevWordPair: pairState('w-1w', key),
    wordNextPair: pairState('ww+1', key),
    prevWordShape: pairState('w-1s', key),
    inGazetteer: lex.gazetteer.has(key),
    inPlaces: lex.places.has(key),
    inBrands: lex.brands.has(key),
    listFlags,
  };
  memo.keys.set(key, f);
  return f;
}

/** Facts of a word shape (memoised). */
export function shapeFacts(memo: NerWordMemo, shape: string): ShapeFacts {
  let f = memo.shapes.get(shape);
  if (f) return f;
  const { table } = memo;
  const rows = new Float32Array(3 * table.labelCount);
  copyRow(table, singleHash('s', shape), rows, 0);
  copyRow(table, singleHash('s-1', shape), rows, 1);
  copyRow(table, singleHash('s+1', shape), rows, 2);
  f = { shape, rows, prevShapePair: pairState('s-1s+1', shape), shapeNextPair: pairState('sw+1', shape) };
  if (memo.shapes.size >= memo.limit) memo.shapes.clear();
  memo.shapes.set(shape, f);
  return f;
}

/** Facts of a surface token (memoised); call {@link prepareMemo} first. */
export function wordFacts(memo: NerWordMemo, word: string): WordFacts {
  let f = memo.words.get(word);
  if (f) return f;
  const c0 = word[0];
  f = {
    word,
    key: keyFacts(memo, tokenKey(word)),
    shape: shapeFacts(memo, wordShape(word)),
    cap: c0 !== undefined && c0 !== c0.toLowerCase(),
    allCaps: word === word.toUpperCase() && /[A-Z]/.test(word),
    hyphen: word.includes('-'),
    upperInitial: /^\p{Lu}/u.test(word),
  };
  memo.words.set(word, f);
  return f;
}

/** Facts of a gazetteerClasses value (memoised; the value is not ""). */
export function gazFacts(memo: NerWordMemo, value: string): GazFacts {
  let f = memo.gaz.get(value);
  if (f) return f;
  const { table } = memo;
  const rows = new Float32Array(5 * table.labelCount);
  const gw = pairState('gw', value);
  copyRow(table, singleHash('g', value), rows, 0);
  copyRow(table, fnvAdd(gw, 'C'), rows, 1);
  copyRow(table, fnvAdd(gw, 'c'), rows, 2);
  copyRow(table, singleHash('g-1', value), rows, 3);
  copyRow(table, singleHash('g+1', value), rows, 4);
  f = { rows };
  if (memo.gaz.size >= memo.limit) memo.gaz.clear();
  memo.gaz.set(value, f);
  return f;
}

/** The offset in the model's rows of "t-1w=prev|w=key" for previous-label index `p`, or −1 (memoised). */
export function afterLabelOffset(memo: NerWordMemo, key: KeyFacts, p: number): number {
  const at = key.at * memo.afterLabelState.length + p;
  let o = memo.afterLabel[at];
  if (o === -2) {
    o = rowOffset(memo.table, fnvAdd(memo.afterLabelState[p], key.key));
    memo.afterLabel[at] = o;
  }
  return o;
}
