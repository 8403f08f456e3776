import { fnvAdd, fnvChar, FNV_OFFSET, FNV_PRIME } from '../../nlp/fnv1a.js';
import { firstKeyPhrases, tokenKey, type FirstKeyPhrases } from './gazetteer.js';
import { wordShape, type NerLexicon } from './ner-features.js';
import { mayHold, probeRow, rowOffset, type HashedWeights } from './ner-weights.js';

/**
 * Per-word lookups of the NER tagger, memoised: everything the features need that depends on one token
 * alone (its key, shape, case flags, the weight-table offsets of the features built from one word, the
 * summed weights of its prefix/suffix features) is computed once per distinct word and reused in every
 * later sentence; so is the offset of the shape-triple feature (by shape ids). The features of two adjacent
 * words ("ww+1=left|right"…) are hashed from the words' memoised FNV states at each use (see
 * {@link addPairScores}) and not memoised. The memo belongs to one model (created with it, reached through `NerModel.memo`, never a
 * module global); it only stores what a lookup would return, so tagging with a warm or a cold memo gives
 * identical labels.
 *
 * Its word and key tables are generational: when the current generation is full it becomes the old one
 * (the generation before it is dropped, its buffers reused) and an empty one starts; a word or key the
 * current generation misses but the old one holds is promoted (its facts and summed rows copied) instead
 * of computed again. So the frequent words of news stay warm through a long ingest, where emptying the
 * memo made every one of them cold again at each refill. The shape, shape-triple and gazetteer-class
 * tables are small and are emptied when they pass their limit.
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
   * of "w=", "p1=".."p4=", "x1=".."x4=" (added in that order, float64); `afterLabel[at × (L + 1) …]` the
   * offsets of "t-1w=prev|w=key".
   */
  readonly at: number;
  /** FNV states of "w-1w=key|" (key as previous word), "ww+1=key|" (key as this word), "w-1s=key|". */
  readonly prevWordPair: number;
  readonly wordNextPair: number;
  readonly prevWordShape: number;
  /** The phrases the key starts in the gazetteer, the places, the brands (null: none). */
  readonly gazetteerFirst: FirstKeyPhrases | null;
  readonly placesFirst: FirstKeyPhrases | null;
  readonly brandsFirst: FirstKeyPhrases | null;
  /** The word-list flags of gazetteerClasses for this key: "", "|given", "|cue" or "|given|cue". */
  readonly listFlags: string;
}

/** Facts of one word shape ("Xxx", "dd-dd"). */
export interface ShapeFacts {
  readonly shape: string;
  /** Number of the shape in the memo, never reused (the key of the shape-triple table). */
  readonly id: number;
  /** Rows of "s=shape", "s-1=shape", "s+1=shape" (zeros when unknown to the model). */
  readonly rows: Float32Array;
  /** FNV states of "s-1s+1=shape|" (shape as previous) and "sw+1=shape|" (shape as this token's). */
  readonly prevShapePair: number;
  readonly shapeNextPair: number;
}

