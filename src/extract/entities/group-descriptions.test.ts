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

test('buyers and customers of a country are its businesses, not the country (roles.json business groups)', () => {
  assert.deepEqual(mentionOf('Japanese customers will visit Riyadh this month to finalise the contracts.', 'Japanese customers'), { kind: 'nominal', actor: 'JPNBUS', type: 'ORG' });
  assert.deepEqual(mentionOf('Talks between Saudi officials and Peruvian buyers ended on Friday.', 'Peruvian buyers'), { kind: 'nominal', actor: 'PERBUS', type: 'ORG' });
  assert.equal(mentionOf('A group of Mongolian entrepreneurs held talks with their Chinese counterparts.', 'Chinese counterparts')?.actor, 'CHNBUS');
});

test('customers named by no country are no mention, and a demonym before another noun stays the people', () => {
  assert.equal(mentionOf('Customers queued outside the shop on Monday.', 'Customers'), undefined);
  assert.deepEqual(mentionOf('Japanese tourists queued outside the shop.', 'Japanese'), { kind: 'name', actor: 'JPN', type: 'NORP' });
});
