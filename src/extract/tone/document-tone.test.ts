import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { documentTone } from './document-tone.js';
import { loadToneResources } from './resources.js';

const nlp = createNlp();
const res = loadToneResources();

test('a hostile text has negative tone and a friendly one positive tone', () => {
  const hostile = documentTone(nlp.parse('The attack killed civilians and the government condemned the brutal violence.'), res);
  const friendly = documentTone(nlp.parse('Both leaders praised the successful agreement and welcomed the progress.'), res);
  assert.ok(hostile.tone < 0, `hostile tone ${hostile.tone}`);
  assert.ok(friendly.tone > 0, `friendly tone ${friendly.tone}`);
});

test('tone is positive minus negative and polarity their sum, as percentages of words', () => {
  const t = documentTone(nlp.parse('Good talks, bad weather, and a long table.'), res);
  assert.equal(t.wordCount, 8);
  assert.equal(t.positive, 12.5);
  assert.equal(t.negative, 12.5);
  assert.equal(t.tone, 0);
  assert.equal(t.polarity, 25);
});

test('a negated sentiment word counts on the opposite side', () => {
  const t = documentTone(nlp.parse('The talks were not good.'), res);
  assert.ok(t.negative > 0 && t.positive === 0);
});

test('a text without words has zero tone', () => {
  assert.deepEqual(documentTone(nlp.parse('... !!'), res), { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 });
});
