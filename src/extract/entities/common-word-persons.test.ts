import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { dropCommonWordPersons, trimCommonWordTails } from './common-word-persons.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A person mention over `words` (first occurrence of its first word). */
function person(view: DocView, words: string, rule: string): RawMention {
  const parts = words.split(' ');
  const a = tokenOf(view, parts[0]);
  const b = a + parts.length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: nameTokens(view.keys, a, b) });
}

test('a tagged "person" made of ordinary words is dropped: "Final Project", "Developer Tools"', () => {
  const view = createDocView(nlp.parse('Submit the Final Project through Developer Tools before Friday, Tamsin Hale said.'));
  const out = dropCommonWordPersons(view, res, [person(view, 'Final Project', 'ner-tagger'), person(view, 'Developer Tools', 'ner-tagger+name'), person(view, 'Tamsin Hale', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => m.name), ['Tamsin Hale']);
});

test('a name opening with a known given name, a titled person and a one-word name stay', () => {
  const view = createDocView(nlp.parse('Rose Bank met Judge Long Field and then White.'));
  const ms = [person(view, 'Rose Bank', 'given-name'), person(view, 'Long Field', 'titled-person'), person(view, 'White', 'ner-tagger')];
  assert.equal(dropCommonWordPersons(view, res, ms).length, 3);
});

test('the ordinary-word list has words news writes in lower case, not names', () => {
  assert.equal(res.commonWords.has('project'), true);
  assert.equal(res.commonWords.has('tools'), true);
  assert.equal(res.commonWords.has('london'), false);
  assert.equal(res.commonWords.has('smith'), false);
});

test('a guessed person running on into capitalised ordinary words ends before them: "Ilse Marven Direct Dial"', () => {
  const view = createDocView(nlp.parse('Ilse Marven Direct Dial : 555 0100. Ask for Pieter Van Der Berg today.'));
  const out = trimCommonWordTails(view, res, [person(view, 'Ilse Marven Direct Dial', 'given-name'), person(view, 'Pieter Van Der Berg', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => `${m.name}|${m.personTokens.join(' ')}|${view.doc.text.slice(m.start, m.end)}`), ['Ilse Marven|ilse marven|Ilse Marven', 'Pieter Van Der Berg|pieter van der berg|Pieter Van Der Berg']);
});

test('a title with lower-case words inside, a titled person and a three-word name keep their words', () => {
  const view = createDocView(nlp.parse('They saw Hollis of the Dead and Judge Ada Reyes Major Works and Ilse Marven Direct.'));
  const ms = [person(view, 'Hollis of the Dead', 'ner-tagger'), person(view, 'Ada Reyes Major Works', 'titled-person'), person(view, 'Ilse Marven Direct', 'given-name')];
  assert.deepEqual(trimCommonWordTails(view, res, ms), ms);
});
