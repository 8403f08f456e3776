import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstKeyPhrases, GazetteerBuilder, lowerTokenKey, matchWords, PhraseIndex, phraseKeys, tokenKey, type Gazetteer } from './gazetteer.js';

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

test('a first key with many phrases matches through its second key exactly as through the full list', () => {
  const g = new GazetteerBuilder();
  const orgs = ['The Hague', 'the Kremlin', 'the White House', 'the White House Office', 'The Times', 'the Pentagon', 'the Vatican', 'the Hague Tribunal', 'the Red Cross', 'the Red Crescent', 'The'];
  for (const name of orgs) g.add(name, { kind: 'org', name, type: 'ORG', actor: null, country: null, agent: null }, true);
  g.add('the government', { kind: 'groupRole', phrase: 'the government', agent: 'GOV', plural: false }, false);
  const indexed = g.build();
  assert.ok(indexed instanceof PhraseIndex);
  const plain: Gazetteer = new Map(indexed); // a plain Map: matched by scanning the full list
  const sentences = [
    'Officials at the White House Office and the Kremlin spoke to The Times .',
    'the government of The Hague asked the Red Cross , not the Red Crescent , for the report .',
    'The',
    'They met the White House staff at the',
  ].map((s) => s.split(' '));
  let matched = 0;
  for (const words of sentences) {
    const keys = words.map(tokenKey);
    for (let i = 0; i < words.length; i++) {
      const a = matchWords(indexed, words, keys, i, words.length);
      const b = matchWords(plain, words, keys, i, words.length);
      assert.deepEqual(a, b, `${words.join(' ')} @${i}`);
      matched += a.length;
    }
  }
  assert.ok(matched >= 8, `${matched} matches`);
});

test('candidate lists: none for a word that starts no phrase, the whole list for a rare first key, second-key lists for a common one', () => {
  const g = new GazetteerBuilder();
  const orgs = ['the Kremlin', 'the White House', 'the White House Office', 'the Pentagon', 'the Vatican', 'the Red Cross', 'the Red Crescent', 'the Senate', 'the Bundestag', 'The'];
  for (const name of orgs) g.add(name, { kind: 'org', name, type: 'ORG', actor: null, country: null, agent: null }, true);
  g.add('Foreign Office', { kind: 'org', name: 'Foreign Office', type: 'ORG', actor: null, country: null, agent: null }, true);
  const index = g.build() as PhraseIndex;
  const keys = ['officials', 'of', 'the', 'white', 'house', 'and', 'foreign', 'office'];
  assert.deepEqual(index.candidates(keys, 0, keys.length), []);
  assert.deepEqual(index.candidates(keys, 6, keys.length).map((l) => l.map((p) => p.keys.join(' '))), [['foreign office']]);
  assert.deepEqual(index.candidates(keys, 2, keys.length).map((l) => l.map((p) => p.keys.join(' '))), [['the white house office', 'the white house'], ['the']]);
  assert.deepEqual(index.candidates(keys, 2, 3).map((l) => l.map((p) => p.keys.join(' '))), [['the']]);
});

test('native country spellings that are English words or names ("Island", "Mann", "Dominique") name no country, "Iceland" and "Isle of Man" do', async () => {
  const { loadEntityResources } = await import('./resources.js');
  const res = loadEntityResources({ nerModel: false });
  const countryOf = (phrase: string) => {
    const words = phrase.split(' ');
    const m = matchWords(res.gazetteer, words, words.map(tokenKey), 0, words.length).find((x) => x.end === words.length);
    return m?.phrase.entries.find((e) => e.kind === 'country')?.code;
  };
  assert.equal(countryOf('Island'), undefined);
  assert.equal(countryOf('Mann'), undefined);
  assert.equal(countryOf('Dominique'), undefined);
  assert.equal(countryOf('Iceland'), 'ISL');
  assert.equal(countryOf('Isle of Man'), 'IMN');
});

