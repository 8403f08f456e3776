import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { businessNames } from './business-names.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A person mention over `words` (first occurrence of its first word) made by `rule`. */
function person(view: DocView, words: string, rule: string): RawMention {
  const a = tokenOf(view, words.split(' ')[0]);
  const b = a + words.split(' ').length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: nameTokens(view.keys, a, b) });
}

test('a guessed person ending in a trade word is a business: "Dagny Holm Motorsports", "Vell Futures"', () => {
  const view = createDocView(nlp.parse('Calls go to Dagny Holm Motorsports now, and Vell Futures pays Ansel Brook.'));
  const out = businessNames(view, res, [person(view, 'Dagny Holm Motorsports', 'given-name'), person(view, 'Vell Futures', 'ner-tagger'), person(view, 'Ansel Brook', 'given-name')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule}`), ['Dagny Holm Motorsports ORG business-name', 'Vell Futures ORG business-name', 'Ansel Brook PERSON given-name']);
  assert.deepEqual(out[0].personTokens, []);
});

test('titled persons, one-word names and phrases of ordinary words before the trade word stay', () => {
  const view = createDocView(nlp.parse('Judge Ivo Systems spoke; Services resumed; the New Software was slow.'));
  const ms = [person(view, 'Ivo Systems', 'titled-person'), person(view, 'Services', 'ner-tagger'), person(view, 'New Software', 'capitalised-name')];
  assert.deepEqual(businessNames(view, res, ms), ms);
});

test('a company head such as "Energy" or "Foods" ends a business name, but not in lower case', () => {
  const view = createDocView(nlp.parse('Tarrow Energy hired Maud Venn, director of foods at Orlin.'));
  const ms = [person(view, 'Tarrow Energy', 'ner-tagger'), person(view, 'Maud Venn , director of foods', 'ner-tagger')];
  assert.deepEqual(businessNames(view, res, ms).map((m) => `${m.name} ${m.type}`), ['Tarrow Energy ORG', 'Maud Venn , director of foods PERSON']);
});
