import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { dropLetterPersons } from './letter-names.js';
import { rawMention } from './raw-mention.js';
import { tokenOf } from './test-tokens.js';

const nlp = createNlp();

test('a lone letter is no person, a one-word name or a titled letter is', () => {
  const view = createDocView(nlp.parse('The letter Ł puzzled Marta, and Mr. T laughed.'));
  const { doc } = view;
  const at = (w: string) => tokenOf(view, w);
  const person = (w: string, rule: string) => {
    const i = at(w);
    return rawMention({ start: doc.starts[i], end: doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: 0, evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: w, actor: null, country: null, agent: null, personTokens: [w.toLowerCase()], rule, confidence: 0.5 });
  };
  const out = dropLetterPersons(view, [person('Ł', 'capitalised-name'), person('Marta', 'given-name-alone'), person('T', 'honorific-name')]);
  assert.deepEqual(out.map((m) => m.name), ['Marta', 'T']);
});
