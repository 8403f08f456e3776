import test from 'node:test';
import assert from 'node:assert/strict';
import { clusterWords, corpusTokens } from './ner-clusters-train.js';
import { clusterPrefix, parseWordClusters, serialiseWordClusters } from './ner-clusters.js';

test('corpusTokens splits punctuation, possessives and negation clitics off words', () => {
  assert.deepEqual(corpusTokens('(AP) Mrs. Okafor\'s aides didn\'t visit the U.S. embassy, officials said.'), [
    '(', 'AP', ')', 'Mrs', '.', 'Okafor', "'s", 'aides', 'did', "n't", 'visit', 'the', 'U.S.', 'embassy', ',', 'officials', 'said', '.',
  ]);
});

/** A toy corpus with two clear word classes: city names after "to"/"in", verbs after "they". */
function toyCorpus(): string[][] {
  const cities = ['oslo', 'lagos', 'lima', 'hanoi'];
  const verbs = ['walked', 'drove', 'flew', 'sailed'];
  const out: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const v of verbs) for (const c of cities) {
      out.push(['they', v, 'to', c, 'today']);
      out.push(['we', v, 'in', c]);
    }
  }
  return out;
}

test('clusterWords puts words used alike into one class and others apart', () => {
  const c = clusterWords(toyCorpus(), { depth: 2, minCount: 2 });
  const bitsOf = (w: string) => c.bits[c.words.indexOf(w)];
  assert.equal(c.bits.every((b) => b.length === 2), true);
  const city = bitsOf('oslo');
  for (const w of ['lagos', 'lima', 'hanoi']) assert.equal(bitsOf(w), city, w);
  const verb = bitsOf('walked');
  for (const w of ['drove', 'flew', 'sailed']) assert.equal(bitsOf(w), verb, w);
  assert.notEqual(city, verb);
});

test('clusterWords gives the same tree on the same text', () => {
  const a = clusterWords(toyCorpus(), { depth: 3, minCount: 1 });
  const b = clusterWords(toyCorpus(), { depth: 3, minCount: 1 });
  assert.deepEqual(a, b);
});

test('clusterWords leaves words under the minimum count out', () => {
  const c = clusterWords([...toyCorpus(), ['rare', 'word']], { depth: 2, minCount: 2 });
  assert.equal(c.words.includes('rare'), false);
  assert.equal(c.words.includes('oslo'), true);
});

test('a serialised cluster table parses back to the same leaf classes and prefixes', () => {
  const text = serialiseWordClusters(4, ['oslo', 'lima', 'flew'], ['0110', '0110', '1001']);
  const t = parseWordClusters(text, 'toy');
  assert.equal(t.depth, 4);
  assert.deepEqual(t.prefixes, [4]);
  assert.equal(t.leaf.get('lima'), 0b0110);
  assert.equal(t.leaf.get('flew'), 0b1001);
  assert.equal(clusterPrefix(t.leaf.get('oslo')!, 4, 2), '01');
  assert.throws(() => parseWordClusters('oslo 0110\n', 'bad'), /not a word-cluster table/);
});
