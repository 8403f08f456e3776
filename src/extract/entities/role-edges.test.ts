import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { trimRoleEdges } from './role-edges.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources();

/** A guessed organisation mention over the words from `first` (its `n`-th occurrence) for `length` tokens. */
function org(view: ReturnType<typeof createDocView>, first: string, length: number, rule = 'ner-tagger', n = 0): RawMention {
  const a = tokenOf(view, first, n);
  const name = view.doc.text.slice(view.doc.starts[a], view.doc.ends[a + length - 1]);
  return rawMention(tokenSpan(view, a, a + length), { kind: 'name', type: 'ORG', key: `ORG|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule, confidence: 0.7 });
}

test('a role closing a guessed organisation name is cut off: "TRWA Executive Director", "Harbour Trust Spokesperson"', () => {
  const view = createDocView(nlp.parse('The plan was outlined by Dana Quill, TRWA Executive Director, and by the Harbour Trust Spokesperson.'));
  const out = trimRoleEdges(view, res, [org(view, 'TRWA', 3), org(view, 'Harbour', 3)]);
  assert.deepEqual(out.map((m) => m.name), ['TRWA', 'Harbour Trust']);
});

test('a role and "of" opening a company name are cut off: "Senior Vice President of Orvane Systems, Inc."', () => {
  const view = createDocView(nlp.parse('Lee Marsh, Senior Vice President of Orvane Systems, Inc. called.'));
  const out = trimRoleEdges(view, res, [org(view, 'Senior', 8, 'ner-tagger+company-suffix')]);
  assert.equal(out[0].name, 'Orvane Systems, Inc.');
});

test('names ending in a role bound by "of", a role that ends names, or one ordinary word before the role keep their span', () => {
  const view = createDocView(nlp.parse('The Office of the President, Burger King, the Salford MP and The Hollywood Reporter replied.'));
  const mentions = [org(view, 'Office', 4, 'cue-word-name'), org(view, 'Burger', 2), org(view, 'Salford', 2), org(view, 'Hollywood', 2)];
  assert.deepEqual(trimRoleEdges(view, res, mentions).map((m) => m.name), ['Office of the President', 'Burger King', 'Salford MP', 'Hollywood Reporter']);
});
