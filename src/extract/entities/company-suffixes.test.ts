import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { joinCompanySuffixes, isLegalFormWord } from './company-suffixes.js';
import { createDocView, type DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A name mention over the words `from`…`to` (first occurrences), of the given type and rule. */
function mention(view: DocView, from: string, to: string, type: RawMention['type'], rule: string, extra: Partial<RawMention> = {}): RawMention {
  const a = tokenOf(view, from);
  const b = tokenOf(view, to) + 1;
  const place = tokenSpan(view, a, b);
  const name = view.doc.text.slice(place.start, place.end);
  return { ...rawMention(place, { kind: 'name', type, key: `${type}|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule, confidence: 0.6 }), ...extra };
}

const names = (ms: readonly RawMention[]) => ms.map((m) => `${m.type} ${m.name} <${m.rule}>`);

test('an organisation followed by ", Inc." takes the legal form into its name', () => {
  const view = createDocView(nlp.parse('The contract with Orvane Systems, Inc. ends in May.'));
  const out = joinCompanySuffixes(view, [mention(view, 'Orvane', 'Systems', 'ORG', 'cue-word-name')]);
  assert.deepEqual(names(out), ['ORG Orvane Systems, Inc. <cue-word-name+company-suffix>']);
});

test('a tagged "person" before ", LLC" is the company, and a tagged "LLC" of its own goes', () => {
  const view = createDocView(nlp.parse('Please wire the fee to Brask Kettering, LLC before Friday.'));
  const person = mention(view, 'Brask', 'Kettering', 'PERSON', 'ner-tagger');
  const llc = mention(view, 'LLC', 'LLC', 'ORG', 'ner-tagger');
  const out = joinCompanySuffixes(view, [person, llc]);
  assert.deepEqual(names(out), ['ORG Brask Kettering, LLC <ner-tagger+company-suffix>']);
  assert.equal(out[0].actor, null);
});

test('a capitalised run before ", Ltd." that no mention holds becomes an organisation', () => {
  const view = createDocView(nlp.parse('We bought the pumps from Harlow & Finch, Ltd. last year.'));
  const out = joinCompanySuffixes(view, []);
  assert.deepEqual(names(out), ['ORG Harlow & Finch, Ltd. <company-suffix>']);
});

test('a known place before ", Inc." is not taken for a company', () => {
  const view = createDocView(nlp.parse('She moved to Austin, Texas, Inc. magazine reported.'));
  const texas = mention(view, 'Texas', 'Texas', 'GPE', 'ner-tagger', { country: 'USA' });
  assert.deepEqual(names(joinCompanySuffixes(view, [texas])), ['GPE Texas <ner-tagger>']);
});

test('a legal form is a capitalised legal-form word only', () => {
  assert.equal(isLegalFormWord('Inc.'), true);
  assert.equal(isLegalFormWord('L.L.C.'), true);
  assert.equal(isLegalFormWord('inc'), false);
  assert.equal(isLegalFormWord('Company'), false);
});

test('a known town after "of" in a name opening at the legal form is kept as the company\'s town: "Orvane, Inc. of Mountain View"', () => {
  const view = createDocView(nlp.parse('She joined Orvane, Inc. of Mountain View last year.'));
  const out = joinCompanySuffixes(view, [mention(view, 'Orvane', 'Orvane', 'ORG', 'ner-tagger'), mention(view, 'Inc.', 'View', 'ORG', 'cue-word-name')], loadEntityResources());
  assert.deepEqual(names(out), ['ORG Orvane, Inc. <ner-tagger+company-suffix>', 'GPE Mountain View <company-town>']);
});
