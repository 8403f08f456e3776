import test from 'node:test';
import assert from 'node:assert/strict';
import { GazetteerBuilder, tokenKey } from './gazetteer.js';
import { parseWordClusters, serialiseWordClusters } from './ner-clusters.js';
import { clusterLeaves, gazetteerClasses, tokenFeatures, wordShape, type NerLexicon } from './ner-features.js';
import { allowed, createNerModel, hashNerModel, spansOf, tagTokens, tagWords, viterbi, viterbiFirstOrder, type NerModel } from './ner-tagger.js';
import { addHashed, featureHash } from './ner-weights.js';

const LABELS = ['B-LOC', 'B-ORG', 'B-PER', 'I-LOC', 'I-ORG', 'I-PER', 'O'];

function lexicon(): NerLexicon {
  const g = new GazetteerBuilder();
  g.add('Norway', { kind: 'country', code: 'NOR', name: 'Norway' }, true);
  g.add('foreign minister', { kind: 'personRole', phrase: 'foreign minister', agent: 'GOV', categories: [] }, false);
  const places = new GazetteerBuilder();
  places.add('Bergen', { kind: 'place', name: 'Bergen', country: 'NOR' }, true);
  const brands = new GazetteerBuilder();
  brands.add('Telenor', { kind: 'brand', name: 'Telenor' }, true);
  return {
    gazetteer: g.build(),
    places: places.build(),
    brands: brands.build(),
    firstNames: new Set(['ingrid']),
    givenNames: new Map([['ingrid', 'female' as const]]),
    orgCues: new Map([['bank', { type: 'ORG' }]]),
    clusters: parseWordClusters(
      serialiseWordClusters(4, ['bergen', 'oslo', 'ingrid', 'solberg', 'met', 'flew', 'telenor', 'bank'], ['0001', '0001', '0110', '0111', '1000', '1000', '1100', '1101'], [2, 4]),
      'test',
    ),
  };
}

const SENTENCES = [
  'Norway \u2019s foreign minister Ingrid Solberg met Telenor executives in Bergen on Tuesday .',
  'The Nordic Investment Bank said U.S. lenders , not Telenor , would fund the BERGEN-OSLO line .',
  'ingrid solberg flew to bergen with 3 aides .',
  'Solberg',
].map((s) => s.split(' '));

/** A deterministic weight in [-2, 2] for a feature string, quantised to 1/256 like a stored model. */
function weightOf(f: string, k: number): number {
  return ((Math.imul(featureHash(f), k + 7) >>> 0) % 1025) / 256 - 2;
}

/** A model that knows every feature of the test sentences (and the label-history features of any labels). */
function testModel(lex: NerLexicon, featureSet: number, memoLimit?: number, decoder = 'greedy'): NerModel {
  const weights = new Map<string, Float32Array>();
  const know = (f: string) => weights.set(f, Float32Array.from(LABELS, (_, k) => weightOf(f, k)));
  for (const words of SENTENCES) {
    const lower = words.map(tokenKey);
    const shapes = words.map(wordShape);
    const gaz = gazetteerClasses(words, lex);
    const sc = featureSet >= 3 ? { table: lex.clusters!, leaves: clusterLeaves(lex.clusters!, lower) } : undefined;
    for (let i = 0; i < words.length; i++) {
      // leave a few features unknown so the tagger meets misses too
      tokenFeatures(words, lower, shapes, gaz, i, featureSet >= 2, sc).forEach((f, j) => (j % 5 === 3 ? null : know(f)));
      for (const p of ['<s>', ...LABELS]) {
        know(`t-1=${p}`);
        know(`t-1w=${p}|w=${lower[i]}`);
        for (const q of ['<s>', ...LABELS]) know(`t-2=${q}|${p}`);
      }
    }
  }
  const m = hashNerModel(LABELS, weights, { featureSet, decoder });
  return createNerModel(m.labels, m.weights, { ...m.meta }, memoLimit);
}