/** Facts of one surface token. */
export interface WordFacts {
  readonly word: string;
  /**
   * Where this word's summed rows live in `memo.wordRows` (block `at × WORD_ROWS × L`, see
   * {@link WordRow}): everything the word adds to its own scores and to its neighbours' scores.
   */
  readonly at: number;
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
  /**
   * The sum of the "t-1=prev" and "t-2=prev2|prev" rows at row `prev2 × (L + 1) + prev` (float64, exact:
   * see {@link WordRow}), what greedy decoding adds for the two previous labels.
   */
  readonly labelPairRows: Float64Array;
  /** FNV states of "t-1w=prev|w=" per previous-label index. */
  readonly afterLabelState: Uint32Array;
  /** 1 when label k may follow previous-label index p (BIO), at `p × L + k`. */
  readonly allowed: Uint8Array;
  /** Token keys (and surface words) the arenas of one generation hold before the next generation starts. */
  readonly limit: number;
  /** The model's feature set (1, 2 or 3; see tokenFeatures): which features the word rows sum. */
  readonly featureSet: number;
  /** Arena of the key facts (see {@link KeyFacts.at}). */
  lexical: Float64Array;
  /**
   * The word rows (see {@link WordRow}): block `b` at `b × WORD_ROWS × L`; block {@link START_BLOCK} is
   * the sentence start "<s>" as a left neighbour, {@link END_BLOCK} the end "</s>" as a right neighbour,
   * and the word of {@link WordFacts.at} `b` has block `b`. Allocated whole (`limit` word blocks and the two above) when the generation is made: growing it by doubling copied it three times a generation and was 2–3% of a cold tagging pass.
   */
  wordRows: Float64Array;
  /**
   * The summed cluster-feature rows of the lexicon's word classes (see `NerModel.clusterRows`), for a
   * feature-set-3 model; null otherwise.
   */
  clusterRows: Float64Array | null;
  /** Offsets of "t-1w=prev|w=key" at `at × (L + 1) + prev` (−1 unknown to the model, −2 not looked up yet). */
  afterLabel: Int32Array;
  /** The lexicon the key facts were computed with; another lexicon empties the memo. */
  lexicon: NerLexicon | null;
  /**
   * The words' facts by block (`wordList[at − 2]`), found through an open-addressing table of the FNV-1a
   * hashes of their code units (slot `s` is `wordSlots[2s]`, the index into `wordList` or −1 when empty, and
   * `wordSlots[2s + 1]`, the hash as an int32: side by side, so that a probe reads one cache line), so that a
   * token is looked up straight from the article text without slicing it.
   */
  wordList: WordFacts[];
  wordSlots: Int32Array;
  /**
   * Offsets in the model's rows of "s-1s+1=prev|this|next", memoised by the three shapes' ids: four
   * Int32 per slot (previous id + 1, 0 = empty; this id; next id; the offset, −1 when unknown to the
   * model), at most `shapeTripleLimit` triples (half the word limit, at least 16 and at most 8,192: the bench
   * corpus has about 3,300) before the table is emptied.
   */
  readonly shapeTriples: Int32Array;
  readonly shapeTripleLimit: number;
  shapeTripleCount: number;
  /** The id the next new shape gets. */
  nextShapeId: number;
  keys: Map<string, KeyFacts>;
  /**
   * The previous generation of the word and key tables (null before the first switch and after a
   * lexicon change): read to promote what the current generation misses, never written.
   */
  old: MemoGeneration | null;
  /** Generations started so far (0 for the first). */
  generation: number;
  /** Words and keys promoted from the old generation so far (see the file comment). */
  promoted: number;
  readonly shapes: Map<string, ShapeFacts>;
  readonly gaz: Map<string, GazFacts>;
  /** Scratch scores, grown as needed (one tagging call at a time). */
  scratch: Float64Array;
  /**
   * Scratch feature hashes and their presence bits ({@link LOOKUP_BATCH} each) for the lookups a new key or
   * word makes together (see mayHold).
   */
  readonly hashScratch: Uint32Array;
  readonly bitScratch: Int32Array;
}

/** The most features {@link keyFacts} or {@link fillWordRows} look up together (9 and 6 now). */
const LOOKUP_BATCH = 16;

/**
 * One generation of the memo's word and key tables: the fields of {@link NerWordMemo} of the same
 * names, which hold the current generation.
 */
export interface MemoGeneration {
  readonly keys: Map<string, KeyFacts>;
  readonly lexical: Float64Array;
  readonly afterLabel: Int32Array;
  readonly wordList: WordFacts[];
  readonly wordSlots: Int32Array;
  readonly wordRows: Float64Array;
}

/**
 * The rows of one word block in `memo.wordRows`, each `L` float64 scores (zeros for what the model does
 * not know): what a word adds to its own scores as the first token of a sentence and elsewhere ("w=",
 * "p1=".."x4=", "b", "s=", "cap0" or "cap", "allcap", "hyph", "first", "wc=", and the word-class
 * features "c4=…" of feature set 3), and what it adds to its neighbours' scores as the previous word
 * ("w-1=", "s-1=", "c-1:4=…"), the next word ("w+1=", "s+1=", "c+1:4=…"), two words before ("w-2=") and
 * two words after ("w+2="). The weights of a stored model are multiples of one quantum (int16 × scale,
 * see loadNerModel) far below 2^53 of it, so float64 sums of them are exact in any order: summing a word's
 * features ahead gives the scores of adding them one by one.
 */
