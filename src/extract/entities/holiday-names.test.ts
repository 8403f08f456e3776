import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { holidayNames } from './holiday-names.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A name mention over `words` (first occurrence of its first word) of the given type and rule. */
function named(view: DocView, words: string, type: RawMention['type'], rule: string): RawMention {
  const a = tokenOf(view, words.split(' ')[0]);
  return rawMention(tokenSpan(view, a, a + words.split(' ').length), { kind: 'name', type, key: `${type}|${words.toLowerCase()}`, name: words, actor: null, country: null, agent: null, rule, confidence: 0.6 });
}

test('holidays taken for places or persons are events: "Christmas Eve", "Merry Christmas", "Ramadan"', () => {
  const view = createDocView(nlp.parse('On Christmas Eve she wrote Merry Christmas to Ivo Marsh before Ramadan began.'));
  const out = holidayNames(view, [named(view, 'Christmas Eve', 'LOC', 'ner-tagger'), named(view, 'Merry Christmas', 'PERSON', 'ner-tagger+name'), named(view, 'Ivo Marsh', 'PERSON', 'given-name'), named(view, 'Ramadan', 'ORG', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type}`), ['Christmas Eve EVENT', 'Merry Christmas EVENT', 'Ivo Marsh PERSON', 'Ramadan EVENT']);
  assert.equal(out[0].rule, 'holiday-name');
});

test('longer names and vouched names with a holiday word stay: "Christmas Island Shipping Company"', () => {
  const view = createDocView(nlp.parse('The Christmas Island Shipping Company and Easter Holdings met.'));
  const ms = [named(view, 'Christmas Island Shipping Company', 'ORG', 'cue-word-name'), named(view, 'Easter Holdings', 'ORG', 'known-organisation')];
  assert.deepEqual(holidayNames(view, ms), ms);
});
