import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { MAX_CUE_FEATURES } from './cue-features.js';
import { parseCueModel, scoreCueTokens, serialiseCueModel } from './cue-model.js';
import { trainCueModel } from './cue-train.js';
import { clauses } from './doc-helpers.js';
import { quotedTokens } from './quoted-tokens.js';
import { loadQuoteResources } from './resources.js';

const nlp = createNlp();
const lexicon = loadQuoteResources({ cueModel: false });

/** A training document whose cues are the given words (first occurrence each). */
function labelled(text: string, cueWords: string[]) {
  return { doc: nlp.parse(text), cues: cueWords.map((w) => [[text.indexOf(w), text.indexOf(w) + w.length] as const]) };
}

const training = [
  labelled('The governor derided the budget plan on Monday.', ['derided']),
  labelled('Union leaders derided the offer as an insult.', ['derided']),
  labelled('The minister ate lunch with the delegation.', []),
  labelled('The delegation ate dinner at the embassy.', []),
  labelled('Critics derided the report, and the mayor ate his words.', ['derided']),
];

function scores(model: ReturnType<typeof trainCueModel>, text: string): { doc: ReturnType<typeof nlp.parse>; s: Float32Array } {
  const doc = nlp.parse(text);
  const { quoted } = quotedTokens(doc);
  const s = new Float32Array(doc.tokenCount);
  for (const c of clauses(doc)) scoreCueTokens(model, doc, c.firstToken, c.endToken, quoted, lexicon, s, new Uint32Array(MAX_CUE_FEATURES));
  return { doc, s };
}

test('a model trained on a few labelled sentences scores a cue verb above a verb that never was one', () => {
  const model = trainCueModel(training, lexicon, { epochs: 4, seed: 1 });
  const { doc, s } = scores(model, 'The senator derided the proposal, then ate a sandwich.');
  const at = (w: string) => s[doc.lower.indexOf(w)];
  assert.ok(at('derided') > 0, `derided scored ${at('derided')}`);
  assert.ok(at('ate') < 0, `ate scored ${at('ate')}`);
  assert.equal(s[doc.lower.indexOf('the')], -Infinity);
});

test('training with the same seed gives the same model bytes, and a saved model scores as the original', () => {
  const a = trainCueModel(training, lexicon, { epochs: 3, seed: 7, threshold: 1.5, veto: -4, fallback: 9 });
  const b = trainCueModel(training, lexicon, { epochs: 3, seed: 7, threshold: 1.5, veto: -4, fallback: 9 });
  const bytes = serialiseCueModel(a);
  assert.deepEqual(bytes, serialiseCueModel(b));
  const back = parseCueModel(bytes);
  assert.equal(back.threshold, 1.5);
  assert.equal(back.veto, -4);
  assert.equal(back.fallback, 9);
  const text = 'Leaders derided the plan and ate together.';
  const x = scores(a, text).s;
  const y = scores(back, text).s;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === -Infinity) assert.equal(y[i], -Infinity);
    else assert.ok(Math.abs(x[i] - y[i]) < 1e-3 * Math.max(1, Math.abs(x[i])), `token ${i}: ${x[i]} vs ${y[i]}`);
  }
});

test('bytes that are not a cue model are refused with a stable code', () => {
  assert.throws(() => parseCueModel(Buffer.from('not a model at all')), (e: unknown) => (e as { code?: string }).code === 'E_QUOTE_MODEL');
});