export const WordRow = Object.freeze({ selfFirst: 0, self: 1, asPrev: 2, asNext: 3, asPrev2: 4, asNext2: 5 });
/** Rows per word block (see {@link WordRow}). */
export const WORD_ROWS = 6;
/** The word block of the sentence start "<s>" (its asPrev and asPrev2 rows). */
export const START_BLOCK = 0;
/** The word block of the sentence end "</s>" (its asNext and asNext2 rows). */
export const END_BLOCK = 1;
/** Word blocks before the first word's. */
const FIRST_WORD_BLOCK = 2;

/** Hash of a one-part feature as the tagger's sink forms it: "prefix=value", or "prefix" when the value is "". */
function singleHash(prefix: string, value: string): number {
  const h = fnvAdd(FNV_OFFSET, prefix);
  return value === '' ? h : fnvAdd(fnvChar(h, EQ), value);
}

/** FNV state of "prefix=value|", to be continued with the next part. */
export function pairState(prefix: string, value: string): number {
  return fnvChar(fnvAdd(fnvChar(fnvAdd(FNV_OFFSET, prefix), EQ), value), BAR);
}

/** Adds the weights of feature hash `h` (nothing when unknown) to `dest[at …]`. */
function addRow(table: HashedWeights, h: number, dest: Float64Array, at: number): void {
  const o = rowOffset(table, h);
  if (o < 0) return;
  const rows = table.rows;
  for (let k = 0; k < table.labelCount; k++) dest[at + k] += rows[o + k];
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
 * @param limit distinct token keys (and surface words) of one generation (default 12,288: two generations
 *   hold at most about 13 MB of arenas for 9 labels, 544 bytes a word, as the one generation of 24,576 did
 *   before the memo was generational; the bench corpus's 694 articles have about 18,000 words). Full bench
 *   ingest corpus through the CLI (25,877 articles, alternating with the memo of one generation of 24,576
 *   and a pair table): peak RSS 314 MB against 317 MB, 257 -> 314 MB from 2,000 articles on (1.22×,
 *   against 1.23×), stored rows identical; two generations of 24,576 peaked at 350 and 344 MB (1.40×,
 *   1.37×) against 332 and 320 MB. Tagging alone, 26,068 articles in one process: 39 generations, not
 *   slower than 11 generations of 24,576 (8.77 against 9.37 CPU-s, mean of 2, alternating)
 * @param featureSet the model's feature set (`meta.featureSet`, default 1)
 */
export function createNerWordMemo(table: HashedWeights, labels: readonly string[], allowed: (prev: string, next: string) => boolean, limit = 12_288, featureSet = 1): NerWordMemo {
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
  const labelPairRows = new Float64Array(P * P * L);
  for (let q = 0; q < P; q++) for (let p = 0; p < P; p++) for (let k = 0; k < L; k++) labelPairRows[(q * P + p) * L + k] = prevLabelRows[p * L + k] + prevTwoLabelRows[(q * P + p) * L + k];
  const flagRows = new Float32Array(6 * L);
  ['b', 'cap0', 'cap', 'allcap', 'hyph', 'first'].forEach((name, r) => copyRow(table, fnvAdd(FNV_OFFSET, name), flagRows, r));
  const W = WORD_ROWS * L;
  const shapeTripleLimit = Math.max(16, Math.min(8_192, limit >> 1));
  const wordRows = new Float64Array((limit + FIRST_WORD_BLOCK) * W);
  const sb = START_BLOCK * W;
  addRow(table, singleHash('w-1', '<s>'), wordRows, sb + WordRow.asPrev * L);
  addRow(table, singleHash('s-1', '<s>'), wordRows, sb + WordRow.asPrev * L);
  addRow(table, singleHash('w-2', '<s>'), wordRows, sb + WordRow.asPrev2 * L);
  const eb = END_BLOCK * W;
  addRow(table, singleHash('w+1', '</s>'), wordRows, eb + WordRow.asNext * L);
  addRow(table, singleHash('s+1', '</s>'), wordRows, eb + WordRow.asNext * L);
  addRow(table, singleHash('w+2', '</s>'), wordRows, eb + WordRow.asNext2 * L);
  return {
    table,
    labels,
    flagRows,
    prevLabelRows,
    prevTwoLabelRows,
    labelPairRows,
    afterLabelState,
    allowed: allowedM,
    limit,
    featureSet,
    lexical: new Float64Array(limit * L),
    wordRows,
    clusterRows: null,
    afterLabel: new Int32Array(limit * P),
    lexicon: null,
    wordList: [],
    wordSlots: new Int32Array(2 * wordTableCapacity(limit)).fill(-1),
    shapeTriples: new Int32Array(4 * wordTableCapacity(shapeTripleLimit)),
    shapeTripleLimit,
    shapeTripleCount: 0,
    nextShapeId: 0,
    keys: new Map(),
    old: null,
    generation: 0,
    promoted: 0,
    shapes: new Map(),
    gaz: new Map(),
    scratch: new Float64Array(64 * L),
    hashScratch: new Uint32Array(LOOKUP_BATCH),
    bitScratch: new Int32Array(LOOKUP_BATCH),
  };
}

/**
 * Prepares the memo for a sentence of `tokens` tokens tagged with `lex`: empties both generations when
 * the lexicon changed (the key facts and word rows depend on it), and starts a new generation when the
 * sentence's new keys or words might not fit in the current one (so no arena slot is reused while a
 * sentence holds its facts).
 * @param clusterRows for a feature-set-3 model, the summed cluster rows of `lex.clusters` (the same
 *   for the same lexicon); null otherwise
 */
export function prepareMemo(memo: NerWordMemo, lex: NerLexicon, tokens: number, clusterRows: Float64Array | null = null): void {
  if (memo.lexicon === lex && memo.keys.size + tokens + 2 <= memo.limit && memo.wordList.length + tokens <= memo.limit) return;
  if (memo.lexicon === lex) {
    switchGeneration(memo);
    return;
  }
  memo.old = null;
  clearGeneration(memo);
  memo.lexicon = lex;
  memo.clusterRows = clusterRows;
}

/** Empties the current generation's word and key tables (the arenas' contents are overwritten as they refill). */
function clearGeneration(memo: NerWordMemo): void {
  memo.wordList.length = 0;
  memo.wordSlots.fill(-1);
  memo.keys.clear();
}

/**
 * Makes the current generation the old one and starts an empty current one, in the buffers of the
 * generation dropped (or new ones at the first switch, the word-row arena with the start and end
 * blocks copied).
 */
function switchGeneration(memo: NerWordMemo): void {
  const dropped = memo.old;
  memo.old = {
    keys: memo.keys,
    lexical: memo.lexical,
    afterLabel: memo.afterLabel,
    wordList: memo.wordList,
    wordSlots: memo.wordSlots,
    wordRows: memo.wordRows,
  };
  if (dropped) {
    memo.keys = dropped.keys;
    memo.lexical = dropped.lexical;
    memo.afterLabel = dropped.afterLabel;
    memo.wordList = dropped.wordList;
    memo.wordSlots = dropped.wordSlots;
    memo.wordRows = dropped.wordRows;
  } else {
    const W = WORD_ROWS * memo.table.labelCount;
    memo.keys = new Map();
    memo.lexical = new Float64Array(memo.lexical.length);
    memo.afterLabel = new Int32Array(memo.afterLabel.length);
    memo.wordList = [];
    memo.wordSlots = new Int32Array(memo.wordSlots.length);
    const rows = new Float64Array((memo.limit + FIRST_WORD_BLOCK) * W);
    rows.set(memo.wordRows.subarray(0, FIRST_WORD_BLOCK * W));
    memo.wordRows = rows;
  }
  clearGeneration(memo);
  memo.generation++;
}

const H_W = fnvAdd(FNV_OFFSET, 'w=');
const H_P = [1, 2, 3, 4].map((k) => fnvAdd(FNV_OFFSET, `p${k}=`));
const H_X = [1, 2, 3, 4].map((k) => fnvAdd(FNV_OFFSET, `x${k}=`));

/** Facts of a token key (memoised); call {@link prepareMemo} first. */
export function keyFacts(memo: NerWordMemo, key: string): KeyFacts {
  let f = memo.keys.get(key);
  if (f) return f;
  const old = memo.old;
  if (old !== null) {
    const o = old.keys.get(key);
    if (o) return promoteKey(memo, old, o);
  }
  const { table } = memo;
  const L = table.labelCount;
  const rows = table.rows;
  const at = memo.keys.size;
  const lexical = memo.lexical;
  lexical.fill(0, at * L, at * L + L);
  // "w=", then "p1=", "x1=" … "p4=", "x4=": hashed, their presence bits read together, then probed (mayHold)
  const { hashScratch: hs, bitScratch: bits } = memo;
  let m = 0;
  hs[m++] = fnvAdd(H_W, key);
  for (let k = 1; k <= 4 && k < key.length; k++) {
    hs[m++] = fnvAdd(H_P[k - 1], key, 0, k);
    hs[m++] = fnvAdd(H_X[k - 1], key, key.length - k);
  }
  for (let j = 0; j < m; j++) bits[j] = mayHold(table, hs[j]);
  for (let j = 0; j < m; j++) {
    if (bits[j] === 0) continue;
    const o = probeRow(table, hs[j]);
    if (o < 0) continue;
    for (let k = 0; k < L; k++) lexical[at * L + k] += rows[o + k];
  }
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
    gazetteerFirst: firstKeyPhrases(lex.gazetteer, key),
    placesFirst: firstKeyPhrases(lex.places, key),
    brandsFirst: firstKeyPhrases(lex.brands, key),
    listFlags,
  };
  memo.keys.set(key, f);
  return f;
}

/** Copies the key facts `o` of the old generation into the current one (see the file comment). */
function promoteKey(memo: NerWordMemo, old: MemoGeneration, o: KeyFacts): KeyFacts {
  const L = memo.table.labelCount;
  const P = L + 1;
  const at = memo.keys.size;
  memo.lexical.set(old.lexical.subarray(o.at * L, o.at * L + L), at * L);
  memo.afterLabel.set(old.afterLabel.subarray(o.at * P, o.at * P + P), at * P);
  const f: KeyFacts = {
    key: o.key,
    at,
    prevWordPair: o.prevWordPair,
    wordNextPair: o.wordNextPair,
    prevWordShape: o.prevWordShape,
    gazetteerFirst: o.gazetteerFirst,
    placesFirst: o.placesFirst,
    brandsFirst: o.brandsFirst,
    listFlags: o.listFlags,
  };
  memo.keys.set(o.key, f);
  memo.promoted++;
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
  f = { shape, id: memo.nextShapeId++, rows, prevShapePair: pairState('s-1s+1', shape), shapeNextPair: pairState('sw+1', shape) };
  if (memo.shapes.size >= memo.limit) memo.shapes.clear();
  memo.shapes.set(shape, f);
  return f;
}

/** Slots of the word table of a memo holding `limit` words: a power of two, at least twice the limit. */
function wordTableCapacity(limit: number): number {
  let capacity = 16;
  while (capacity < 2 * limit) capacity *= 2;
  return capacity;
}

/** Whether `word` is the code units `text[start, end)`. */
function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Facts of the token `text[start, end)` (memoised), found without slicing the text when the word is
 * known; call {@link prepareMemo} first.
 */
export function wordFactsAt(memo: NerWordMemo, text: string, start: number, end: number): WordFacts {
  const h = fnvAdd(FNV_OFFSET, text, start, end);
  const { wordSlots, wordList } = memo;
  const mask = (wordSlots.length >> 1) - 1;
  const h32 = h | 0;
  let s = h & mask;
  for (;;) {
    const w = wordSlots[2 * s];
    if (w < 0) break;
    if (wordSlots[2 * s + 1] === h32 && sameUnits(wordList[w].word, text, start, end)) return wordList[w];
    s = (s + 1) & mask;
  }
  const old = memo.old;
  const o = old === null ? null : findWord(old, h, text, start, end);
  const f = o === null ? newWordFacts(memo, text.slice(start, end)) : promoteWord(memo, old!, o);
  wordSlots[2 * s] = wordList.length;
  wordSlots[2 * s + 1] = h32;
  wordList.push(f);
  return f;
}

/** The facts of the word `text[start, end)` (FNV-1a hash `h`) in generation `g`, or null. */
function findWord(g: MemoGeneration, h: number, text: string, start: number, end: number): WordFacts | null {
  const { wordSlots, wordList } = g;
  const mask = (wordSlots.length >> 1) - 1;
  const h32 = h | 0;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const w = wordSlots[2 * s];
    if (w < 0) return null;
    if (wordSlots[2 * s + 1] === h32 && sameUnits(wordList[w].word, text, start, end)) return wordList[w];
  }
}

