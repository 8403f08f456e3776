import test from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// The NER word memo belongs to the model in the loaded resources (ner-word-memo.ts), so one analyzer computes a word's
// facts once for all the articles it reads, not once an article.
const run = createEntityRunner('2024-05-06');
const memo = run.resources.ner!.memo;

test('an article made of words an earlier article had computes no word facts: the NER memo is kept across articles', () => {
  run('Amina Odhiambo met officials of the port authority in Mombasa on Monday.');
  const words = memo.wordList.length;
  const keys = memo.keys.size;
  const generation = memo.generation;
  assert.ok(words > 0);
  run('Amina Odhiambo met the port authority of Mombasa in Mombasa on Monday.');
  assert.equal(memo.wordList.length, words);
  assert.equal(memo.keys.size, keys);
  assert.equal(memo.generation, generation);
});

test('an article with one new word adds that word alone to the NER memo', () => {
  run('Amina Odhiambo met officials of the port authority in Mombasa on Monday.');
  const words = memo.wordList.length;
  run('Amina Odhiambo met officials of the port authority in Nakuru on Monday.');
  assert.equal(memo.wordList.length, words + 1);
  assert.equal(memo.wordList[memo.wordList.length - 1].word, 'Nakuru');
});
