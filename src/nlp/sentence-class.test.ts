import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { createNlp } from './nlp.js';

// V8's own test of hidden classes, %HaveSameMap, compiled once natives syntax is allowed.
setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const nlp = createNlp();
/** The sentences of a plain text, made the usual way (no break undone). */
const plain = nlp.parse('The talks went well. Both sides agreed.').sentences;

test('a sentence joined back over an abbreviation point has the hidden class of every other sentence', () => {
  const doc = nlp.parse('The gap between Lane and then-Sen. Bram Quint was narrow. Voters noticed.');
  assert.equal(doc.sentences.length, 2, 'the break after "then-Sen." is undone');
  assert.equal(doc.text.slice(doc.sentences[0].start, doc.sentences[0].end), 'The gap between Lane and then-Sen. Bram Quint was narrow.');
  for (const s of doc.sentences) assert.ok(haveSameMap(s, plain[0]), `sentence ${s.index}`);
});

test('sentences no break was undone in share one hidden class', () => {
  const doc = nlp.parse('Lane spoke on Monday. Quint replied on Tuesday. Voters noticed.');
  assert.equal(doc.sentences.length, 3);
  for (const s of doc.sentences) assert.ok(haveSameMap(s, plain[0]), `sentence ${s.index}`);
});
