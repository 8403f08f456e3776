import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { facilityNames } from './facility-names.js';
import { loadEntityResources } from './resources.js';
import { rawMention } from './raw-mention.js';
import { tokenOf } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

test('a capitalised name ending in a facility word that no mention covers is a facility ("Quarry Road", "Harlow Auditorium")', () => {
  const view = createDocView(nlp.parse('We walked past the Harlow Auditorium and down Quarry Road to the Pellin Bridges at dusk.'));
  const out = facilityNames(view, res, []);
  assert.deepEqual(out.map((m) => `${m.type} ${m.name} ${m.rule}`), ['FAC Harlow Auditorium facility-name', 'FAC Quarry Road facility-name', 'FAC Pellin Bridges facility-name']);
});

test('no facility at a sentence start, in a longer capitalised run, before "of", or where another mention lies', () => {
  for (const text of ['Gas Station Prices Rise Again', 'We met at Union Station Mall Cafe on Friday.', 'She works at the Central Park of the Hills trust.']) {
    assert.deepEqual(facilityNames(createDocView(nlp.parse(text)), res, []), [], text);
  }
  const view = createDocView(nlp.parse('They toured Drayton Memorial yesterday.'));
  const a = tokenOf(view, 'Drayton');
  const org = rawMention({ start: view.doc.starts[a], end: view.doc.ends[a + 1], tokStart: a, tokEnd: a + 2, sentence: 0, evidence: [] }, { kind: 'name', type: 'ORG', key: 'ORG|drayton memorial', name: 'Drayton Memorial', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 });
  assert.deepEqual(facilityNames(view, res, [org]), [org]);
});

test('a guessed person inside the name goes, one opening with a given name and covering it stays ("Martin Lane")', () => {
  const guess = (text: string, word: string, len: number) => {
    const view = createDocView(nlp.parse(text));
    const a = tokenOf(view, word);
    const m = rawMention({ start: view.doc.starts[a], end: view.doc.ends[a + len - 1], tokStart: a, tokEnd: a + len, sentence: 0, evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: text.slice(view.doc.starts[a], view.doc.ends[a + len - 1]), actor: null, country: null, agent: null, rule: 'capitalised-name', confidence: 0.5 });
    return facilityNames(view, res, [m]).map((x) => `${x.type} ${x.name}`);
  };
  assert.deepEqual(guess('We drove to Quellmoor Park for lunch.', 'Quellmoor', 1), ['FAC Quellmoor Park']);
  assert.deepEqual(guess('The prize went to Martin Lane on Sunday.', 'Martin', 2), ['PERSON Martin Lane']);
});