/** Greedy decoding over the feature strings, the way the trainer scores them. */
function referenceTags(model: NerModel, words: readonly string[], lex: NerLexicon): string[] {
  const lower = words.map(tokenKey);
  const shapes = words.map(wordShape);
  const gaz = gazetteerClasses(words, lex);
  const featureSet = Number(model.meta.featureSet);
  const sc = featureSet >= 3 ? { table: lex.clusters!, leaves: clusterLeaves(lex.clusters!, lower) } : undefined;
  let prev = '<s>';
  let prev2 = '<s>';
  return words.map((_, i) => {
    const scores = new Float64Array(model.labels.length);
    const feats = [...tokenFeatures(words, lower, shapes, gaz, i, featureSet >= 2, sc), `t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|w=${lower[i]}`];
    for (const f of feats) addHashed(model.weights, featureHash(f), scores);
    let best = -1;
    model.labels.forEach((l, k) => {
      if (allowed(prev, l) && (best < 0 || scores[k] > scores[best])) best = k;
    });
    prev2 = prev;
    prev = model.labels[best];
    return prev;
  });
}

test('the tagger labels exactly as summing the weights of the feature strings does', () => {
  const lex = lexicon();
  for (const featureSet of [1, 2, 3]) {
    const model = testModel(lex, featureSet);
    for (const words of SENTENCES) {
      const expected = referenceTags(model, words, lex);
      assert.deepEqual(tagWords(model, words, lex), expected, `cold memo, feature set ${featureSet}: ${words.join(' ')}`);
      assert.deepEqual(tagWords(model, words, lex), expected, `warm memo, feature set ${featureSet}: ${words.join(' ')}`);
    }
  }
});

test('tagging tokens by their offsets in a text labels exactly as tagging the sliced words, with a cold or a warm memo', () => {
  const lex = lexicon();
  for (const featureSet of [1, 2, 3]) {
    const byWords = testModel(lex, featureSet);
    const byOffsets = testModel(lex, featureSet);
    const small = testModel(lex, featureSet, 12);
    // One text holding every test sentence, tokens separated by two spaces, sentences by a line break.
    const text = SENTENCES.map((w) => w.join('  ')).join('\n');
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    const firsts: number[] = [];
    for (const words of SENTENCES) {
      firsts.push(starts.length);
      for (const w of words) {
        starts.push(at);
        ends.push(at + w.length);
        at += w.length + 2;
      }
      at -= 1;
    }
    const S = Int32Array.from(starts);
    const E = Int32Array.from(ends);
    assert.deepEqual(starts.map((x, i) => text.slice(x, ends[i])), SENTENCES.flat());
    for (let round = 0; round < 2; round++) {
      SENTENCES.forEach((words, k) => {
        const expected = tagWords(byWords, words, lex);
        assert.deepEqual(tagTokens(byOffsets, text, S, E, firsts[k], firsts[k] + words.length, lex), expected, `round ${round}, feature set ${featureSet}: ${words.join(' ')}`);
        assert.deepEqual(tagTokens(small, text, S, E, firsts[k], firsts[k] + words.length, lex), expected, `small memo, round ${round}, feature set ${featureSet}`);
      });
    }
  }
});

test('word-class features change the scores: a feature-set-3 model tags differently without its classes', () => {
  const lex = lexicon();
  const model = testModel(lex, 3);
  const noClusters: NerLexicon = { ...lex, clusters: parseWordClusters(serialiseWordClusters(4, ['zzz'], ['0000'], [2, 4]), 'empty') };
  const differs = SENTENCES.some((w) => tagWords(model, w, lex).join() !== tagWords(model, w, noClusters).join());
  assert.ok(differs);
  assert.throws(() => tagWords(model, SENTENCES[0], { ...lex, clusters: null }), /word clusters/);
});

test('the test model is not trivial: it predicts more than one label', () => {
  const lex = lexicon();
  const labels = new Set(SENTENCES.flatMap((w) => tagWords(testModel(lex, 2), w, lex)));
  assert.ok(labels.size >= 3, [...labels].join(','));
});

