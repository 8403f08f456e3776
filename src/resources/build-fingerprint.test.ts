import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_PARTS, DATA_PARTS, buildFingerprintRecord, codeFingerprint, treeDigest } from './build-fingerprint.js';

/** A made-up package tree in a temporary folder: src/, data/, models/ and package files. */
function withTree(run: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'detente-fingerprint-'));
  try {
    for (const dir of ['src/extract', 'data/events', 'models/ner']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'src/extract/code-events.ts'), 'export const A = 1;\n');
    writeFileSync(join(root, 'package.json'), '{"version":"0.1.0"}');
    writeFileSync(join(root, 'data/events/verbs.yaml'), 'verbs: []\n');
    writeFileSync(join(root, 'models/ner/model.bin'), Buffer.from([1, 2, 3]));
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the code digest changes with a source line and a dependency pin, not with a test file', () => {
  withTree((root) => {
    const before = treeDigest(root, CODE_PARTS);
    writeFileSync(join(root, 'src/extract/code-events.test.ts'), 'test stuff\n');
    assert.equal(treeDigest(root, CODE_PARTS), before, 'a test changes no output');
    writeFileSync(join(root, 'src/extract/code-events.ts'), 'export const A = 2;\n');
    const edited = treeDigest(root, CODE_PARTS);
    assert.notEqual(edited, before);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/wink-nlp":{"version":"2.3.0"}}}');
    assert.notEqual(treeDigest(root, CODE_PARTS), edited, 'a dependency pinned to another version');
    assert.equal(buildFingerprintRecord(root), `${JSON.stringify({ code: treeDigest(root, CODE_PARTS) })}\n`);
  });
});

test('the data digest changes with a data file, a model or a renamed file, not with a compiled file the build derives', () => {
  withTree((root) => {
    const before = treeDigest(root, DATA_PARTS);
    writeFileSync(join(root, 'data/events/verbs.compiled.json'), '[]');
    assert.equal(treeDigest(root, DATA_PARTS), before);
    writeFileSync(join(root, 'models/ner/model.bin'), Buffer.from([1, 2, 4]));
    const model = treeDigest(root, DATA_PARTS);
    assert.notEqual(model, before);
    rmSync(join(root, 'data/events/verbs.yaml'));
    writeFileSync(join(root, 'data/events/senses.yaml'), 'verbs: []\n');
    assert.notEqual(treeDigest(root, DATA_PARTS), model, 'the same bytes under another name');
  });
});

test('run from source, the fingerprint is computed from the tree: 16 hex digits, the same on a second call', () => {
  const fp = codeFingerprint();
  assert.match(fp ?? '', /^[0-9a-f]{16}$/);
  assert.equal(codeFingerprint(), fp);
});
