import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileWinkCore, readWinkCoreCompiled, writeWinkCoreCompiled } from './wink-core-compiled.js';
import { readWinkCoreModel, WINK_CORE_MODEL_JSON } from './wink-core-model.js';

const require = createRequire(import.meta.url);

type Core = { features: Record<string, { list: string[]; hash?: Record<string, number> }> };

/** Runs `body` with a fresh folder, removed afterwards. */
function inTempDir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'detente-wink-core-'));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the core model read from its compiled form is deep-equal to the package's own core(), its lexeme hash giving the same index for every word", () => {
  inTempDir((dir) => {
    const file = join(dir, 'core.bin');
    assert.equal(writeWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, file), true);
    assert.ok(statSync(file).size < statSync(require.resolve(WINK_CORE_MODEL_JSON)).size);
    assert.notEqual(readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, file), null, 'the compiled form is read');
    const ours = readWinkCoreModel(require, file) as unknown as Core;
    const theirs = (require('wink-eng-lite-web-model') as { core(): Record<string, unknown> }).core() as unknown as Core;
    const ourHash = ours.features.lexeme.hash!;
    const theirHash = theirs.features.lexeme.hash!;
    for (const word of theirs.features.lexeme.list) assert.equal(ourHash[word], theirHash[word], word);
    delete ours.features.lexeme.hash;
    delete theirs.features.lexeme.hash;
    assert.deepStrictEqual(ours, theirs);
  });
});

test('a compiled form made from another version or size of the package JSON, or of another format, is not read', () => {
  inTempDir((dir) => {
    const json = require(WINK_CORE_MODEL_JSON) as Record<string, unknown>;
    const size = statSync(require.resolve(WINK_CORE_MODEL_JSON)).size;
    const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
    const file = join(dir, 'core.bin');
    writeFileSync(file, compileWinkCore(json, '0.0.1', size)!);
    assert.equal(readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, file), null);
    writeFileSync(file, compileWinkCore(json, version, size + 1)!);
    assert.equal(readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, file), null);
    writeFileSync(file, Buffer.from('not a compiled model'));
    assert.equal(readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, file), null);
    assert.equal(readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, join(dir, 'missing.bin')), null);
    // and the model is then read from the package's JSON
    assert.equal((readWinkCoreModel(require, file) as unknown as Core).features.lexeme.list.length, (json.features as Core['features']).lexeme.list.length);
  });
});

test('lexeme words holding the separator cannot be compiled', () => {
  const json = require(WINK_CORE_MODEL_JSON) as { features: Record<string, unknown> };
  const odd = { ...json, features: { ...json.features, lexeme: { list: ['a', 'b\0c'] } } };
  assert.equal(compileWinkCore(odd, '1', 1), null);
});
