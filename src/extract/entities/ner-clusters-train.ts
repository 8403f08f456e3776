/**
 * Unsupervised word classes for the NER tagger's cluster features: a binary tree of word classes grown
 * top-down, each level splitting every class in two with the exchange algorithm on the class-bigram
 * likelihood (Kneser & Ney 1993, "Improved clustering techniques for class-based statistical language
 * modelling"; Martin, Liermann & Ney 1998, "Algorithms for bigram and trigram word clustering"). A
 * word's path from the root is its bit string, whose prefixes serve as features at several granularities,
 * as Brown clusters do (Brown et al. 1992; Ratinov & Roth 2009; Turian, Ratinov & Bengio 2010).
 *
 * Objective (maximised): Σ_{c,d} N(c,d) log N(c,d) − Σ_c N(c,·) log N(c,·) − Σ_d N(·,d) log N(·,d), the
 * part of the class-bigram log-likelihood that depends on the classes. Moving one word between the two
 * children of its class changes only that word's row and column of class counts, so one pass over the
 * vocabulary costs about the number of distinct bigrams.
 */

/** Options for {@link clusterWords}. */
export interface ClusterOptions {
  /** Levels of the tree: 2^depth leaf classes (default 10). */
  depth?: number;
  /** Words seen fewer times are one unknown word for the counts and get no class (default 3). */
  minCount?: number;
  /** Most exchange passes per level (default 12); a level stops earlier when under 0.1% of words move. */
  passes?: number;
  /** Called after each level with the level, the passes run and the objective. */
  onLevel?: (level: number, passes: number, objective: number) => void;
}

/** The result of {@link clusterWords}: each clustered word with its bit string (length `depth`) and count. */
export interface WordClustering {
  readonly depth: number;
  readonly words: readonly string[];
  readonly bits: readonly string[];
  readonly counts: readonly number[];
}

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/**
 * Grows the word-class tree over tokenised text. Deterministic: words are visited by descending count
 * (ties by code-unit order), and a class splits first by alternating its words in that order.
 * @param sentences token sequences (already normalised, e.g. by tokenKey); a boundary symbol separates them
 * @returns the words with count ≥ minCount, most frequent first, with their bit strings
 * @throws RangeError when depth is not between 1 and 12
 */