test('a memo too small for the vocabulary changes generation between sentences and changes no label', () => {
  const lex = lexicon();
  const small = testModel(lex, 2, 20);
  const large = testModel(lex, 2);
  for (let round = 0; round < 3; round++) {
    for (const words of SENTENCES) assert.deepEqual(tagWords(small, words, lex), tagWords(large, words, lex), words.join(' '));
  }
  assert.ok(small.memo.keys.size <= 20);
  assert.ok(small.memo.generation >= 3, `generations: ${small.memo.generation}`);
  assert.ok(small.memo.promoted > 0, 'words of the old generation were promoted');
  assert.equal(large.memo.generation, 0);
});

test('words promoted from the old generation label exactly as words computed afresh, with every feature set and decoder', () => {
  const lex = lexicon();
  for (const featureSet of [1, 2, 3]) {
    for (const decoder of ['greedy', 'viterbi', 'viterbi1']) {
      // a limit just above the longest sentence: a new generation at almost every sentence
      const tiny = testModel(lex, featureSet, 20, decoder);
      const fresh = testModel(lex, featureSet, undefined, decoder);
      for (let round = 0; round < 3; round++) {
        for (const words of [...SENTENCES].reverse()) assert.deepEqual(tagWords(tiny, words, lex), tagWords(fresh, words, lex), `feature set ${featureSet}, ${decoder}, round ${round}: ${words.join(' ')}`);
      }
      assert.ok(tiny.memo.promoted > 0 && tiny.memo.generation > 0, `feature set ${featureSet}, ${decoder}: promoted ${tiny.memo.promoted} in ${tiny.memo.generation} generations`);
    }
  }
});

test('a sentence longer than the memo holds is tagged with a memo of its own', () => {
  const lex = lexicon();
  const tiny = testModel(lex, 2, 8);
  const words = SENTENCES[0];
  assert.ok(words.length + 2 > 8);
  assert.deepEqual(tagWords(tiny, words, lex), referenceTags(tiny, words, lex));
});

test('another lexicon empties the memo, so gazetteer flags follow the lexicon passed', () => {
  const lex = lexicon();
  const model = testModel(lex, 2);
  const words = SENTENCES[0];
  tagWords(model, words, lex);
  const other: NerLexicon = { ...lex, firstNames: new Set(), givenNames: new Map() };
  assert.deepEqual(tagWords(model, words, other), referenceTags(model, words, other));
  assert.deepEqual(tagWords(model, words, lex), referenceTags(model, words, lex));
});

