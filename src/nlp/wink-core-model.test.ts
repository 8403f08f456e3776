import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readWinkCoreModel } from './wink-core-model.js';

const require = createRequire(import.meta.url);

type Core = { features: Record<string, { list: string[]; hash?: Record<string, number> }> };

test("the core model read without the package's JSON copy is deep-equal to the package's own core(), its lexeme hash giving the same index for every word", () => {
  const model = require('wink-eng-lite-web-model') as { core(): Record<string, unknown> };
  const ours = readWinkCoreModel(require) as unknown as Core;
  const theirs = model.core() as unknown as Core;
  const ourHash = ours.features.lexeme.hash!;
  const theirHash = theirs.features.lexeme.hash!;
  for (const word of theirs.features.lexeme.list) assert.equal(ourHash[word], theirHash[word], word);
  for (const word of ['detente-unknown-word', '', 'THE', '__proto__', 'constructor']) assert.equal(ourHash[word], theirHash[word], word);
  delete ours.features.lexeme.hash;
  delete theirs.features.lexeme.hash;
  assert.deepStrictEqual(ours, theirs);
});

test('two core models read in one process share no list, hash or typed array that wink-nlp writes to', () => {
  const a = readWinkCoreModel(require) as unknown as Core & { lexicon: Uint32Array };
  const b = readWinkCoreModel(require) as unknown as Core & { lexicon: Uint32Array };
  for (const name of Object.keys(a.features)) {
    assert.notEqual(a.features[name].list, b.features[name].list, name);
    if (a.features[name].hash) assert.notEqual(a.features[name].hash, b.features[name].hash, name);
  }
  assert.notEqual(a.lexicon.buffer, b.lexicon.buffer);
  a.features.lexeme.list.push('detente-learnt-word');
  assert.equal(b.features.lexeme.list.includes('detente-learnt-word'), false);
});
