import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { dropTermAcronyms } from './term-acronyms.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A one-token name mention on `word` of the given type, rule and actor code. */
function named(view: DocView, word: string, type: RawMention['type'], rule: string, actor: string | null = null): RawMention {
  const a = tokenOf(view, word);
  return rawMention(tokenSpan(view, a, a + 1), { kind: 'name', type, key: `${type}|${word.toLowerCase()}`, name: word, actor, country: null, agent: null, rule, confidence: 0.7 });
}

test('a guessed name that is a common acronym of a thing is dropped: "HTML", "GDP"', () => {
  const view = createDocView(nlp.parse('The page is plain HTML and GDP grew while Orvane hired staff.'));
  const out = dropTermAcronyms(view, res, [named(view, 'HTML', 'ORG', 'ner-tagger'), named(view, 'GDP', 'ORG', 'capitalised-name'), named(view, 'Orvane', 'ORG', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => m.name), ['Orvane']);
});

test('an acronym defined by a name, a known organisation and other acronyms stay', () => {
  const view = createDocView(nlp.parse('The Ilvar Design Institute (IDI) met ETA and NATO.'));
  const ms = [named(view, 'IDI', 'ORG', 'acronym'), named(view, 'ETA', 'ORG', 'ner-tagger'), named(view, 'NATO', 'ORG', 'known-organisation', 'IGOWSTNAT')];
  assert.deepEqual(dropTermAcronyms(view, res, ms), ms);
  assert.equal(res.termAcronyms.has('DNA'), true);
  assert.equal(res.termAcronyms.has('ETA'), false);
});
