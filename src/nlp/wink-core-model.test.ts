import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readWinkCoreModel } from './wink-core-model.js';

const require = createRequire(import.meta.url);

test("the core model read without the package's JSON copy is deep-equal to the package's own core()", () => {
  const model = require('wink-eng-lite-web-model') as { core(): Record<string, unknown> };
  assert.deepStrictEqual(readWinkCoreModel(require), model.core());
});

test('two core models read in one process share no list, hash or typed array that wink-nlp writes to', () => {
  type Core = { features: Record<string, { list: unknown[]; hash?: object }>; lexicon: Uint32Array };
  const a = readWinkCoreModel(require) as unknown as Core;
  const b = readWinkCoreModel(require) as unknown as Core;
  for (const name of Object.keys(a.features)) {
    assert.notEqual(a.features[name].list, b.features[name].list, name);
    if (a.features[name].hash) assert.notEqual(a.features[name].hash, b.features[name].hash, name);
  }
  assert.notEqual(a.lexicon.buffer, b.lexicon.buffer);
  a.features.lexeme.list.push('detente-learnt-word');
  assert.equal(b.features.lexeme.list.includes('detente-learnt-word'), false);
});
