import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameHasWords, nameWords, withoutPossessors } from './name-words.js';

test('a query matches a name by whole words, not inside other words', () => {
  assert.equal(nameHasWords('Xi Jinping', 'xi'), true);
  assert.equal(nameHasWords('President Xi', 'XI'), true);
  for (const other of ['Xie Zhenhua', 'Guangxi', 'New Mexico', 'Alan Axilrod']) assert.equal(nameHasWords(other, 'xi'), false, other);
});

test('several query words must be adjacent in the name; accents, case and hyphens do not matter', () => {
  assert.equal(nameHasWords('Antony Blinken', 'antony blinken'), true);
  assert.equal(nameHasWords('Antony J. Blinken', 'antony blinken'), false);
  assert.equal(nameHasWords('Recep Tayyip Erdoğan', 'erdogan'), true);
  assert.equal(nameHasWords('Jean-Yves Le Drian', 'jean yves'), true);
});

test('wildcard characters are ordinary, so they match no name', () => {
  assert.equal(nameHasWords('Anna Berg', '_'), false);
  assert.equal(nameHasWords('Anna Berg', '%'), false);
  assert.equal(nameHasWords(null, 'berg'), false);
  assert.deepEqual(nameWords("O'Neill, Tip"), ['o', 'neill', 'tip']);
});

test("an unresolved speaker's phrase loses its possessors; a possessive inside a name stays", () => {
  assert.equal(withoutPossessors("Mayor Ana Ruiz's closest adviser"), 'closest adviser');
  assert.equal(withoutPossessors('a member of the Ruiz family\u2019s legal team'), 'legal team');
  assert.equal(withoutPossessors("the ministers' own aides"), 'own aides');
  assert.equal(withoutPossessors("Harlan's Bakery Ltd"), "Harlan's Bakery Ltd");
  assert.equal(withoutPossessors('a spokesman for the port'), 'a spokesman for the port');
  assert.equal(withoutPossessors("Ana Ruiz's"), "Ana Ruiz's");
});