/** Copies the facts and word block of `o`, a word of the old generation, into the current one. */
function promoteWord(memo: NerWordMemo, old: MemoGeneration, o: WordFacts): WordFacts {
  const at = memo.wordList.length + FIRST_WORD_BLOCK;
  const W = WORD_ROWS * memo.table.labelCount;
  memo.wordRows.set(old.wordRows.subarray(o.at * W, o.at * W + W), at * W);
  const f: WordFacts = {
    word: o.word,
    at,
    key: memo.keys.get(o.key.key) ?? promoteKey(memo, old, o.key),
    shape: o.shape,
    cap: o.cap,
    allCaps: o.allCaps,
    hyphen: o.hyphen,
    upperInitial: o.upperInitial,
  };
  memo.promoted++;
  return f;
}

/** Facts of a surface token (memoised); call {@link prepareMemo} first. */
export function wordFacts(memo: NerWordMemo, word: string): WordFacts {
  return wordFactsAt(memo, word, 0, word.length);
}

/** Computes the facts and the word block of a word the memo does not hold yet. */
function newWordFacts(memo: NerWordMemo, word: string): WordFacts {
  const c0 = word[0];
  const ascii = isAscii(word);
  const first = word.charCodeAt(0);
  const f: WordFacts = {
    word,
    at: memo.wordList.length + FIRST_WORD_BLOCK,
    key: keyFacts(memo, tokenKey(word)),
    shape: shapeFacts(memo, wordShape(word)),
    cap: ascii ? first >= 0x41 && first <= 0x5a : c0 !== undefined && c0 !== c0.toLowerCase(),
    allCaps: ascii ? asciiAllCaps(word) : word === word.toUpperCase() && /[A-Z]/.test(word),
    hyphen: word.includes('-'),
    upperInitial: ascii ? first >= 0x41 && first <= 0x5a : /^\p{Lu}/u.test(word),
  };
  fillWordRows(memo, f);
  return f;
}

