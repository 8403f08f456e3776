import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';
import { townPersons } from './town-persons.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A person mention over `words`, from the `n`-th occurrence of its first word. */
function person(view: DocView, words: string, rule: string, n = 0): RawMention {
  const parts = words.split(' ');
  const a = tokenOf(view, parts[0], n);
  const b = a + parts.length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type: 'PERSON', key: '', name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, personTokens: nameTokens(view.keys, a, b) });
}

const typed = (ms: readonly RawMention[]) => ms.map((m) => `${m.type} ${m.name} <${m.rule}>`);

test('a town the tagger took for a person is the place where the article also says "in" it', () => {
  const view = createDocView(nlp.parse('Rotherham has a new market. Prices in Rotherham fell, and Rotherham welcomed it.'));
  const out = townPersons(view, res, [person(view, 'Rotherham', 'ner-tagger'), person(view, 'Rotherham', 'ner-tagger+name', 2)]);
  assert.deepEqual(typed(out), ['GPE Rotherham <town-in-article>', 'GPE Rotherham <town-in-article>']);
  assert.equal(out[0].country, 'GBR');
});

test('a town name stays a person without "in", after "in … \'s", or when the article names the person in full', () => {
  const a = createDocView(nlp.parse('Please forward the memo to Rotherham today.'));
  assert.equal(townPersons(a, res, [person(a, 'Rotherham', 'ner-tagger')])[0].type, 'PERSON');
  const b = createDocView(nlp.parse("In Rotherham's view the plan failed. Rotherham left."));
  assert.equal(townPersons(b, res, [person(b, 'Rotherham', 'ner-tagger', 1)])[0].type, 'PERSON');
  const c = createDocView(nlp.parse('Jane Rotherham spoke in Rotherham. Rotherham smiled.'));
  const out = townPersons(c, res, [person(c, 'Jane Rotherham', 'given-name'), person(c, 'Rotherham', 'ner-tagger', 2)]);
  assert.deepEqual(out.map((m) => m.type), ['PERSON', 'PERSON']);
});

test('a town the article defines as a city ("Rotherham is a busy market town") is the place at every tagged occurrence', () => {
  const view = createDocView(nlp.parse('Rotherham is a busy market town on the Don. Rotherham has two railway stations.'));
  const out = townPersons(view, res, [person(view, 'Rotherham', 'ner-tagger'), person(view, 'Rotherham', 'ner-tagger', 1)]);
  assert.deepEqual(typed(out), ['GPE Rotherham <town-in-article>', 'GPE Rotherham <town-in-article>']);
});

test('a definition as a person or as a place of something else keeps the person', () => {
  const view = createDocView(nlp.parse('Rotherham is a keen runner. Rotherham was the town of his birth, he said.'));
  const ms = [person(view, 'Rotherham', 'ner-tagger'), person(view, 'Rotherham', 'ner-tagger', 1)];
  assert.deepEqual(typed(townPersons(view, res, ms)), ['PERSON Rotherham <ner-tagger>', 'PERSON Rotherham <ner-tagger>']);
});
