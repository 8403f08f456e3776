import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { dropStormNames } from './storm-names.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A person mention over `words`, starting at the `n`-th occurrence of its first word. */
function person(view: DocView, words: string, rule: string, n = 0): RawMention {
  const parts = words.split(' ');
  const a = tokenOf(view, parts[0], n);
  const b = a + parts.length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: nameTokens(view.keys, a, b) });
}

test('a name after "Hurricane" is a storm, and so is that name alone later in the article', () => {
  const view = createDocView(nlp.parse('Hurricane Odessa reached the coast at dawn. By noon Odessa had weakened, Gail Park said.'));
  const out = dropStormNames(view, [person(view, 'Odessa', 'ner-tagger'), person(view, 'Odessa', 'ner-tagger+name', 1), person(view, 'Gail Park', 'given-name')]);
  assert.deepEqual(out.map((m) => m.name), ['Gail Park']);
});

test('"Tropical Storm Helma" as one guessed person is a storm', () => {
  const view = createDocView(nlp.parse('Tropical Storm Helma brought rain. Helma moved north.'));
  assert.deepEqual(dropStormNames(view, [person(view, 'Tropical Storm Helma', 'capitalised-name'), person(view, 'Helma', 'capitalised-name', 1)]), []);
});

test('a person named in full with the storm\'s name stays, and articles without storms are untouched', () => {
  const view = createDocView(nlp.parse('Odessa Brant watched Typhoon Odessa on television. Odessa laughed.'));
  const out = dropStormNames(view, [person(view, 'Odessa Brant', 'given-name'), person(view, 'Odessa', 'ner-tagger', 1), person(view, 'Odessa', 'given-name-alone', 2)]);
  assert.deepEqual(out.map((m) => `${m.name} <${m.rule}>`), ['Odessa Brant <given-name>', 'Odessa <given-name-alone>']);
  const plain = createDocView(nlp.parse('Odessa Brant spoke.'));
  assert.equal(dropStormNames(plain, [person(plain, 'Odessa Brant', 'given-name')]).length, 1);
});