/** Whether every code unit of `word` is ASCII (then its case tests need no case conversion). */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** For an ASCII word: `word === word.toUpperCase() && /[A-Z]/.test(word)` (no a–z, some A–Z). */
function asciiAllCaps(word: string): boolean {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper;
}

/** Adds `L` values of `src[from …]` to `dest[at …]`. */
function addTo(dest: Float64Array, at: number, src: Float32Array | Float64Array, from: number, L: number): void {
  for (let k = 0; k < L; k++) dest[at + k] += src[from + k];
}

/** FNV states of the prefixes of the word features {@link fillWordRows} looks up: "w-1", "w+1", "w-2", "w+2". */
const H_WM1 = fnvAdd(FNV_OFFSET, 'w-1');
const H_WP1 = fnvAdd(FNV_OFFSET, 'w+1');
const H_WM2 = fnvAdd(FNV_OFFSET, 'w-2');
const H_WP2 = fnvAdd(FNV_OFFSET, 'w+2');

/** {@link singleHash} given the hash of the prefix (`fnvAdd(FNV_OFFSET, prefix)`). */
function singleHashFrom(prefixHash: number, value: string): number {
  return value === '' ? prefixHash : fnvAdd(fnvChar(prefixHash, EQ), value);
}

/**
 * Adds the weights of the feature hashed at `hs[j]` to `dest[at …]` when its presence bit `bits[j]` is set and
 * the model holds it (see mayHold).
 */
