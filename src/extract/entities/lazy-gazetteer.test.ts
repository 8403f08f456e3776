import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstKeyPhrases, GazetteerBuilder, matchWords, tokenKey, type GazetteerEntry } from './gazetteer.js';
import { LazyGazetteerBuilder, LazyPhraseIndex } from './lazy-gazetteer.js';

/** Adds the same phrases to an eager and a lazy builder and returns both indexes. */
function both(adds: readonly [string, GazetteerEntry, boolean][]) {
  const eager = new GazetteerBuilder();
  const lazy = new LazyGazetteerBuilder();
  for (const [phrase, entry, proper] of adds) {
    eager.add(phrase, entry, proper);
    lazy.add(phrase, entry, proper);
  }
  return { eager: eager.build(), lazy: lazy.build() };
}

const place = (name: string, country: string): GazetteerEntry => ({ kind: 'place', name, country });

test('a lazy index gives every first key the phrases, entries, order and second-key split of the eager one', () => {
  const adds: [string, GazetteerEntry, boolean][] = [
    ['New York', place('New York', 'USA'), false],
    ['New York-Newark', place('New York-Newark', 'USA'), false],
    ['Newark', place('Newark', 'USA'), false],
    ['New Delhi', place('New Delhi', 'IND'), false],
    ['New Haven', place('New Haven', 'USA'), false],
    ['Winston-Salem', place('Winston-Salem', 'USA'), false],
    ["Martha's Vineyard", place("Martha's Vineyard", 'USA'), false],
    ['Springfield', place('Springfield', 'USA'), false],
    ['Springfield', place('Springfield', 'USA'), false], // the same entry again: kept once
    ['Springfield', place('Springfield', 'AUS'), false], // another entry of the same phrase
    ['  Port   Moresby ', place('Port Moresby', 'PNG'), false],
    ['UN', { kind: 'org', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, agent: null }, true],
    ['St. Louis', place('St. Louis', 'USA'), false],
  ];
  const { eager, lazy } = both(adds);
  assert.ok(lazy instanceof LazyPhraseIndex);
  for (const key of ['new', 'newark', 'winston', 'winston-salem', 'martha', 'springfield', 'port', 'un', 'st', 'york', 'nowhere']) {
    assert.deepEqual(firstKeyPhrases(lazy, key), firstKeyPhrases(eager, key), key);
    assert.deepEqual(lazy.get(key), eager.get(key), key);
  }
  assert.equal(lazy.size, eager.size);
  assert.deepEqual(new Map(lazy), new Map(eager));
});

test('a lazy index built a key once and matches as the eager one does', () => {
  const { eager, lazy } = both([
    ['San Jose', place('San Jose', 'USA'), false],
    ['San Jose', place('San Jose', 'CRI'), false],
    ['San Juan', place('San Juan', 'PRI'), false],
    ['San', place('San', 'XXX'), false],
  ]);
  const first = firstKeyPhrases(lazy, 'san');
  assert.equal(firstKeyPhrases(lazy, 'san'), first);
  const words = ['flights', 'to', 'San', 'Jose', 'today'];
  const keys = words.map(tokenKey);
  assert.deepEqual(matchWords(lazy, words, keys, 2, words.length), matchWords(eager, words, keys, 2, words.length));
  assert.throws(() => (lazy as Map<string, unknown>).set('x', []), TypeError);
});

test('the lazy places of data/actors/places.tsv equal the eager ones key by key', () => {
  const path = fileURLToPath(new URL('../../../data/actors/places.tsv', import.meta.url));
  const adds: [string, GazetteerEntry, boolean][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const [name, country, population] = line.split('\t');
    adds.push([name, { kind: 'place', name, country, population: Number(population) }, false]);
  }
  const { eager, lazy } = both(adds);
  for (const key of eager.keys()) assert.deepEqual(firstKeyPhrases(lazy, key), firstKeyPhrases(eager, key), key);
  assert.equal(lazy.size, eager.size);
});