test('the case a phrase asks for is read from ASCII and non-ASCII surfaces alike', () => {
  const g = new GazetteerBuilder();
  const org = (name: string) => ({ kind: 'org' as const, name, type: 'ORG' as const, actor: null, country: null, agent: null });
  g.add('NATO', org('NATO'), true);
  g.add('Bank of Örebro', org('Bank of Örebro'), true);
  g.add('Élysée Palace', org('Élysée Palace'), true);
  g.add('secretary of state', { kind: 'personRole', phrase: 'secretary of state', agent: 'GOV', categories: [] }, false);
  const index = g.build();
  const at = (sentence: string, i = 0) => {
    const words = sentence.split(' ');
    return matchWords(index, words, words.map(tokenKey), i, words.length).map((m) => m.end - m.start);
  };
  assert.deepEqual(at('NATO'), [1]);
  assert.deepEqual(at('N.A.T.O.'), [1]);
  assert.deepEqual(at('Nato'), []);
  assert.deepEqual(at('nato'), []);
  assert.deepEqual(at('Bank of Örebro'), [3]);
  assert.deepEqual(at('Bank OF Örebro'), [3]);
  assert.deepEqual(at('Bank of örebro'), []);
  assert.deepEqual(at('bank of Örebro'), []);
  assert.deepEqual(at('Élysée Palace'), [2]);
  assert.deepEqual(at('élysée Palace'), []);
  assert.deepEqual(at('Élysée palace'), []);
  assert.deepEqual(at('the Secretary of State said', 1), [3]);
  assert.deepEqual(at('the secretary of state said', 1), [3]);
});

test('a plain phrase has one key per word, dots dropped and runs of spaces as one', () => {
  assert.deepEqual(phraseKeys('  U.N.  Security Council '), [['un', 'security', 'council']]);
  assert.deepEqual(phraseKeys('Bank of Örebro'), [['bank', 'of', 'örebro']]);
  assert.deepEqual(phraseKeys('NATO'), [['nato']]);
  assert.deepEqual(phraseKeys('Côte d\u2019Ivoire'), [["côte", "d'ivoire"]]);
});

test('the same entry added twice to a phrase is kept once, another entry is added after it', () => {
  const g = new GazetteerBuilder();
  const kenya = { kind: 'country' as const, code: 'KEN', name: 'Kenya' };
  g.add('Kenya', kenya, true);
  g.add('Kenya', { ...kenya }, true);
  g.add('Kenya', { kind: 'seat', code: 'KEN', agent: 'GOV', name: 'Kenya', building: false }, true);
  g.add('KENYA', kenya, true);
  const index = g.build();
  const phrases = index.get('kenya')!;
  // 'KENYA' (five capitals, one word) is an acronym phrase of its own.
  assert.deepEqual(
    phrases.map((p) => [p.acronym, p.entries.map((e) => e.kind)]),
    [
      [false, ['country', 'seat']],
      [true, ['country']],
    ],
  );
});

test('the key of a lower-cased surface is the key of the surface', () => {
  for (const surface of ['U.S.', 'Mr.', '...', 'O\u2019Neill', '`Tis', 'Örebro', 'İstanbul', 'talks', 'e-mails', '\u2018quoted\u2019']) {
    assert.equal(lowerTokenKey(surface.toLowerCase()), tokenKey(surface), surface);
  }
  assert.equal(lowerTokenKey('u.n.'), 'un');
  assert.equal(lowerTokenKey('..'), '..');
});

test('the presence bits of a gazetteer\'s first keys never hide a phrase, and a key no phrase starts with finds none', () => {
  const g = new GazetteerBuilder();
  const towns = Array.from({ length: 3_000 }, (_, i) => `Town${i} Falls`);
  for (const name of towns) g.add(name, { kind: 'place', name, country: 'KEN' }, true);
  g.add('the Kremlin', { kind: 'seat', code: 'RUS', agent: 'GOV', name: 'the Kremlin', building: true }, true);
  const index = g.build() as PhraseIndex;
  for (const key of ['town0', 'town2999', 'the']) {
    const first = firstKeyPhrases(index, key);
    assert.ok(first, `${key} starts phrases`);
    assert.equal(first, index.byFirstKey.get(key));
  }
  for (const key of ['falls', 'kremlin', 'town3000', '', 'village7']) assert.equal(firstKeyPhrases(index, key), null, `${key} starts no phrase`);
  // Every first key found through its bit, as through the full index.
  for (const key of index.keys()) assert.equal(index.firstOf(key), index.byFirstKey.get(key));
  assert.deepEqual(matchWords(index, ['in', 'Town17', 'Falls'], ['in', 'town17', 'falls'], 1, 3).map((m) => m.end), [3]);
});
