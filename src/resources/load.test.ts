import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from './load.js';

test('the quote models load by default and stay out with quoteModels false', () => {
  const withModels = loadResources();
  assert.ok(withModels.quotes.cueModel && withModels.quotes.contentEndModel);
  const rulesOnly = loadResources({ quoteModels: false });
  assert.equal(rulesOnly.quotes.cueModel, null);
  assert.equal(rulesOnly.quotes.contentEndModel, null);
  assert.ok(rulesOnly.quotes.verbs.has('say'), 'the cue lexicon is still there');
});
