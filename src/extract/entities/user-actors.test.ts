import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-actors-'));
const file = join(dir, 'actors.json');
writeFileSync(
  file,
  JSON.stringify({
    people: [{ name: 'Mira Kestrel', gender: 'female', terms: [{ actor: 'CANMED', role: 'editor', from: '2018-01-01', to: null }] }],
    organisations: [{ name: 'Northwind Relief', aliases: ['Northwind'], actor: 'NGOHLH' }],
    groupRoles: [{ phrase: 'ferry crews', agent: 'LAB', plural: true }],
  }),
);
const nlp = createNlp();
const res = loadEntityResources({ actorsFile: file, nerModel: false });

test('a user actors file adds people with dated codes', () => {
  const es = extractEntities(nlp.parse('Mira Kestrel said she would publish the letter.'), res, '2020-05-05');
  const mira = es.find((e) => e.name === 'Mira Kestrel');
  assert.equal(mira?.actor, 'CANMED');
  assert.ok(mira?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'she'));
});

test('a user actors file adds organisations and group nouns', () => {
  const es = extractEntities(nlp.parse('Northwind sent doctors while Greek ferry crews went on strike.'), res, '2020-05-05');
  assert.equal(es.find((e) => e.name === 'Northwind Relief')?.actor, 'NGOHLH');
  assert.equal(es.find((e) => e.name === 'Greek ferry crews')?.actor, 'GRCLAB');
});

test('a malformed actors file is rejected with a clear error', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ people: [{ name: 'X', terms: [{ actor: 'not a code' }] }] }));
  assert.throws(() => loadEntityResources({ actorsFile: bad, nerModel: false }), /E_RESOURCE_INVALID|does not match/);
});