function addProbed(table: HashedWeights, hs: Uint32Array, bits: Int32Array, j: number, dest: Float64Array, at: number): void {
  if (bits[j] === 0) return;
  const o = probeRow(table, hs[j]);
  if (o >= 0) addTo(dest, at, table.rows, o, table.labelCount);
}

/**
 * Computes the word block of `f` (see {@link WordRow}). The word's six
 * hashed features ("wc=" as the first token and elsewhere, "w-1=", "w+1=", "w-2=", "w+2=") are hashed and
 * their presence bits read together before any is probed (see mayHold); each row gets its features in the
 * same order as ever.
 */
function fillWordRows(memo: NerWordMemo, f: WordFacts): void {
  const { table, flagRows } = memo;
  const L = table.labelCount;
  const W = WORD_ROWS * L;
  const rows = memo.wordRows;
  const base = f.at * W;
  rows.fill(0, base, base + W);
  const key = f.key.key;
  const first = base + WordRow.selfFirst * L;
  const self = base + WordRow.self * L;
  const asPrev = base + WordRow.asPrev * L;
  const asNext = base + WordRow.asNext * L;
  const extended = memo.featureSet >= 2;
  const { hashScratch: hs, bitScratch: bits } = memo;
  const wc = extended ? pairState('wc', key) : 0;
  hs[0] = extended ? fnvAdd(wc, f.cap ? 'C0' : 'c') : 0; // wc= as the first token
  hs[1] = extended ? fnvAdd(wc, f.cap ? 'C' : 'c') : 0; // wc= elsewhere
  hs[2] = singleHashFrom(H_WM1, key);
  hs[3] = singleHashFrom(H_WP1, key);
  hs[4] = singleHashFrom(H_WM2, key);
  hs[5] = singleHashFrom(H_WP2, key);
  for (let j = extended ? 0 : 2; j < 6; j++) bits[j] = mayHold(table, hs[j]);
  for (let r = 0; r < 2; r++) {
    const isFirst = r === 0;
    const at = isFirst ? first : self;
    addTo(rows, at, memo.lexical, f.key.at * L, L);
    addTo(rows, at, flagRows, 0, L); // b
    addTo(rows, at, f.shape.rows, 0, L); // s=
    if (f.cap) addTo(rows, at, flagRows, (isFirst ? 1 : 2) * L, L); // cap0 | cap
    if (f.allCaps) addTo(rows, at, flagRows, 3 * L, L);
    if (f.hyphen) addTo(rows, at, flagRows, 4 * L, L);
    if (isFirst) addTo(rows, at, flagRows, 5 * L, L); // first
    if (extended) addProbed(table, hs, bits, r, rows, at); // wc=
  }
  addProbed(table, hs, bits, 2, rows, asPrev); // w-1=
  addTo(rows, asPrev, f.shape.rows, L, L); // s-1=
  addProbed(table, hs, bits, 3, rows, asNext); // w+1=
  addTo(rows, asNext, f.shape.rows, 2 * L, L); // s+1=
  addProbed(table, hs, bits, 4, rows, base + WordRow.asPrev2 * L); // w-2=
  addProbed(table, hs, bits, 5, rows, base + WordRow.asNext2 * L); // w+2=
  const crows = memo.clusterRows;
  const leaf = crows && memo.lexicon?.clusters ? memo.lexicon.clusters.leaf.get(key) ?? -1 : -1;
  if (crows && leaf >= 0) {
    addTo(rows, first, crows, leaf * 3 * L, L); // c4=, c6=…
    addTo(rows, self, crows, leaf * 3 * L, L);
    addTo(rows, asPrev, crows, (leaf * 3 + 1) * L, L); // c-1:4=…
    addTo(rows, asNext, crows, (leaf * 3 + 2) * L, L); // c+1:4=…
  }
}

