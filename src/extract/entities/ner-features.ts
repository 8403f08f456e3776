import { matchLengthFrom, matchLengthWords, matchWords, matchWordsFrom, tokenKey, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { clusterPrefix, type WordClusters } from './ner-clusters.js';
import type { WordFacts } from './ner-word-memo.js';

/** What the NER features may look up besides the words: the gazetteer and small word lists. */
export interface NerLexicon {
  readonly gazetteer: Gazetteer;
  /** Cities and regions (features only). */
  readonly places: Gazetteer;
  /** Brand and company names (features only). */
  readonly brands: Gazetteer;
  /** Lower-case given names (features), a superset of the gendered `givenNames`. */
  readonly firstNames: ReadonlySet<string>;
  readonly givenNames: ReadonlyMap<string, 'male' | 'female'>;
  readonly orgCues: ReadonlyMap<string, unknown>;
  /** Word classes from unlabelled text (feature set 3); absent or null for models trained without them. */
  readonly clusters?: WordClusters | null;
}

/** The word classes of one sentence's tokens for the cluster features: the table and each token's leaf class (−1 unknown). */
export interface SentenceClusters {
  readonly table: WordClusters;
  readonly leaves: ArrayLike<number>;
}

/**
 * The leaf class of each token key in `table` (−1 for a word without a class).
 * @param keys token keys ({@link tokenKey})
 */
export function clusterLeaves(table: WordClusters, keys: readonly string[]): Int32Array {
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = table.leaf.get(keys[i]) ?? -1;
  return out;
}

/** The three positions of the cluster features: this token, the previous one, the next one. */
export const CLUSTER_POSITIONS = ['c', 'c-1:', 'c+1:'] as const;

/**
 * Emits the word-class features of token `i` (feature set 3): the bit-string prefixes of its class and of
 * its neighbours' classes at the table's prefix lengths ("c4=0110", "c-1:6=011010", "c+1:10=…"); nothing for
 * a token without a class. After Ratinov & Roth (2009) and Turian et al. (2010), who use Brown-cluster
 * prefixes of the word (and its neighbours) as NER features.
 */
export function emitClusterFeatures(sc: SentenceClusters, i: number, emit: FeatureSink): void {
  const { table, leaves } = sc;
  const n = leaves.length;
  for (let p = 0; p < 3; p++) {
    const j = p === 0 ? i : p === 1 ? i - 1 : i + 1;
    if (j < 0 || j >= n || leaves[j] < 0) continue;
    for (const k of table.prefixes) emit(`${CLUSTER_POSITIONS[p]}${k}`, clusterPrefix(leaves[j], table.depth, k));
  }
}

/**
 * Word shape: upper → X, lower → x, digit → d, other kept; runs longer than two collapse
 * ("Blinken" → "Xxx", "U.S." → "X.X.", "2023-06-19" → "dd-dd-dd").
 * @param w a token
 */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const code = w.charCodeAt(i);
    const ch = w[i];
    // ASCII without case conversions (an ASCII character other than a letter has no case); the rest as written.
    const c =
      code < 0x80
        ? code >= 0x30 && code <= 0x39
          ? 'd'
          : code >= 0x41 && code <= 0x5a
            ? 'X'
            : code >= 0x61 && code <= 0x7a
              ? 'x'
              : ch
        : ch !== ch.toLowerCase()
          ? 'X'
          : ch !== ch.toUpperCase()
            ? 'x'
            : ch;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

/**
 * Per-token gazetteer classes for a tokenised sentence: for each token, "kind:B" or "kind:I" of the
 * longest gazetteer phrase covering it (country, demonym, seat, org, personRole, groupRole, honorific),
 * plus city/region ("place", "lplace" when written in lower case), brand ("brand", "lbrand"), given-name
 * and org-cue flags, joined by "|" ("" when none).
 * @param words the sentence's tokens
 * @returns one string per token
 */
export function gazetteerClasses(words: readonly string[], lex: NerLexicon): string[] {
  return gazetteerClassesOf(words, words.map(tokenKey), lex);
}

/**
 * {@link gazetteerClasses} with the token keys given, and optionally the tagger's memoised facts of each
 * token (ner-word-memo.ts), which answer "does a phrase start here?", the case test and the word-list
 * flags without a lookup. Same result with or without `facts`.
 * @param keys the {@link tokenKey} of each word; `facts` the memo's {@link WordFacts} of each word
 */
export function gazetteerClassesOf(words: readonly string[], keys: readonly string[], lex: NerLexicon, facts?: readonly WordFacts[]): string[] {
  const n = words.length;
  const out: string[] = new Array(n).fill('');
  for (let i = 0; i < n; ) {
    const first = facts ? facts[i].key.gazetteerFirst : null;
    if (facts && !first) {
      i++;
      continue;
    }
    const m = first ? matchWordsFrom(first, words, keys, i, n) : matchWords(lex.gazetteer, words, keys, i, n);
    if (m.length === 0) {
      i++;
      continue;
    }
    const kinds = entryKinds(m);
    for (let k = m[0].start; k < m[0].end; k++) out[k] = `${kinds}:${k === m[0].start ? 'B' : 'I'}`;
    i = m[0].end;
  }
  for (let i = 0; i < n; ) {
    const first = facts ? facts[i].key.placesFirst : null;
    if (facts && !first) {
      i++;
      continue;
    }
    const m = first ? matchLengthFrom(first, words, keys, i, n) : matchLengthWords(lex.places, words, keys, i, n);
    if (m === 0) {
      i++;
      continue;
    }
    // Web text writes places in lower case ("flights to cordoba"): the case is part of the feature.
    const kind = (facts ? facts[i].upperInitial : /^\p{Lu}/u.test(words[i])) ? 'place' : 'lplace';
    for (let k = i; k < i + m; k++) out[k] += `|${kind}:${k === i ? 'B' : 'I'}`;
    i += m;
  }
  for (let i = 0; i < n; ) {
    const first = facts ? facts[i].key.brandsFirst : null;
    if (facts && !first) {
      i++;
      continue;
    }
    const m = first ? matchLengthFrom(first, words, keys, i, n) : matchLengthWords(lex.brands, words, keys, i, n);
    if (m === 0) {
      i++;
      continue;
    }
    const kind = (facts ? facts[i].upperInitial : /^\p{Lu}/u.test(words[i])) ? 'brand' : 'lbrand';
    for (let k = i; k < i + m; k++) out[k] += `|${kind}:${k === i ? 'B' : 'I'}`;
    i += m;
  }
  for (let i = 0; i < n; i++) {
    if (facts) {
      const f = facts[i].key.listFlags;
      if (f !== '') out[i] += f;
      continue;
    }
    if (lex.givenNames.has(keys[i]) || lex.firstNames.has(keys[i])) out[i] += '|given';
    if (lex.orgCues.has(keys[i])) out[i] += '|cue';
  }
  return out;
}

/** The distinct entry kinds of the matched phrases, in order, joined by "+" ("country+seat"). */
function entryKinds(m: readonly GazetteerMatch[]): string {
  const kinds: string[] = [];
  for (const x of m) for (const e of x.phrase.entries) if (!kinds.includes(e.kind)) kinds.push(e.kind);
  return kinds.join('+');
}

/**
 * Features that depend only on the token's lookup key: the word and its prefixes and suffixes up to 4.
 * Kept apart so a tagger can precompute their summed weights per vocabulary word.
 * @param l the token key ({@link tokenKey})
 */
export function lexicalFeatures(l: string): string[] {
  const f: string[] = [`w=${l}`];
  for (let k = 1; k <= 4 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
  return f;
}

/**
 * Receives one feature as a prefix and a value of up to three parts: the feature "w-1w=talks|in" arrives
 * as ("w-1w", "talks", "in"); a flag has value "" and no further parts. Passing the parts apart lets the
 * tagger hash them without building the feature string.
 */
export type FeatureSink = (prefix: string, value: string, value2?: string, value3?: string) => void;

/**
 * Emits the features of token `i` that depend on its surface form and context: bias, shape,
 * capitalisation and position flags, neighbouring words and shapes (±2), word bigrams, gazetteer classes
 * of the token and its neighbours. Emitting prefix and value apart lets the tagger look weights up
 * without building the feature string.
 * @param words tokens; `lower` their keys; `shapes` their {@link wordShape}s; `gaz` from {@link gazetteerClasses}
 * @param extended also emit the feature set 2 conjunctions (word × case, neighbour word × shape); a model
 *   records in its metadata (`featureSet: 2`) whether it was trained with them
 * @param clusters the sentence's word classes: also emit {@link emitClusterFeatures} (feature set 3)
 */
export function emitContextFeatures(words: readonly string[], lower: readonly string[], shapes: readonly string[], gaz: readonly string[], i: number, emit: FeatureSink, extended = false, clusters?: SentenceClusters): void {
  const w = words[i];
  const l = lower[i];
  const n = words.length;
  emit('b', '');
  emit('s', shapes[i]);
  const cap = w[0] !== undefined && w[0] !== w[0].toLowerCase();
  if (cap) emit(i === 0 ? 'cap0' : 'cap', '');
  if (w === w.toUpperCase() && /[A-Z]/.test(w)) emit('allcap', '');
  if (w.includes('-')) emit('hyph', '');
  if (i === 0) emit('first', '');
  const pw = i > 0 ? lower[i - 1] : '<s>';
  const nw = i + 1 < n ? lower[i + 1] : '</s>';
  const ps = i > 0 ? shapes[i - 1] : '<s>';
  const ns = i + 1 < n ? shapes[i + 1] : '</s>';
  emit('w-1', pw);
  emit('w+1', nw);
  emit('w-2', i > 1 ? lower[i - 2] : '<s>');
  emit('w+2', i + 2 < n ? lower[i + 2] : '</s>');
  emit('s-1', ps);
  emit('s+1', ns);
  emit('w-1w', pw, l);
  emit('ww+1', l, nw);
  emit('s-1s+1', ps, shapes[i], ns);
  if (extended) {
    // Conjunctions a linear model cannot form itself: the word with its case ("apple" vs "Apple"), and
    // a neighbouring word with this token's shape ("in" + "Xxx", "Xxx" + "said").
    emit('wc', l, cap ? (i === 0 ? 'C0' : 'C') : 'c');
    emit('w-1s', pw, shapes[i]);
    emit('sw+1', shapes[i], nw);
  }
  if (gaz[i]) {
    emit('g', gaz[i]);
    emit('gw', gaz[i], cap ? 'C' : 'c');
  }
  if (i > 0 && gaz[i - 1]) emit('g-1', gaz[i - 1]);
  if (i + 1 < n && gaz[i + 1]) emit('g+1', gaz[i + 1]);
  if (clusters) emitClusterFeatures(clusters, i, emit);
}

/** The feature string of a prefix and value parts: "w-1=talks", "w-1w=talks|in", or the bare prefix for a flag ("cap"). */
export function featureString(prefix: string, value: string, value2?: string, value3?: string): string {
  if (value === '' && value2 === undefined) return prefix;
  let f = `${prefix}=${value}`;
  if (value2 !== undefined) f += `|${value2}`;
  if (value3 !== undefined) f += `|${value3}`;
  return f;
}

/** The context features of token `i` as strings (see {@link emitContextFeatures}). */
export function contextFeatures(words: readonly string[], lower: readonly string[], shapes: readonly string[], gaz: readonly string[], i: number, extended = false, clusters?: SentenceClusters): string[] {
  const f: string[] = [];
  emitContextFeatures(words, lower, shapes, gaz, i, (p, v, v2, v3) => f.push(featureString(p, v, v2, v3)), extended, clusters);
  return f;
}

/**
 * All feature strings of token `i` (without the previous-label features the decoder adds): the
 * {@link lexicalFeatures} first (index 0 is always the word feature), then the {@link contextFeatures}.
 * Feature set after Ratinov & Roth (2009), "Design challenges and misconceptions in NER".
 */
export function tokenFeatures(words: readonly string[], lower: readonly string[], shapes: readonly string[], gaz: readonly string[], i: number, extended = false, clusters?: SentenceClusters): string[] {
  const f = lexicalFeatures(lower[i]);
  for (const x of contextFeatures(words, lower, shapes, gaz, i, extended, clusters)) f.push(x);
  return f;
}
