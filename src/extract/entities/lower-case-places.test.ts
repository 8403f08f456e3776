import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { lowerCasePlaces } from './lower-case-places.js';
import { rawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

test('a lower-case country name is that country, a common word or a given name is not', () => {
  const view = createDocView(nlp.parse('we moved from france to turkey and chad helped us pack'));
  const out = lowerCasePlaces(view, res, []);
  assert.deepEqual(out.map((m) => `${m.name} ${m.actor} ${m.rule}`), ['France FRA lower-case-country']);
});

test('a lower-case country the tagger found gets its actor code', () => {
  const view = createDocView(nlp.parse('cheap flights to austria this winter'));
  let a = 0;
  while (view.doc.text.slice(view.doc.starts[a], view.doc.ends[a]) !== 'austria') a++;
  const tagged = rawMention({ start: view.doc.starts[a], end: view.doc.ends[a], tokStart: a, tokEnd: a + 1, sentence: 0, evidence: [] }, { kind: 'name', type: 'GPE', key: 'GPE|austria', name: 'austria', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 });
  const out = lowerCasePlaces(view, res, [tagged]);
  assert.equal(out.length, 1);
  assert.equal(out[0].actor, 'AUT');
  assert.equal(out[0].key, 'GPE|AUT');
});

test('a lower-case "us" the tagger took for a place is the pronoun, "the us" the country', () => {
  const view = createDocView(nlp.parse('they showed us the forge. we moved to the us in may.'));
  const at = (n: number) => {
    let seen = 0;
    for (let i = 0; i < view.doc.tokenCount; i++) if (view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]) === 'us' && seen++ === n) return i;
    throw new Error('us');
  };
  const tagged = (a: number) => rawMention({ start: view.doc.starts[a], end: view.doc.ends[a], tokStart: a, tokEnd: a + 1, sentence: view.sentenceOf[a], evidence: [] }, { kind: 'name', type: 'GPE', key: 'GPE|us', name: 'us', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 });
  const out = lowerCasePlaces(view, res, [tagged(at(0)), tagged(at(1))]);
  assert.deepEqual(out.map((m) => m.tokStart), [at(1)]);
});
