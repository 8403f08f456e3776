import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { rawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { dropDefinedTerms } from './term-definitions.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });
const guess = (view: ReturnType<typeof createDocView>, word: string, n: number, rule = 'ner-tagger', actor: string | null = null) => {
  const i = tokenOf(view, word, n);
  return rawMention(tokenSpan(view, i, i + 1), { kind: 'name', type: 'ORG', key: `ORG|${word.toLowerCase()}`, name: word, actor, country: null, agent: null, rule, confidence: 0.6 });
};

test('an acronym defined by lower-case words is a term, and the guesses of it are dropped', () => {
  const view = createDocView(nlp.parse('The sensor measures the peak plantar load (PPL) of each step. A high PPL predicts injury.'));
  const out = dropDefinedTerms(view, res, [guess(view, 'PPL', 0), guess(view, 'PPL', 1)]);
  assert.deepEqual(out, []);
});

test('a title-case definition, an organisation word or a known acronym keeps the name', () => {
  const titled = createDocView(nlp.parse('Leaders met at the Global Trade Forum (GTF) in May. The GTF ended on Friday.'));
  const a = [guess(titled, 'GTF', 1)];
  assert.deepEqual(dropDefinedTerms(titled, res, a), a);
  const cue = createDocView(nlp.parse('Staff of the rural water agency (RWA) walked out. The RWA said talks failed.'));
  const b = [guess(cue, 'RWA', 1)];
  assert.deepEqual(dropDefinedTerms(cue, res, b), b);
  const coded = createDocView(nlp.parse('It cited a peak plantar load (PPL) figure. PPL officials disagreed. The PPL said so.'));
  const c = [guess(coded, 'PPL', 1, 'known-organisation', 'USABUS'), guess(coded, 'PPL', 2)];
  assert.deepEqual(dropDefinedTerms(coded, res, c), c);
});
