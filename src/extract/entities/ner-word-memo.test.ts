import test from 'node:test';
import assert from 'node:assert/strict';
import { GazetteerBuilder, tokenKey } from './gazetteer.js';
import { gazetteerClasses, gazetteerClassesOf, type NerLexicon } from './ner-features.js';
import { allowed } from './ner-tagger.js';
import { buildHashedWeights, featureHash, rowOffset } from './ner-weights.js';
import { addPairScores, afterLabelOffset, createNerWordMemo, keyFacts, prepareMemo, WORD_ROWS, WordRow, wordFacts } from './ner-word-memo.js';

function lexicon(): NerLexicon {
  const g = new GazetteerBuilder();
  g.add('Kenya', { kind: 'country', code: 'KEN', name: 'Kenya' }, true);
  g.add('Kenyan', { kind: 'demonym', code: 'KEN', plural: false }, true);
  g.add('prime minister', { kind: 'personRole', phrase: 'prime minister', agent: 'GOV', categories: [] }, false);
  const places = new GazetteerBuilder();
  places.add('Mombasa', { kind: 'place', name: 'Mombasa', country: 'KEN' }, true);
  const brands = new GazetteerBuilder();
  brands.add('Safaricom', { kind: 'brand', name: 'Safaricom' }, true);
  return {
    gazetteer: g.build(),
    places: places.build(),
    brands: brands.build(),
    firstNames: new Set(['amina']),
    givenNames: new Map([['wanjiru', 'female' as const]]),
    orgCues: new Map([['authority', { type: 'ORG' }], ['amina', { type: 'ORG' }]]),
  };
}

const LABELS = ['B-PER', 'I-PER', 'O'];
const table = () => {
  const feats = ['w-1=port', 'wc=port|C', 's=Xxx', 't-1w=B-PER|w=odhiambo'];
  return buildHashedWeights(Uint32Array.from(feats, featureHash), Float32Array.from({ length: feats.length * 3 }, (_, i) => i + 1), 3);
};

test('memoised word facts give the same gazetteer classes as looking every word up', () => {
  const lex = lexicon();
  const memo = createNerWordMemo(table(), LABELS, allowed);
  const sentences = [
    'The Kenyan prime minister Amina Odhiambo visited Mombasa and the Port Authority of Kenya .',
    'safaricom and wanjiru met in mombasa , Kenya , with SAFARICOM staff .',
  ].map((s) => s.split(' '));
  const seen: string[] = [];
  for (const words of sentences) {
    prepareMemo(memo, lex, words.length);
    const facts = words.map((w) => wordFacts(memo, w));
    const expected = gazetteerClasses(words, lex);
    seen.push(...expected);
    assert.deepEqual(gazetteerClassesOf(words, words.map(tokenKey), lex, facts), expected);
  }
  for (const c of ['|cue', '|given', '|place:B', '|brand:B', 'personRole:I', 'country:B']) assert.ok(seen.some((x) => x.includes(c)), `the sentences exercise ${c}`);
});

test('a word block sums the weights of its own features and of those it gives its neighbours, zeros for unknown ones', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, undefined, 2);
  prepareMemo(memo, lexicon(), 1);
  const port = wordFacts(memo, 'Port');
  const row = (r: number) => [...memo.wordRows.subarray((port.at * WORD_ROWS + r) * 3, (port.at * WORD_ROWS + r + 1) * 3)];
  assert.deepEqual(row(WordRow.asPrev), [1, 2, 3], 'w-1=port');
  assert.deepEqual(row(WordRow.asNext), [0, 0, 0], 'w+1=port is unknown');
  assert.deepEqual(row(WordRow.self), [4 + 7, 5 + 8, 6 + 9], 's=Xxx + wc=port|C');
  assert.deepEqual(row(WordRow.selfFirst), [7, 8, 9], 's=Xxx (wc=port|C0 is unknown)');
  const w = keyFacts(memo, 'odhiambo');
  assert.equal(afterLabelOffset(memo, w, 1), rowOffset(memo.table, featureHash('t-1w=B-PER|w=odhiambo')));
  assert.equal(afterLabelOffset(memo, w, 0), -1);
});

test('a model of feature set 1 leaves the word-case conjunction out of the word rows', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed);
  prepareMemo(memo, lexicon(), 1);
  const port = wordFacts(memo, 'Port');
  assert.deepEqual([...memo.wordRows.subarray((port.at * WORD_ROWS + WordRow.self) * 3, (port.at * WORD_ROWS + WordRow.self + 1) * 3)], [7, 8, 9]);
});

