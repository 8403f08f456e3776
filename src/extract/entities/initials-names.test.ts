import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { initialsNames } from './initials-names.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A name mention over `words` (first occurrence of its first word) of the given type and rule. */
function named(view: DocView, words: string, type: RawMention['type'], rule: string): RawMention {
  const a = tokenOf(view, words.split(' ')[0]);
  const b = a + words.split(' ').length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type, key: type === 'PERSON' ? '' : `${type}|${words.toLowerCase()}`, name: words, actor: null, country: null, agent: null, rule, confidence: 0.7, personTokens: type === 'PERSON' ? words.toLowerCase().split(' ') : [] });
}

test('a tagged "organisation" of initials and a surname is a person: "Q.T. Ramsden"', () => {
  const view = createDocView(nlp.parse('Yesterday Q.T. Ramsden signed for the H.K. Dalton Corporation.'));
  const out = initialsNames(view, res, [named(view, 'Q.T. Ramsden', 'ORG', 'ner-tagger'), named(view, 'H.K. Dalton Corporation', 'ORG', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule}`), ['Q.T. Ramsden PERSON initials-person', 'H.K. Dalton Corporation ORG ner-tagger']);
  assert.deepEqual(out[0].personTokens, ['qt', 'ramsden']);
});

test('a person after initials takes them in, but not after a country abbreviation or "P.S."', () => {
  const view = createDocView(nlp.parse('Then R. E. Torvald wrote. He flew to the U.S. Karen Lindt agreed. P.S. Tomas will call.'));
  const out = initialsNames(view, res, [named(view, 'Torvald', 'PERSON', 'ner-tagger'), named(view, 'Karen Lindt', 'PERSON', 'given-name'), named(view, 'Tomas', 'PERSON', 'given-name-alone')]);
  assert.deepEqual(out.map((m) => view.doc.text.slice(m.start, m.end)), ['R. E. Torvald', 'Karen Lindt', 'Tomas']);
  assert.deepEqual(out[0].personTokens, ['r', 'e', 'torvald']);
});
