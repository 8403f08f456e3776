import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainNer, type LabelledSentence } from './ner-train.js';
import { spansOf, tagWords } from './ner-tagger.js';
import { featureHash, rowOffset } from './ner-weights.js';
import { loadEntityResources } from './resources.js';

const res = loadEntityResources({ nerModel: false });
const data: LabelledSentence[] = [
  { words: ['Maria', 'Ortiz', 'visited', 'Oslo', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
  { words: ['Kestrel', 'Foods', 'hired', 'Tomas', 'Berg', '.'], labels: ['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O'] },
  { words: ['Anna', 'Lind', 'left', 'Bergen', 'for', 'Kestrel', 'Foods', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O'] },
];

test('training is deterministic for a seed, also when runs over several seeds are averaged', () => {
  const a = trainNer(data, res, { epochs: 3, seed: 1, moreSeeds: [2, 3], minCount: 1 });
  const b = trainNer(data, res, { epochs: 3, seed: 1, moreSeeds: [2, 3], minCount: 1 });
  const words = ['Maria', 'Ortiz', 'joined', 'Kestrel', 'Foods', 'in', 'Oslo', '.'];
  assert.deepEqual(tagWords(a, words, res), tagWords(b, words, res));
  assert.deepEqual(a.meta.seeds, [1, 2, 3]);
  assert.deepEqual(spansOf(tagWords(a, words, res)).map((s) => s.type), ['PER', 'ORG', 'LOC']);
});

test('structured-perceptron training with Viterbi decoding is deterministic and learns the examples', () => {
  const a = trainNer(data, res, { epochs: 4, seed: 5, minCount: 1, decoder: 'viterbi' });
  const b = trainNer(data, res, { epochs: 4, seed: 5, minCount: 1, decoder: 'viterbi' });
  assert.equal(a.meta.decoder, 'viterbi');
  for (const s of data) {
    assert.deepEqual(tagWords(a, s.words, res), s.labels);
    assert.deepEqual(tagWords(a, s.words, res), tagWords(b, s.words, res));
  }
});

test('first-order Viterbi training learns the examples, records its decoder and uses no label-pair features', () => {
  const a = trainNer(data, res, { epochs: 4, seed: 5, minCount: 1, decoder: 'viterbi1' });
  const b = trainNer(data, res, { epochs: 4, seed: 5, minCount: 1, decoder: 'viterbi1' });
  assert.equal(a.meta.decoder, 'viterbi1');
  const prevs = ['<s>', ...a.labels];
  for (const p of prevs) for (const q of prevs) assert.equal(rowOffset(a.weights, featureHash(`t-2=${q}|${p}`)), -1, `t-2=${q}|${p}`);
  assert.ok(rowOffset(a.weights, featureHash('t-1=B-PER')) >= 0 || rowOffset(a.weights, featureHash('t-1=<s>')) >= 0, 'first-order label features are trained');
  for (const s of data) {
    assert.deepEqual(tagWords(a, s.words, res), s.labels);
    assert.deepEqual(tagWords(a, s.words, res), tagWords(b, s.words, res));
  }
});