export function clusterWords(sentences: Iterable<readonly string[]>, options: ClusterOptions = {}): WordClustering {
  const { depth = 10, minCount = 3, passes = 12, onLevel } = options;
  if (!(depth >= 1 && depth <= 12)) throw new RangeError(`depth must be 1..12, got ${depth}`);
  // Pass 1: counts. Sentences are kept as arrays (the caller's), so they can be walked twice.
  const seqs: (readonly string[])[] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    seqs.push(s);
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const vocab = [...freq].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const V = vocab.length + 2; // + unknown word + sentence boundary
  const UNK = V - 2;
  const BOUNDARY = V - 1;
  const id = new Map<string, number>(vocab.map(([w], i) => [w, i]));
  // Pass 2: bigram counts (boundary on both sides of every sentence).
  const bigrams = new Map<number, number>();
  const bump = (u: number, v: number) => {
    const k = u * V + v;
    bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
  };
  for (const s of seqs) {
    let prev = BOUNDARY;
    for (const w of s) {
      const cur = id.get(w) ?? UNK;
      bump(prev, cur);
      prev = cur;
    }
    bump(prev, BOUNDARY);
  }
  // Successor and predecessor lists (CSR), without self-bigrams, which are kept apart.
  const self = new Float64Array(V);
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(V);
  const outDeg = new Int32Array(V + 1);
  const inDeg = new Int32Array(V + 1);
  for (const [k, c] of bigrams) {
    const u = Math.floor(k / V);
    const v = k - u * V;
    rowSum[u] += c;
    colSum[v] += c;
    if (u === v) self[u] += c;
    else {
      outDeg[u + 1]++;
      inDeg[v + 1]++;
    }
  }
  for (let i = 0; i < V; i++) {
    outDeg[i + 1] += outDeg[i];
    inDeg[i + 1] += inDeg[i];
  }
  const succ = new Int32Array(outDeg[V]);
  const succN = new Float64Array(outDeg[V]);
  const pred = new Int32Array(inDeg[V]);
  const predN = new Float64Array(inDeg[V]);
  const outFill = outDeg.slice(0, V);
  const inFill = inDeg.slice(0, V);
  // Insertion in key order keeps the lists deterministic whatever the Map's history.
  const keys = [...bigrams.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const u = Math.floor(k / V);
    const v = k - u * V;
    if (u === v) continue;
    const c = bigrams.get(k)!;
    succ[outFill[u]] = v;
    succN[outFill[u]++] = c;
    pred[inFill[v]] = u;
    predN[inFill[v]++] = c;
  }
  bigrams.clear();

  const cls = new Int32Array(V); // level 0: every word in class 0
  let objective = 0;
  for (let level = 1; level <= depth; level++) {
    const K = 1 << level;
    // Split: the words of each class alternate between its two children in frequency order.
    const seen = new Int32Array(K >> 1);
    for (let w = 0; w < V; w++) cls[w] = 2 * cls[w] + (seen[cls[w]]++ & 1);
    const N = new Float64Array(K * K);
    const Nl = new Float64Array(K);
    const Nr = new Float64Array(K);
    for (let u = 0; u < V; u++) {
      const cu = cls[u];
      Nl[cu] += rowSum[u];
      Nr[cu] += colSum[u];
      N[cu * K + cu] += self[u];
      for (let j = outDeg[u]; j < outDeg[u + 1]; j++) N[cu * K + cls[succ[j]]] += succN[j];
    }
    const S = new Float64Array(K);
    const P = new Float64Array(K);
    const sTouched = new Int32Array(K);
    const pTouched = new Int32Array(K);
    /** Gain of adding word w (row S, column P, self-count sw, sums r, q) to class k. */
    const gain = (k: number, nS: number, nP: number, sw: number, r: number, q: number): number => {
      let g = 0;
      for (let t = 0; t < nS; t++) {
        const c = sTouched[t];
        if (c === k) continue;
        const x = N[k * K + c];
        g += xlogx(x + S[c]) - xlogx(x);
      }
      for (let t = 0; t < nP; t++) {
        const c = pTouched[t];
        if (c === k) continue;
        const x = N[c * K + k];
        g += xlogx(x + P[c]) - xlogx(x);
      }
      const d = N[k * K + k];
      g += xlogx(d + S[k] + P[k] + sw) - xlogx(d);
      g -= xlogx(Nl[k] + r) - xlogx(Nl[k]);
      g -= xlogx(Nr[k] + q) - xlogx(Nr[k]);
      return g;
    };
    /** Adds (sign 1) or removes (sign −1) word w's counts to or from class k. */
    const apply = (k: number, sign: number, nS: number, nP: number, sw: number, r: number, q: number) => {
      for (let t = 0; t < nS; t++) {
        const c = sTouched[t];
        if (c !== k) N[k * K + c] += sign * S[c];
      }
      for (let t = 0; t < nP; t++) {
        const c = pTouched[t];
        if (c !== k) N[c * K + k] += sign * P[c];
      }
      N[k * K + k] += sign * (S[k] + P[k] + sw);
      Nl[k] += sign * r;
      Nr[k] += sign * q;
    };
    let pass = 0;
    for (; pass < passes; pass++) {
      let moved = 0;
      for (let w = 0; w < V; w++) {
        let nS = 0;
        let nP = 0;
        for (let j = outDeg[w]; j < outDeg[w + 1]; j++) {
          const c = cls[succ[j]];
          if (S[c] === 0) sTouched[nS++] = c;
          S[c] += succN[j];
        }
        for (let j = inDeg[w]; j < inDeg[w + 1]; j++) {
          const c = cls[pred[j]];
          if (P[c] === 0) pTouched[nP++] = c;
          P[c] += predN[j];
        }
        const from = cls[w];
        const sibling = from ^ 1;
        apply(from, -1, nS, nP, self[w], rowSum[w], colSum[w]);
        const stay = gain(from, nS, nP, self[w], rowSum[w], colSum[w]);
        const move = gain(sibling, nS, nP, self[w], rowSum[w], colSum[w]);
        const to = move > stay + 1e-9 ? sibling : from;
        apply(to, 1, nS, nP, self[w], rowSum[w], colSum[w]);
        if (to !== from) {
          cls[w] = to;
          moved++;
        }
        for (let t = 0; t < nS; t++) S[sTouched[t]] = 0;
        for (let t = 0; t < nP; t++) P[pTouched[t]] = 0;
      }
      if (moved < V / 1000) {
        pass++;
        break;
      }
    }
    objective = 0;
    for (let i = 0; i < K * K; i++) objective += xlogx(N[i]);
    for (let k = 0; k < K; k++) objective -= xlogx(Nl[k]) + xlogx(Nr[k]);
    onLevel?.(level, pass, objective);
  }
  const words = vocab.map(([w]) => w);
  const bits = words.map((_, i) => cls[i].toString(2).padStart(depth, '0'));
  return { depth, words, bits, counts: vocab.map(([, c]) => c) };
}

/**
 * Splits a line of running text into tokens roughly as the wink tokenizer and the UD/CoNLL corpora do:
 * on white space, with leading and trailing punctuation, a possessive "'s" and a clitic "n't" as tokens of
 * their own ("(Reuters)" → "(", "Reuters", ")"; "Obama's" → "Obama", "'s"; "don't" → "do", "n't"); dots
 * inside a word stay ("U.S.", "3.5"), a final dot goes. Good enough for counting bigrams of unlabelled text.
 * @param line one paragraph or sentence
 * @returns the tokens, in order
 */
export function corpusTokens(line: string): string[] {
  const out: string[] = [];
  for (const chunk of line.split(/\s+/)) {
    if (chunk === '') continue;
    let a = 0;
    let b = chunk.length;
    const lead: string[] = [];
    const trail: string[] = [];
    while (a < b && /[("'“‘«\[{\u2014\u2013-]/.test(chunk[a])) lead.push(chunk[a++]);
    while (b > a && /[)"'”’».,;:!?\]}\u2014\u2013]/.test(chunk[b - 1])) {
      // Keep the dot of an abbreviation with an inner dot ("U.S.") or of a single capital ("J.").
      if (chunk[b - 1] === '.' && (/\.\p{L}/u.test(chunk.slice(a, b - 1)) || /^\p{Lu}$/u.test(chunk.slice(a, b - 1)))) break;
      trail.unshift(chunk[--b]);
    }
    out.push(...lead);
    let word = chunk.slice(a, b);
    if (word !== '') {
      const m = /^(.+?)(n['’]t|['’][sS])$/.exec(word);
      if (m && m[1] !== '') {
        out.push(m[1], m[2]);
        word = '';
      } else out.push(word);
    }
    out.push(...trail);
  }
  return out;
}
