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

test("a lexicon phrase counts once with its own valence: 'fed up' is negative, 'kind of' makes 'kind' no praise, 'can't stand' matches across its contraction", () => {
  const fed = documentTone(nlp.parse('Farmers are fed up.'), res);
  assert.deepEqual([fed.wordCount, fed.negative, fed.positive], [4, 25, 0]);
  assert.equal(documentTone(nlp.parse('Farmers are fed well.'), res).negative, 0, 'near miss: "fed" alone is no complaint');
  const kindOf = documentTone(nlp.parse('It was a kind of truce.'), res);
  const kind = documentTone(nlp.parse('It was a kind truce.'), res);
  assert.equal(kindOf.positive, 0);
  assert.ok(kind.positive > 0, 'near miss: "kind" alone is praise');
  const stand = documentTone(nlp.parse("Voters can't stand the new levy."), res);
  assert.ok(stand.negative > 0 && stand.positive === 0, JSON.stringify(stand));
  assert.equal(stand.wordCount, documentTone(nlp.parse("Voters can't abide the new levy."), res).wordCount, 'the phrase words still count as words');
});