/**
 * Adds the pair features of two adjacent tokens ("ww+1=left|right", "w-1w=left|right", and for feature
 * set 2 and up "sw+1=leftShape|right", "w-1s=left|rightShape"), hashed from the tokens' memoised FNV
 * states, straight to the two tokens' scores: the features of the right word ("ww+1=", "sw+1=") to the
 * left token's, those of the left word ("w-1w=", "w-1s=") to the right token's. Not memoised: on the
 * 26,068 articles of the bench ingest corpus tagged in one process, the memo of up to 65,536 pairs it
 * replaced missed 2.15 M of 4.7 M lookups, and its tables (11 MB) made most lookups a cache miss; hashing
 * every pair tagged them in 6.15 CPU-s against 6.87 (mean of 3 alternating passes, −10%), and was within
 * the noise (±5%) on the 694 articles of the bench corpus.
 * @param leftKey, leftShape facts of the left token (those of "<s>" for the sentence start)
 * @param rightKey, rightShape facts of the right token (those of "</s>" for the sentence end)
 * @param scores scores of the sentence's tokens, `L` float64 a token, updated in place
 * @param leftAt, rightAt where the left and the right token's scores start in `scores`, or −1 for "<s>"
 *   and "</s>", whose scores are not kept (then the features towards them are not looked up)
 */
