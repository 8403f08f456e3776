import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { legalFormPersons } from './legal-form-persons.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A person mention over `words` (the `n`-th occurrence of its first word) made by `rule`. */
function person(view: DocView, words: string, rule: string, n = 0): RawMention {
  const a = tokenOf(view, words.split(' ')[0], n);
  const b = a + words.split(' ').length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: nameTokens(view.keys, a, b) });
}

test('regression reut2-005 "Degussa AG … Degussa": a tagged person ending in a legal form and its short name are one business', () => {
  const view = createDocView(nlp.parse('Brandler AG raised its dividend. Brandler said sales of Vossen NV rose, Ilse Marten said.'));
  const out = legalFormPersons(view, res, [person(view, 'Brandler AG', 'ner-tagger'), person(view, 'Brandler', 'ner-tagger+name', 1), person(view, 'Vossen NV', 'capitalised-name'), person(view, 'Ilse Marten', 'given-name')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.agent} ${m.rule}`), [
    'Brandler AG ORG BUS legal-form-name',
    'Brandler AG ORG BUS legal-form-short-name',
    'Vossen NV ORG BUS legal-form-name',
    'Ilse Marten PERSON null given-name',
  ]);
  assert.equal(out[0].key, out[1].key);
  assert.deepEqual(out[0].personTokens, []);
});

test('a titled person, a lone legal form and a short name that a person named in full ends in are left alone', () => {
  const view = createDocView(nlp.parse('Judge Orr SA spoke. Ltd rose. Paul Tarn founded Tarn Inc and Tarn said no.'));
  const ms = [person(view, 'Orr SA', 'titled-person'), person(view, 'Ltd', 'ner-tagger'), person(view, 'Paul Tarn', 'given-name'), person(view, 'Tarn Inc', 'ner-tagger', 1), person(view, 'Tarn', 'ner-tagger+name', 2)];
  assert.deepEqual(legalFormPersons(view, res, ms).map((m) => `${m.name} ${m.type}`), ['Orr SA PERSON', 'Ltd PERSON', 'Paul Tarn PERSON', 'Tarn Inc ORG', 'Tarn PERSON']);
});
