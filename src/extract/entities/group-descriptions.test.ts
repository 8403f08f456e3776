import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const mentionOf = (text: string, surface: string) => {
  for (const e of run(text)) for (const m of e.mentions) if (m.text === surface) return { kind: m.kind, actor: e.actor, type: e.type };
  return undefined;
};

test('a country before a lower-case group noun is a description of the group, which keeps its actor code', () => {
  assert.deepEqual(mentionOf('Villagers near Kirkuk said US soldiers searched every house.', 'US soldiers'), { kind: 'nominal', actor: 'USAMIL', type: 'ORG' });
  assert.equal(mentionOf('Villagers near Kirkuk said US soldiers searched every house.', 'US')?.kind, 'name');
});

test('a demonym before a lower-case group noun is a description too', () => {
  assert.equal(mentionOf('The Peruvian government denied the report on Tuesday.', 'Peruvian government')?.kind, 'nominal');
});

test('a group written as a proper name stays a name', () => {
  assert.equal(mentionOf('Boats of the Peruvian Navy searched the coast near Callao.', 'Peruvian Navy')?.kind, 'name');
});
