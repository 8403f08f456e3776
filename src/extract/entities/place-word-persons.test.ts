import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { placeWordPersons } from './place-word-persons.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A name mention over `words` starting at the `n`-th occurrence of its first word. */
function mention(view: DocView, words: string, type: RawMention['type'], rule: string, n = 0, weak = false): RawMention {
  const parts = words.split(' ');
  const a = tokenOf(view, parts[0], n);
  const place = tokenSpan(view, a, a + parts.length);
  const key = type === 'PERSON' ? '' : `${type}|${words.toLowerCase()}`;
  return rawMention(place, { kind: 'name', type, key, name: words, actor: null, country: null, agent: null, rule, confidence: 0.6, weak, personTokens: type === 'PERSON' ? nameTokens(view.keys, a, a + parts.length) : [] });
}

const typed = (ms: readonly RawMention[]) => ms.map((m) => `${m.type} ${m.name} <${m.rule}>`);

test('a tagged person named like an island the article names is that island, and joins its entity', () => {
  const view = createDocView(nlp.parse('The ferry reaches Talvik Island at noon. Talvik has two beaches.'));
  const island = mention(view, 'Talvik Island', 'LOC', 'cue-word-name');
  const out = placeWordPersons(view, res, [island, mention(view, 'Talvik', 'PERSON', 'ner-tagger+name', 1)]);
  assert.deepEqual(typed(out), ['LOC Talvik Island <cue-word-name>', 'LOC Talvik <place-word-alias>']);
  assert.equal(out[1].key, island.key);
});

test('a person whose first word is a given name stays a person beside a place named after her', () => {
  const view = createDocView(nlp.parse('We saw Margaret River on the map. Margaret said it was far.'));
  const out = placeWordPersons(view, res, [mention(view, 'Margaret River', 'LOC', 'cue-word-name'), mention(view, 'Margaret', 'PERSON', 'ner-tagger', 1)]);
  assert.deepEqual(typed(out), ['LOC Margaret River <cue-word-name>', 'PERSON Margaret <ner-tagger>']);
});

test('a guessed person opening with "Mount" or "Lake" is a place, a titled one is left alone', () => {
  const view = createDocView(nlp.parse('They climbed Mount Keldor and swam in Lake Orrin.'));
  const out = placeWordPersons(view, res, [mention(view, 'Mount Keldor', 'PERSON', 'ner-tagger'), mention(view, 'Lake Orrin', 'PERSON', 'titled-person')]);
  assert.deepEqual(typed(out), ['LOC Mount Keldor <place-prefix>', 'PERSON Lake Orrin <titled-person>']);
});

test('a place word in lower case names no place: "the Dravo mountains" makes no other "Dravo" a place', () => {
  const view = createDocView(nlp.parse('Snow covers the Dravo mountains. Dravo smiled at us.'));
  const out = placeWordPersons(view, res, [mention(view, 'Dravo mountains', 'LOC', 'ner-tagger'), mention(view, 'Dravo', 'PERSON', 'ner-tagger', 1)]);
  assert.equal(out[1].type, 'PERSON');
});
