import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocView } from './doc-view.js';
import { prophetNames } from './prophet-names.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;

/** A tagger organisation over `words` in `text`. */
function tagged(text: string, words: string, rule = 'ner-tagger'): { view: ReturnType<typeof createDocView>; m: RawMention } {
  const view = createDocView(nlp.parse(text));
  const start = text.indexOf(words);
  const a = view.doc.starts.findIndex((s) => s === start);
  const b = view.doc.ends.findIndex((e) => e === start + words.length) + 1;
  assert.ok(a >= 0 && b > a, `${words} is not on token edges`);
  const m = rawMention(
    { start, end: start + words.length, tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] },
    { kind: 'name', type: 'ORG', key: `ORG|${words.toLowerCase()}`, name: words, actor: null, country: null, agent: null, rule, confidence: 0.6 },
  );
  return { view, m };
}

test('"the Prophet Mohammed" read as an organisation is a person named whole', () => {
  const { view, m } = tagged('Muslims revere the Prophet Mohammed as a messenger.', 'Prophet Mohammed');
  const [out] = prophetNames(view, res, [m]);
  assert.equal(out.type, 'PERSON');
  assert.equal(out.name, 'Prophet Mohammed');
  assert.deepEqual(out.personTokens, ['mohammed']);
  assert.equal(out.rule, 'prophet-name');
  assert.equal(m.type, 'ORG');
});

test('"Prophet" before an organisation word, a lower-case word, or in a vouched name stays as it was', () => {
  for (const [text, words, rule] of [
    ['He founded Prophet Media Group in 2001.', 'Prophet Media Group', 'ner-tagger'],
    ['She joined the Prophet Mohammed charity.', 'Prophet Mohammed', 'known-organisation'],
  ]) {
    const { view, m } = tagged(text, words, rule);
    assert.equal(prophetNames(view, res, [m])[0].type, 'ORG', text);
  }
  const { view, m } = tagged('He read Prophet stories.', 'Prophet stories');
  assert.equal(prophetNames(view, res, [m])[0].type, 'ORG');
});

test('the entity component reads "the Prophet Muhammad" as a person', () => {
  const es = run('Muslims revere the Prophet Muhammad.');
  assert.ok(es.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' && m.text === 'Prophet Muhammad')), es.map((e) => `${e.type} ${e.mentions.map((m) => m.text).join('/')}`).join(', '));
});
