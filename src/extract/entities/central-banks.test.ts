import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-30');
const coded = (text: string) => run(text).filter((e) => e.type === 'ORG').map((e) => `${e.name} ${e.actor ?? '-'}`);

test('a central bank named by its country and cue words is the state\'s, GOV, not a business', () => {
  assert.deepEqual(coded('The Dutch Central Bank cut its rate on Monday.'), ['Dutch Central Bank NLDGOV']);
  assert.deepEqual(coded('Dealers said the Central Bank of Kenya sold dollars.'), ['Central Bank of Kenya KENGOV']);
});

test('a bank whose name only holds "Central" or "Reserve" elsewhere stays as it was', () => {
  assert.deepEqual(coded('The Dutch Cooperative Bank cut its rate on Monday.'), ['Dutch Cooperative Bank NLDBUS']);
  assert.ok(!coded('Shares of Central Pacific Bank rose.').some((n) => n.endsWith('GOV')));
});

test('the Central Bank of India is a commercial bank, INDBUS (change review 22)', () => {
  assert.deepEqual(coded('Shares of the Central Bank of India rose five pct on Monday.'), ['Central Bank of India INDBUS']);
});

test('an organisation of a user dictionary named like a central bank keeps the code the dictionary gives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-central-banks-'));
  try {
    const file = join(dir, 'actors.json');
    const org = { name: 'Reserve Bank of Farmers of Kenya', aliases: [], actor: 'KENBUS', country: 'KEN', type: 'ORG' };
    writeFileSync(file, JSON.stringify({ organisations: [org] }));
    const nlp = createNlp();
    const res = loadEntityResources({ actorsFile: file });
    const entities = extractEntities(nlp.parse('Shares of the Reserve Bank of Farmers of Kenya rose on Monday.'), res, '1987-03-30');
    assert.deepEqual(entities.filter((e) => e.type === 'ORG').map((e) => `${e.name} ${e.actor ?? '-'}`), ['Reserve Bank of Farmers of Kenya KENBUS']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
