import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { dropCapitalsPersons } from './capitals-persons.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A one-token person mention on the `n`-th occurrence of `word`, made by `rule`. */
function person(view: DocView, word: string, rule: string, n = 0): RawMention {
  const a = tokenOf(view, word, n);
  return rawMention(tokenSpan(view, a, a + 1), { kind: 'name', type: 'PERSON', key: '', name: word, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: [word.toLowerCase()] });
}

test('a short word in capitals guessed to be a person in an ordinary sentence is dropped', () => {
  const view = createDocView(nlp.parse('The service returns YAML and the length is measured in SI units.'));
  assert.deepEqual(dropCapitalsPersons(view, [person(view, 'YAML', 'capitalised-name'), person(view, 'SI', 'ner-tagger+name')]), []);
});

test('titled persons, longer surnames in capitals and lines written in capitals keep their persons', () => {
  const view = createDocView(nlp.parse('Then Justice ROSS asked a question and MORGAN answered it.\nLEE WINS AGAIN'));
  const titled = person(view, 'ROSS', 'titled-person');
  const long = person(view, 'MORGAN', 'ner-tagger');
  const headline = person(view, 'LEE', 'ner-tagger');
  assert.deepEqual(dropCapitalsPersons(view, [titled, long, headline]), [titled, long, headline]);
});
