import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { qualifierPersons } from './qualifier-persons.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A person mention over `words` (first occurrence of its first word) made by `rule`. */
function person(view: DocView, words: string, rule: string, weak = false): RawMention {
  const a = tokenOf(view, words.split(' ')[0]);
  const b = a + words.split(' ').length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: words.toLowerCase().split(' '), weak });
}

test('a guessed person opening with a compass word is a place, and one ending in a language is dropped', () => {
  const view = createDocView(nlp.parse('Fighting spread across North Velaria while scholars of Old English met Tomas Quill.'));
  const out = qualifierPersons(view, res, [person(view, 'North Velaria', 'given-name'), person(view, 'Old English', 'ner-tagger+name'), person(view, 'Tomas Quill', 'given-name')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule}`), ['North Velaria LOC qualified-place', 'Tomas Quill PERSON given-name']);
});

test('titled and weak persons and lines in capitals are left alone', () => {
  const view = createDocView(nlp.parse('Judge West Harlan spoke. West Marlow left. WEST MARLOW WINS'));
  const ms = [person(view, 'West Harlan', 'titled-person'), person(view, 'West Marlow', 'given-name', true), person(view, 'WEST MARLOW', 'ner-tagger')];
  assert.deepEqual(qualifierPersons(view, res, ms), ms);
});
