import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropTitleOnlyNames } from './title-only-names.js';
import { createDocView } from './doc-view.js';
import { rawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;
const names = (text: string) => run(text).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

test('an honorific before a bare title names nobody: "Madam Speaker", "Mr. Chief Justice"', () => {
  const found = names('Thank you, Madam Speaker. Mr. Chief Justice, the appeal turns on one point. Mrs. Okafor agreed.');
  assert.ok(!found.includes('Speaker') && !found.includes('Chief Justice'), found.join(', '));
  assert.ok(found.includes('Okafor'), found.join(', '));
});

test('a bare title guessed to be a person names nobody, while a guessed person with a name stays', () => {
  const view = createDocView(nlp.parse('The Foreign Secretary met Selma Varga on Friday.'));
  const guess = (words: string, rule: string) => {
    const a = tokenOf(view, words.split(' ')[0]);
    return rawMention(tokenSpan(view, a, a + words.split(' ').length), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: words.toLowerCase().split(' ') });
  };
  const out = dropTitleOnlyNames(view, res, [guess('Foreign Secretary', 'ner-tagger'), guess('Selma Varga', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => m.name), ['Selma Varga']);
});

test('a country whose English name may take "the" is named without it: "moved to the Netherlands"', () => {
  const es = run('She moved to the Netherlands and later to The Gambia.');
  const nld = es.find((e) => e.actor === 'NLD');
  assert.deepEqual(nld?.mentions.map((m) => m.text), ['Netherlands']);
  assert.deepEqual(es.find((e) => e.actor === 'GMB')?.mentions.map((m) => m.text), ['Gambia']);
});

test('a role in the plural guessed to be a person names a group, while a surname like it stays', () => {
  const view = createDocView(nlp.parse('Senators met on Friday, Secretaries stayed home, and Coles wrote the memo.'));
  const guess = (word: string) => {
    const a = tokenOf(view, word);
    return rawMention(tokenSpan(view, a, a + 1), { kind: 'name', type: 'PERSON', key: '', name: word, actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.6, personTokens: [word.toLowerCase()] });
  };
  const out = dropTitleOnlyNames(view, res, [guess('Senators'), guess('Secretaries'), guess('Coles')]);
  assert.deepEqual(out.map((m) => m.name), ['Coles']);
});
