import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadQuoteResources, parseCueLexicon } from './resources.js';

test('the built-in lexicon loads the common reporting verbs and phrases', () => {
  const r = loadQuoteResources();
  assert.ok(r.verbs.get('say')?.frames.has('invert'));
  assert.ok(r.verbs.get('tell')?.frames.has('object'));
  assert.ok(r.phrases.get('according')?.some((p) => p.lemma === 'according to'));
  assert.ok(r.phrases.get('make')?.some((p) => p.lemma === 'make clear'));
  assert.match(r.hash, /^[0-9a-f]{64}$/);
});

test('stance nouns load apart from the that-clause nouns and take only the infinitive frame', () => {
  assert.ok(loadQuoteResources().stanceNouns.get('pledge')?.frames.has('to'));
  const lexicon = (frames: string[]) => JSON.stringify({ version: '1', verbs: [], phrases: [], stanceNouns: [{ lemma: 'vow', class: 'speech', frames }] });
  assert.equal(parseCueLexicon(lexicon(['to'])).nouns.has('vow'), false);
  assert.throws(() => parseCueLexicon(lexicon(['that'])), (e: unknown) => (e as { code?: string }).code === 'E_RESOURCE_INVALID');
});

test('a lexicon with an unknown frame or a duplicate verb is rejected with a stable code', () => {
  const bad = JSON.stringify({ version: '1', verbs: [{ lemma: 'say', class: 'speech', frames: ['sideways'] }], phrases: [] });
  assert.throws(() => parseCueLexicon(bad), (e: unknown) => (e as { code?: string }).code === 'E_RESOURCE_INVALID');
  const dup = JSON.stringify({
    version: '1',
    verbs: [
      { lemma: 'say', class: 'speech', frames: ['bare'] },
      { lemma: 'say', class: 'speech', frames: ['that'] },
    ],
    phrases: [],
  });
  assert.throws(() => parseCueLexicon(dup), /twice/);
  assert.throws(() => parseCueLexicon('{'), /not valid JSON/);
});

test('the built-in resources carry the trained cue model with its decision thresholds', () => {
  const r = loadQuoteResources();
  assert.ok(r.cueModel);
  assert.ok(r.cueModel.weights.size > 1000);
  assert.ok(Number.isFinite(r.cueModel.threshold));
  assert.ok(r.cueModel.veto < r.cueModel.threshold && r.cueModel.threshold < r.cueModel.fallback);
  assert.match(String(r.cueModel.meta.data), /PolNeAR train/);
  assert.ok(r.contentEndModel && r.contentEndModel.weights.size > 100);
  const bare = loadQuoteResources({ cueModel: false, contentEndModel: false });
  assert.ok(!bare.cueModel && !bare.contentEndModel);
});
