import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocView } from './doc-view.js';
import { dropLowerCasePersons } from './lower-case-persons.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;

/** A one-word tagger person over the first occurrence of `word` in `text`. */
function tagged(text: string, word: string, rule = 'ner-tagger'): { view: ReturnType<typeof createDocView>; m: RawMention } {
  const view = createDocView(nlp.parse(text));
  const start = ` ${text} `.indexOf(` ${word} `);
  const i = view.doc.starts.findIndex((s) => s === start);
  assert.ok(i >= 0, `${word} is no token`);
  const m = rawMention(
    { start, end: start + word.length, tokStart: i, tokEnd: i + 1, sentence: view.sentenceOf[i], evidence: [] },
    { kind: 'name', type: 'PERSON', key: '', name: word, actor: null, country: null, agent: null, personTokens: [word.toLowerCase()], weak: false, rule, confidence: 0.6 },
  );
  return { view, m };
}

test('a lower-case word that is no given name, taken by the tagger for a person, is dropped: "he says", "future prime ministers", "declares himself emperor"', () => {
  for (const [text, word] of [['" Now these people live in dignity , " he says .', 'he'], ['Many future prime ministers were schooled there .', 'prime'], ['Declares himself emperor', 'emperor']]) {
    const { view, m } = tagged(text, word);
    assert.deepEqual(dropLowerCasePersons(view, res, [m]), [], text);
    assert.deepEqual(dropLowerCasePersons(view, res, [{ ...m, rule: 'ner-repeat' }]), [], text);
  }
});

test('a lower-case given name stays a person: "max and jen are looking for you", "Posted by darin"', () => {
  for (const [text, word] of [['max and jen are looking for you .', 'jen'], ['Posted by darin', 'darin']]) {
    const { view, m } = tagged(text, word);
    assert.equal(dropLowerCasePersons(view, res, [m]).length, 1, text);
  }
});

test('capitalised tagger persons and lower-case persons found by rule stay', () => {
  const a = tagged('Ask Kinsey about the report .', 'Kinsey');
  assert.equal(dropLowerCasePersons(a.view, res, [a.m]).length, 1);
  const b = tagged('he says the report is late .', 'he', 'capitalised-name');
  assert.equal(dropLowerCasePersons(b.view, res, [b.m]).length, 1);
});
