import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { consumerBusinesses } from './consumer-businesses.js';
import { createDocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources();

/** The organisation names the rule reads in `text`, given the mentions `made` builds on its DocView (none by default). */
function read(text: string, made: (view: ReturnType<typeof createDocView>) => RawMention[] = () => []): string[] {
  const view = createDocView(nlp.parse(text));
  return consumerBusinesses(view, res, made(view))
    .filter((m) => m.type === 'ORG')
    .map((m) => view.doc.text.slice(m.start, m.end));
}

test('shops and restaurant chains the tagger missed are organisations, capitalised or written in lower case', () => {
  assert.deepEqual(read('After the dentist we stopped at Cracker Barrel and then drove over to Hobby Lobby for paint.'), ['Cracker Barrel', 'Hobby Lobby']);
  assert.deepEqual(read('honestly the nachos at taco bell were better than i expected'), ['taco bell']);
});

test('a name made of ordinary words is read only capitalised beside a word of business', () => {
  assert.deepEqual(read('My cousin got a job at Target last spring.'), ['Target']);
  assert.deepEqual(read('The Apple store on Main Street was closed.'), ['Apple']);
  assert.deepEqual(read('Target practice starts at noon, and our target is the fence.'), []);
  assert.deepEqual(read('we found the best buy of the week at the market'), []);
});

test('a guessed person of exactly the name becomes the business; a person whose name holds an ordinary business name stays', () => {
  const guessed = (view: ReturnType<typeof createDocView>) => {
    const i = tokenOf(view, 'Cracker');
    return [rawMention(tokenSpan(view, i, i + 2), { kind: 'name', type: 'PERSON', key: '', name: 'Cracker Barrel', actor: null, country: null, agent: null, personTokens: ['cracker', 'barrel'], weak: true, rule: 'ner-tagger', confidence: 0.6 })];
  };
  assert.deepEqual(read('We ate breakfast at Cracker Barrel twice.', guessed), ['Cracker Barrel']);
  const actor = (view: ReturnType<typeof createDocView>) => {
    const i = tokenOf(view, 'Harrison');
    return [rawMention(tokenSpan(view, i, i + 2), { kind: 'name', type: 'PERSON', key: '', name: 'Harrison Ford', actor: null, country: null, agent: null, personTokens: ['harrison', 'ford'], rule: 'ner-tagger', confidence: 0.6 })];
  };
  assert.deepEqual(read('We watched a film with Harrison Ford at home.', actor), []);
});

test('a business name inside a longer capitalised name is left to that name', () => {
  assert.deepEqual(read('The game was played at Target Field in the rain.'), []);
  assert.deepEqual(read('Ms Vane is an analyst at Prudential-Bache Securities in New York.'), []);
});
