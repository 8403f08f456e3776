import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyLexemeHash } from './lazy-lexeme-hash.js';

// made-up words; 'talks' twice: a plain object built in list order keeps the later index
const WORDS = ['the', 'talks', 'Talks', 'ceasefire', 'talks', '', 'naïve', '__proto__'];

/** The plain object wink-eng-lite-web-model's reader builds for `list`. */
function plainHash(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

for (const buildAfter of [Infinity, 3, 0]) {
  test(`a lazy lexeme hash answers every word and non-word as the plain object does (plain object built after ${buildAfter} answers)`, () => {
    const lazy = lazyLexemeHash(WORDS, buildAfter);
    const plain = plainHash(WORDS);
    for (const word of [...WORDS, 'TALKS', 'talk', 'constructor', 'toString', 'length', ' the', 'naive']) {
      assert.equal(lazy[word], plain[word], word);
      assert.equal(lazy[word], plain[word], `${word} again`);
    }
  });
}

test("a word set on an object whose prototype is the lazy hash (a wink-nlp instance's learnt word) stays on that object", () => {
  const lazy = lazyLexemeHash(WORDS, 2);
  const instance = Object.create(lazy) as Record<string, number>;
  const other = Object.create(lazy) as Record<string, number>;
  instance.détente = 8;
  instance.talks = 9;
  assert.equal(instance.détente, 8);
  assert.equal(instance.talks, 9);
  assert.equal(other.détente, undefined);
  assert.equal(other.talks, 4);
  assert.equal(lazy.talks, 4);
  // after the plain object is built (past 2 answers) the same
  for (let i = 0; i < 3; i++) assert.equal(other.ceasefire, 3);
  assert.equal(instance.détente, 8);
  assert.equal(other.détente, undefined);
  assert.equal(instance.the, 0);
});
