import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hashNerModel, loadNerModel, serialiseNerModel } from './ner-tagger.js';
import { loadNerModelWithTable, NER_TABLE_MODULES, nerTablePath, writeNerTable } from './ner-table-cache.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';

function writeModel(path: string, weight: number): void {
  const weights = new Map([
    ['w=oslo', Float32Array.from([weight, -1, 2])],
    ['t-1=B-LOC', Float32Array.from([-2, 1, 0.25])],
  ]);
  writeFileSync(path, gzipSync(serialiseNerModel(hashNerModel(['B-LOC', 'I-LOC', 'O'], weights, { note: String(weight) }))));
}

function sameModel(a: ReturnType<typeof loadNerModel>, b: ReturnType<typeof loadNerModel>): void {
  assert.deepEqual(a.labels, b.labels);
  assert.deepEqual(a.meta, b.meta);
  const w = a.weights;
  const v = b.weights;
  assert.deepEqual([w.labelCount, w.size, w.stride, w.capacity, w.filterShift], [v.labelCount, v.size, v.stride, v.capacity, v.filterShift]);
  assert.deepEqual([...w.keys], [...v.keys]);
  assert.deepEqual([...w.rows], [...v.rows]);
  assert.deepEqual([...w.filter], [...v.filter]);
}

test('a NER model read through its stored weight table is the model loaded from its file', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-ner-table-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const model = join(dir, 'm.bin.gz');
  writeModel(model, 0.5);
  assert.equal(nerTablePath(model), join(dir, 'm.table.compiled.bin'));
  writeNerTable(model);
  sameModel(loadNerModelWithTable(model), loadNerModel(model));
});

test('a retrained NER model is loaded from its file, not through the table of the old one', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-ner-table-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const model = join(dir, 'm.bin.gz');
  writeModel(model, 0.5);
  writeNerTable(model);
  writeModel(model, 3); // the table now belongs to another model file
  const loaded = loadNerModelWithTable(model);
  sameModel(loaded, loadNerModel(model));
  assert.equal(loaded.meta.note, '3');
  writeFileSync(nerTablePath(model), 'DNTC not a table');
  sameModel(loadNerModelWithTable(model), loadNerModel(model));
});

test('the code a stored NER table depends on includes the hash of its feature keys, and every module named exists', () => {
  assert.ok(NER_TABLE_MODULES.includes('../../nlp/fnv1a'));
  assert.notEqual(moduleFingerprint(import.meta.url, NER_TABLE_MODULES), null);
});
