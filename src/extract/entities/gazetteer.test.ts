import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseKeys, tokenKey } from './gazetteer.js';

test('token keys fold case, dots and typographic apostrophes', () => {
  assert.equal(tokenKey('U.S.'), 'us');
  assert.equal(tokenKey('Mr.'), 'mr');
  assert.equal(tokenKey('\u2019s'), "'s");
  assert.equal(tokenKey('.'), '.');
  assert.equal(tokenKey('O\u2018Neill'), "o'neill");
  assert.equal(tokenKey('``'), "''");
  assert.equal(tokenKey('Gen.\u2019s'), "gen's");
  assert.equal(tokenKey('Kabul'), 'kabul');
});

test('hyphenated phrases get both the joined and the split key sequence', () => {
  assert.deepEqual(phraseKeys('Secretary-General'), [['secretary-general'], ['secretary', '-', 'general']]);
});

test('a possessive inside a phrase is its own key', () => {
  assert.deepEqual(phraseKeys("People's Republic of China"), [['people', "'s", 'republic', 'of', 'china']]);
});