test('BIO spans come out of the labels with stray inside labels opening a span', () => {
  assert.deepEqual(spansOf(['B-PER', 'I-PER', 'O', 'I-ORG', 'B-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'ORG' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
});

/** Viterbi over the feature strings, the way the structured-perceptron trainer scores them (second order, or first order without "t-2="). */
function referenceViterbi(model: NerModel, words: readonly string[], lex: NerLexicon, firstOrder = false): string[] {
  const lower = words.map(tokenKey);
  const shapes = words.map(wordShape);
  const gaz = gazetteerClasses(words, lex);
  const sc = { table: lex.clusters!, leaves: clusterLeaves(lex.clusters!, lower) };
  const prevs = ['<s>', ...model.labels];
  const L = model.labels.length;
  const weight = (f: string, k: number) => {
    const s = new Float64Array(L);
    addHashed(model.weights, featureHash(f), s);
    return s[k];
  };
  const ok = new Uint8Array(prevs.length * L);
  prevs.forEach((p, i) => model.labels.forEach((l, k) => (ok[i * L + k] = allowed(p, l) ? 1 : 0)));
  const firstOrderScore = (i: number, k: number, p1: number) => {
    const feats = [...tokenFeatures(words, lower, shapes, gaz, i, true, sc), `t-1=${prevs[p1]}`, `t-1w=${prevs[p1]}|w=${lower[i]}`];
    return feats.reduce((sum, f) => sum + weight(f, k), 0);
  };
  const best = firstOrder
    ? viterbiFirstOrder(words.length, L, firstOrderScore, ok)
    : viterbi(words.length, L, (i, k, p2, p1) => firstOrderScore(i, k, p1) + weight(`t-2=${prevs[p2]}|${prevs[p1]}`, k), ok);
  return Array.from(best, (k) => model.labels[k]);
}

test('Viterbi decoding finds the best-scoring allowed label sequence, as enumerating all of them does', () => {
  const L = 3;
  const P = L + 1;
  const ok = new Uint8Array(P * L).fill(1);
  ok[0 * L + 2] = 0; // label 2 may not start a sentence
  ok[1 * L + 2] = 0; // nor follow label 0
  const score = (i: number, k: number, p2: number, p1: number) => Math.sin(i * 12.9898 + k * 78.233 + p2 * 37.719 + p1 * 4.581) * 3;
  const n = 5;
  let bestSeq: number[] = [];
  let bestScore = -Infinity;
  for (let code = 0; code < L ** n; code++) {
    const seq = Array.from({ length: n }, (_, i) => Math.floor(code / L ** i) % L);
    let total = 0;
    let p2 = 0;
    let p1 = 0;
    let valid = true;
    for (let i = 0; i < n; i++) {
      if (!ok[p1 * L + seq[i]]) valid = false;
      total += score(i, seq[i], p2, p1);
      p2 = p1;
      p1 = seq[i] + 1;
    }
    if (valid && total > bestScore) {
      bestScore = total;
      bestSeq = seq;
    }
  }
  assert.deepEqual(Array.from(viterbi(n, L, score, ok)), bestSeq);
});

test('with the Viterbi decoder the tagger labels exactly as Viterbi over the feature strings does', () => {
  const lex = lexicon();
  const model = testModel(lex, 3, undefined, 'viterbi');
  let differsFromGreedy = false;
  for (const words of SENTENCES) {
    assert.deepEqual(tagWords(model, words, lex), referenceViterbi(model, words, lex), words.join(' '));
    if (tagWords(model, words, lex).join() !== tagWords(testModel(lex, 3), words, lex).join()) differsFromGreedy = true;
  }
  assert.ok(differsFromGreedy, 'the test weights should make Viterbi and greedy disagree somewhere');
});

test('first-order Viterbi decoding finds the best-scoring allowed label sequence, as enumerating all of them does', () => {
  const L = 3;
  const P = L + 1;
  const ok = new Uint8Array(P * L).fill(1);
  ok[0 * L + 2] = 0; // label 2 may not start a sentence
  ok[1 * L + 2] = 0; // nor follow label 0
  const score = (i: number, k: number, p: number) => Math.sin(i * 12.9898 + k * 78.233 + p * 4.581) * 3;
  const n = 6;
  let bestSeq: number[] = [];
  let bestScore = -Infinity;
  for (let code = 0; code < L ** n; code++) {
    const seq = Array.from({ length: n }, (_, i) => Math.floor(code / L ** i) % L);
    let total = 0;
    let p = 0;
    let valid = true;
    for (let i = 0; i < n; i++) {
      if (!ok[p * L + seq[i]]) valid = false;
      total += score(i, seq[i], p);
      p = seq[i] + 1;
    }
    if (valid && total > bestScore) {
      bestScore = total;
      bestSeq = seq;
    }
  }
  assert.deepEqual(Array.from(viterbiFirstOrder(n, L, score, ok)), bestSeq);
});

test('with the first-order Viterbi decoder the tagger labels exactly as first-order Viterbi over the feature strings does', () => {
  const lex = lexicon();
  const model = testModel(lex, 3, undefined, 'viterbi1');
  let differsFromGreedy = false;
  for (const words of SENTENCES) {
    assert.deepEqual(tagWords(model, words, lex), referenceViterbi(model, words, lex, true), words.join(' '));
    if (tagWords(model, words, lex).join() !== tagWords(testModel(lex, 3), words, lex).join()) differsFromGreedy = true;
  }
  assert.ok(differsFromGreedy, 'the test weights should make first-order Viterbi and greedy disagree somewhere');
});
