import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView, type DocView } from './doc-view.js';
import { lawNames } from './law-names.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();

/** A name mention over `words` (its first word's `n`-th occurrence) of the given type, rule and actor. */
function named(view: DocView, words: string, type: RawMention['type'], rule: string, actor: string | null = null, n = 0): RawMention {
  const a = tokenOf(view, words.split(' ')[0], n);
  const b = a + words.split(' ').length;
  return rawMention(tokenSpan(view, a, b), { kind: 'name', type, key: `${type}|${words.toLowerCase()}`, name: words, actor, country: null, agent: null, rule, confidence: 0.7 });
}

test('an organisation ending in "Act" or "Agreement" is a document with no actor', () => {
  const view = createDocView(nlp.parse('The Coastal Flood Relief Act passed, and the Harbour Services Agreement was signed.'));
  const out = lawNames(view, [named(view, 'Coastal Flood Relief Act', 'ORG', 'ner-tagger'), named(view, 'Harbour Services Agreement', 'ORG', 'cue-word-name')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule} ${m.actor}`), ['Coastal Flood Relief Act OTHER law-name null', 'Harbour Services Agreement OTHER law-name null']);
  assert.equal(out[0].key, 'OTHER|coastal flood relief act');
});

test('a guessed person ending in "Plan" is a plan, not a person', () => {
  const view = createDocView(nlp.parse('Aid under the Morrison Plan rebuilt the port.'));
  const out = lawNames(view, [{ ...named(view, 'Morrison Plan', 'PERSON', 'given-name'), personTokens: ['morrison', 'plan'] }]);
  assert.equal(out[0].type, 'OTHER');
  assert.deepEqual(out[0].personTokens, []);
});

test('known organisations, titled persons, one-word names and other last words are left alone', () => {
  const view = createDocView(nlp.parse('The Warsaw Pact met. Senator Ada Pact spoke. Bill left. Nathan Law won. The Treaty was read. The Planning Board met.'));
  const input = [
    named(view, 'Warsaw Pact', 'ORG', 'known-organisation', 'IGO'),
    named(view, 'Ada Pact', 'PERSON', 'titled-person'),
    named(view, 'Bill', 'PERSON', 'given-name-alone'),
    named(view, 'Nathan Law', 'PERSON', 'given-name'),
    named(view, 'Treaty', 'ORG', 'ner-tagger'),
    named(view, 'Planning Board', 'ORG', 'cue-word-name'),
  ];
  assert.deepEqual(lawNames(view, input), input);
});

test('a place or organisation ending in "Contract", "Guaranty" or "Provisions" is a document', () => {
  const view = createDocView(nlp.parse('See the Pump Supply Contract and the Halvard Bank Guaranty for details.'));
  const out = lawNames(view, [named(view, 'Pump Supply Contract', 'GPE', 'ner-tagger'), named(view, 'Halvard Bank Guaranty', 'ORG', 'ner-tagger')]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type}`), ['Pump Supply Contract OTHER', 'Halvard Bank Guaranty OTHER']);
});

test('a law whose cue word and the country before it gave a code is still a law, with no code', () => {
  const view = createDocView(nlp.parse("Germany's Securities Trading Act obliges the regulator to report such cases."));
  const [law] = lawNames(view, [named(view, 'Securities Trading Act', 'ORG', 'cue-word-name', 'DEUBUS')]);
  assert.equal(law.type, 'OTHER');
  assert.equal(law.actor, null);
});

test('a known organisation ending in an instrument word keeps its code', () => {
  const view = createDocView(nlp.parse('The Warsaw Pact met in Prague.'));
  const [pact] = lawNames(view, [named(view, 'Warsaw Pact', 'ORG', 'known-organisation', 'IGOWARSAW')]);
  assert.equal(pact.actor, 'IGOWARSAW');
});