export function addPairScores(memo: NerWordMemo, leftKey: KeyFacts, leftShape: ShapeFacts, rightKey: KeyFacts, rightShape: ShapeFacts, scores: Float64Array, leftAt: number, rightAt: number): void {
  const { table } = memo;
  const L = table.labelCount;
  const extended = memo.featureSet >= 2;
  const w = table.rows;
  const right = rightKey.key;
  // The features ending in the right key, hashed in one pass over it (fnvAdd three times over).
  let hLeft = leftKey.wordNextPair;
  let hLeftShape = leftShape.shapeNextPair;
  let hRight = leftKey.prevWordPair;
  for (let i = 0; i < right.length; i++) {
    const c = right.charCodeAt(i);
    hLeft = Math.imul(hLeft ^ c, FNV_PRIME);
    hLeftShape = Math.imul(hLeftShape ^ c, FNV_PRIME);
    hRight = Math.imul(hRight ^ c, FNV_PRIME);
  }
  // The presence bits of the (up to) four features first, then the probes of those that may be stored: the
  // bits' reads (mostly cache misses) overlap instead of waiting one for another (see mayHold).
  const hToLeft = hLeft >>> 0; // ww+1=left|right
  const hToLeftShape = hLeftShape >>> 0; // sw+1=leftShape|right
  const hToRight = hRight >>> 0; // w-1w=left|right
  const hToRightShape = extended && rightAt >= 0 ? fnvAdd(leftKey.prevWordShape, rightShape.shape) : 0; // w-1s=left|rightShape
  const inToLeft = leftAt >= 0 ? mayHold(table, hToLeft) : 0;
  const inToLeftShape = extended && leftAt >= 0 ? mayHold(table, hToLeftShape) : 0;
  const inToRight = rightAt >= 0 ? mayHold(table, hToRight) : 0;
  const inToRightShape = extended && rightAt >= 0 ? mayHold(table, hToRightShape) : 0;
  if (inToLeft !== 0) {
    const o = probeRow(table, hToLeft);
    if (o >= 0) addTo(scores, leftAt, w, o, L);
  }
  if (inToLeftShape !== 0) {
    const o = probeRow(table, hToLeftShape);
    if (o >= 0) addTo(scores, leftAt, w, o, L);
  }
  if (inToRight !== 0) {
    const o = probeRow(table, hToRight);
    if (o >= 0) addTo(scores, rightAt, w, o, L);
  }
  if (inToRightShape !== 0) {
    const o = probeRow(table, hToRightShape);
    if (o >= 0) addTo(scores, rightAt, w, o, L);
  }
}

/**
 * The offset in the model's rows of the shape-triple feature "s-1s+1=prev|this|next" (see
 * {@link NerWordMemo.shapeTriples}), or −1 when the model does not know it (memoised by shape ids).
 */
export function shapeTripleOffset(memo: NerWordMemo, prev: ShapeFacts, self: ShapeFacts, next: ShapeFacts): number {
  const slots = memo.shapeTriples;
  const mask = slots.length / 4 - 1;
  const a = prev.id + 1;
  const b = self.id;
  const c = next.id;
  let s = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 0;
  s = (s ^ (s >>> 15)) & mask;
  for (;;) {
    const k = slots[4 * s];
    if (k === 0) break;
    if (k === a && slots[4 * s + 1] === b && slots[4 * s + 2] === c) return slots[4 * s + 3];
    s = (s + 1) & mask;
  }
  if (memo.shapeTripleCount >= memo.shapeTripleLimit) {
    slots.fill(0);
    memo.shapeTripleCount = 0;
    return shapeTripleOffset(memo, prev, self, next);
  }
  const o = rowOffset(memo.table, fnvAdd(fnvChar(fnvAdd(prev.prevShapePair, self.shape), BAR), next.shape));
  slots[4 * s] = a;
  slots[4 * s + 1] = b;
  slots[4 * s + 2] = c;
  slots[4 * s + 3] = o;
  memo.shapeTripleCount++;
  return o;
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