test('preparing for a sentence that would overflow the memo starts a new generation and keeps the full one as the old', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 10);
  const lex = lexicon();
  prepareMemo(memo, lex, 3);
  for (const k of ['a', 'b', 'c', 'd', 'e']) keyFacts(memo, k);
  assert.equal(memo.keys.size, 5);
  prepareMemo(memo, lex, 3);
  assert.equal(memo.generation, 0, 'a sentence that fits keeps the generation');
  prepareMemo(memo, lex, 4);
  assert.equal(memo.generation, 1);
  assert.equal(memo.keys.size, 0);
  assert.deepEqual([...memo.old!.keys.keys()], ['a', 'b', 'c', 'd', 'e']);
});

/** The six rows of a word's block, as plain numbers. */
function blockOf(memo: ReturnType<typeof createNerWordMemo>, at: number): number[] {
  return [...memo.wordRows.subarray(at * WORD_ROWS * 3, (at + 1) * WORD_ROWS * 3)];
}

test('a word the new generation misses but the old one holds is promoted with the same facts and rows, not computed again', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 6, 2);
  const lex = lexicon();
  prepareMemo(memo, lex, 2);
  wordFacts(memo, 'Wanjiru');
  const port = wordFacts(memo, 'Port');
  const odhiambo = keyFacts(memo, 'odhiambo');
  const before = { block: blockOf(memo, port.at), after: [0, 1, 2, 3].map((p) => afterLabelOffset(memo, odhiambo, p)) };
  prepareMemo(memo, lex, 4);
  assert.equal(memo.generation, 1);
  assert.equal(memo.promoted, 0);
  const promoted = wordFacts(memo, 'Port');
  assert.equal(memo.promoted, 2, 'the word and its key');
  assert.notEqual(promoted, port, 'a new facts object, in the new generation');
  assert.equal(promoted.at, 2, 'the first block of the new generation');
  assert.deepEqual(blockOf(memo, promoted.at), before.block);
  assert.deepEqual({ ...promoted, at: 0, key: null }, { ...port, at: 0, key: null });
  assert.deepEqual({ ...promoted.key, at: 0 }, { ...port.key, at: 0 });
  assert.equal(wordFacts(memo, 'Port'), promoted, 'found in the current generation from then on');
  assert.equal(memo.promoted, 2);
  const odhiambo2 = keyFacts(memo, 'odhiambo');
  assert.equal(memo.promoted, 3);
  assert.deepEqual([0, 1, 2, 3].map((p) => afterLabelOffset(memo, odhiambo2, p)), before.after, 'looked-up label-word offsets travel with the key');
});

test('a word of the generation before the old one is computed again, with the same rows', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 6, 2);
  const lex = lexicon();
  prepareMemo(memo, lex, 2);
  const port = wordFacts(memo, 'Port');
  const block = blockOf(memo, port.at);
  prepareMemo(memo, lex, 5); // generation 1: Port is in the old one
  keyFacts(memo, 'x');
  prepareMemo(memo, lex, 5); // generation 2: generation 0 dropped
  assert.equal(memo.generation, 2);
  assert.deepEqual([...memo.old!.keys.keys()], ['x']);
  const again = wordFacts(memo, 'Port');
  assert.equal(memo.promoted, 0);
  assert.deepEqual(blockOf(memo, again.at), block);
});

test('another lexicon drops both generations', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 6);
  const lex = lexicon();
  prepareMemo(memo, lex, 2);
  wordFacts(memo, 'Port');
  prepareMemo(memo, lex, 5);
  assert.ok(memo.old);
  prepareMemo(memo, { ...lex, orgCues: new Map() }, 2);
  assert.equal(memo.old, null);
  assert.equal(memo.keys.size, 0);
  wordFacts(memo, 'Port');
  assert.equal(memo.promoted, 0);
});

