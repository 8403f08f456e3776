import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataPath } from '../../resources/data-path.js';
import { loadCameoTable, parseCameoTable, quadClassOfRoot } from './cameo-codes.js';

const HEADER = 'code\tlevel\troot\tbase\tlabel\tgoldstein\tquad\tplover\tplover_mode\tplover_context';

test('the CAMEO table holds all 311 codes and the 20 roots', () => {
  const table = loadCameoTable(dataPath('cameo', 'event-codes.tsv'));
  assert.equal(table.size, 311);
  const roots = [...table.values()].filter((r) => r.level === 1).map((r) => r.code);
  assert.deepEqual(roots, Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  for (const row of table.values()) assert.ok(table.has(row.root), `root of ${row.code} present`);
});

test('table rows carry the facts researchers look up', () => {
  const table = loadCameoTable(dataPath('cameo', 'event-codes.tsv'));
  assert.equal(table.get('042')?.label, 'Make a visit');
  assert.equal(table.get('042')?.goldstein, 1.9);
  assert.equal(table.get('163')?.quadClass, 4);
  assert.equal(table.get('190')?.goldstein, -10);
  assert.equal(table.get('0231')?.base, '023');
  assert.equal(table.get('036')?.plover, 'AGREE');
  assert.equal(table.get('112')?.plover, 'ACCUSE');
  assert.equal(table.get('010')?.plover, '');
});

test('QuadClass follows the GDELT convention', () => {
  assert.deepEqual(['01', '05', '06', '09', '10', '14', '15', '20'].map(quadClassOfRoot), [1, 1, 2, 2, 3, 3, 4, 4]);
});

test('a row whose QuadClass breaks the convention is rejected with its line number', () => {
  const bad = `${HEADER}\n04\t1\t04\t04\tConsult\t1.0\t2\tCONSULT\t\t\n`;
  assert.throws(() => parseCameoTable(bad, 't.tsv'), /t\.tsv:2: QuadClass 2 breaks/);
});

test('a duplicate code or a malformed Goldstein value is rejected', () => {
  const dup = `${HEADER}\n04\t1\t04\t04\tConsult\t1.0\t1\tCONSULT\t\t\n04\t1\t04\t04\tConsult\t1.0\t1\tCONSULT\t\t\n`;
  assert.throws(() => parseCameoTable(dup), /duplicate code 04/);
  const nan = `${HEADER}\n04\t1\t04\t04\tConsult\tabc\t1\tCONSULT\t\t\n`;
  assert.throws(() => parseCameoTable(nan), /goldstein/);
});
