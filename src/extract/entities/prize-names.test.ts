import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { prizeNames } from './prize-names.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A name mention over `words` (first occurrence of its first word) of the given type and rule. */
function named(view: DocView, words: string, type: RawMention['type'], rule: string, actor: string | null = null): RawMention {
  const a = tokenOf(view, words.split(' ')[0]);
  return rawMention(tokenSpan(view, a, a + words.split(' ').length), { kind: 'name', type, key: `${type}|${words.toLowerCase()}`, name: words, actor, country: null, agent: null, rule, confidence: 0.7 });
}

test('a prize is a thing and a contest an event, not an organisation or a place', () => {
  const view = createDocView(nlp.parse('She won the Harlow Poetry Prize before the Nordmark Cup began in Tallin.'));
  const out = prizeNames(view, [named(view, 'Harlow Poetry Prize', 'ORG', 'ner-tagger'), named(view, 'Nordmark Cup', 'LOC', 'ner-tagger'), named(view, 'Tallin', 'GPE', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule}`), ['Harlow Poetry Prize OTHER prize-name', 'Nordmark Cup EVENT prize-name', 'Tallin GPE ner-tagger']);
});

test('one-word names, known organisations and leagues stay', () => {
  const view = createDocView(nlp.parse('The Games began. The Nobel Prize Foundation and the Eastern Rugby League met.'));
  const ms = [named(view, 'Games', 'ORG', 'ner-tagger'), named(view, 'Eastern Rugby League', 'ORG', 'cue-word-name'), named(view, 'Nobel Prize', 'ORG', 'known-organisation', 'NGO')];
  assert.deepEqual(prizeNames(view, ms), ms);
});