test('the case flags and shape of a word are those of the case conversions, for ASCII and other words', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 200);
  const words = ['Port', 'PORT', 'port', 'U.S.', 'x-RAY', '3M', 'G7', '2023-06-19', '', '-', "'s", 'Çelik', 'ÇELIK', 'élan', 'Ésta', 'İstanbul', 'ǅemal', 'ß', 'ΑΘΗΝΑ', 'Αθήνα', '東京', '𝐀bc', 'AbC-dEf', 'NATO-led', 'a1B2', 'Zürich', 'ZÜRICH'];
  const shapeOf = (w: string) => {
    let out = '';
    let last = '';
    let run = 0;
    for (let i = 0; i < w.length && out.length < 12; i++) {
      const ch = w[i];
      const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
      if (c === last) {
        run++;
        if (run >= 2) continue;
      } else run = 0;
      out += c;
      last = c;
    }
    return out;
  };
  prepareMemo(memo, lexicon(), words.length);
  for (const w of words) {
    const f = wordFacts(memo, w);
    const c0 = w[0];
    assert.deepEqual(
      { cap: f.cap, allCaps: f.allCaps, upperInitial: f.upperInitial, shape: f.shape.shape },
      { cap: c0 !== undefined && c0 !== c0.toLowerCase(), allCaps: w === w.toUpperCase() && /[A-Z]/.test(w), upperInitial: /^\p{Lu}/u.test(w), shape: shapeOf(w) },
      JSON.stringify(w),
    );
  }
});

test('the pair features of two words are added to the left and the right token, and only to tokens kept', () => {
  const feats = ['ww+1=the|port', 'w-1w=the|port', 'sw+1=xx|port', 'sw+1=Xxx|port', 'w-1s=the|Xxx', 'w-1s=the|dd'];
  const weights = buildHashedWeights(Uint32Array.from(feats, featureHash), Float32Array.from({ length: feats.length * 3 }, (_, i) => (i + 1) * 10 + (i % 3)), 3);
  const w = (f: string) => [...weights.rows.subarray(rowOffset(weights, featureHash(f)), rowOffset(weights, featureHash(f)) + 3)];
  const add = (...rows: number[][]) => rows.reduce((a, b) => a.map((x, k) => x + b[k]), [0, 0, 0]);
  const memo = createNerWordMemo(weights, LABELS, allowed, undefined, 2);
  prepareMemo(memo, lexicon(), 8);
  const pair = (left: string, right: string, keep: [boolean, boolean] = [true, true]) => {
    const l = wordFacts(memo, left);
    const r = wordFacts(memo, right);
    const scores = new Float64Array(9).fill(1);
    addPairScores(memo, l.key, l.shape, r.key, r.shape, scores, keep[0] ? 0 : -1, keep[1] ? 6 : -1);
    return { left: [...scores.subarray(0, 3)].map((x) => x - 1), between: [...scores.subarray(3, 6)].map((x) => x - 1), right: [...scores.subarray(6, 9)].map((x) => x - 1) };
  };
  const none = [0, 0, 0];
  assert.deepEqual(pair('the', 'Port'), { left: add(w('ww+1=the|port'), w('sw+1=xx|port')), between: none, right: add(w('w-1w=the|port'), w('w-1s=the|Xxx')) });
  assert.deepEqual(pair('The', 'Port'), { left: add(w('ww+1=the|port'), w('sw+1=Xxx|port')), between: none, right: add(w('w-1w=the|port'), w('w-1s=the|Xxx')) });
  assert.deepEqual(pair('THE', 'port'), { left: w('ww+1=the|port'), between: none, right: w('w-1w=the|port') }, 'XX and xx: no shape feature');
  assert.deepEqual(pair('the', '12'), { left: none, between: none, right: w('w-1s=the|dd') });
  assert.deepEqual(pair('the', 'Port', [false, true]), { left: none, between: none, right: add(w('w-1w=the|port'), w('w-1s=the|Xxx')) }, 'left token is "<s>"');
  assert.deepEqual(pair('the', 'Port', [true, false]), { left: add(w('ww+1=the|port'), w('sw+1=xx|port')), between: none, right: none }, 'right token is "</s>"');
  assert.deepEqual(pair('a', 'b'), { left: none, between: none, right: none });
});

test('a generation keeps one word-row arena, made whole, as its words arrive', () => {
  const memo = createNerWordMemo(table(), LABELS, allowed, 3_000);
  const lex = lexicon();
  prepareMemo(memo, lex, 1);
  const arena = memo.wordRows;
  for (let i = 0; i < 2_990; i++) {
    prepareMemo(memo, lex, 1);
    wordFacts(memo, `word${i}`);
  }
  assert.equal(memo.generation, 0);
  assert.equal(memo.wordRows, arena, 'no arena grown and copied');
  assert.equal(arena.length, (3_000 + 2) * WORD_ROWS * LABELS.length);
});
