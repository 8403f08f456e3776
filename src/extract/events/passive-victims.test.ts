// The people a passive acts on are its target, never its source: "the arrested" as a noun, a participle whose "be" was
// left out after a passive clause, the crowd of a passive with no agent; and a statement about such people has no target in
// their noun phrase ("members of X"). Made-up sentences and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RURITANIANS: EntitySpec = { id: 'rur', name: 'Ruritania', type: 'NORP', actor: 'RUR', country: 'RUR', surfaces: ['Ruritanians', 'Ruritanian'] };
const FRONT: EntitySpec = { id: 'front', name: 'Ostrov Front', type: 'ORG', actor: 'RURREB', country: 'RUR', surfaces: ['Ostrov Front'] };
const ARMY: EntitySpec = { id: 'mil', name: 'Ruritanian army', type: 'ORG', actor: 'RURMIL', country: 'RUR', surfaces: ['Ruritanian army'] };
const POLICE: EntitySpec = { id: 'cop', name: 'Ruritanian police', type: 'ORG', actor: 'RURCOP', country: 'RUR', surfaces: ['Ruritanian police'] };
const BORDURIANS = countrySpec('BOR', 'Borduria', ['Bordurians', 'Bordurian', 'Borduria']);
const VELGRAD: EntitySpec = { id: 'velgrad', name: 'Velgrad', type: 'GPE', actor: null, country: 'RUR', surfaces: ['Velgrad'] };

test('"the arrested" names the people held: no arrest by the subject of its own clause', () => {
  assert.deepEqual(run('Ruritanian officials said dozens of people were held in the sweep and most of the arrested belong to the Ostrov Front.', [RURITANIANS, FRONT]), []);
  assert.deepEqual(run('Ruritanian police detained 12 men in Velgrad, and most of the detained were members of the Ostrov Front.', [POLICE, FRONT, VELGRAD]), ['RURCOP>RUR 173']);
});

test('near miss: "the" before a participle and a noun is still an attributive participle, and an active verb stays', () => {
  assert.deepEqual(run('The Ruritanian army arrested the wanted leader of the Ostrov Front.', [ARMY, FRONT]), ['RURMIL>RURREB 173']);
});

test('a participle sharing the "be" of a passive clause has its victims before it, not an agent', () => {
  assert.deepEqual(run('On Monday, a Ruritanian guard was killed and 30 other people wounded, including three Bordurians, in the blast.', [RURITANIANS, BORDURIANS]), []);
  assert.deepEqual(run('Two soldiers of the Ruritanian army were killed and four soldiers injured in a clash with the Ostrov Front.', [ARMY, FRONT]), []);
});

test('near misses: an active clause after "and", and a passive that names its agent', () => {
  assert.deepEqual(run('Two guards were killed and the Ruritanian army shelled the Ostrov Front.', [ARMY, FRONT]), ['RURMIL>RURREB 194']);
  assert.deepEqual(run('A Ruritanian guard was killed and two Bordurians wounded by the Ostrov Front.', [RURITANIANS, BORDURIANS, FRONT]), ['RURREB>BOR 180']);
});

test('a passive riot with no agent has no crowd source; the crowd of its by-phrase is one', () => {
  assert.deepEqual(run('In Velgrad, a convoy of opposition supporters was pelted with stones on Sunday.', [VELGRAD]), []);
  assert.deepEqual(run('In Velgrad, a convoy of ministers was pelted with stones by angry villagers on Sunday.', [VELGRAD]).map((e) => e.slice(0, 4)), ['RUR>']);
});

test('a statement has no target inside a noun phrase of what was said ("members of X")', () => {
  assert.deepEqual(run('Ruritanian officials said dozens of Ruritanians were held overnight and most are members of the Ostrov Front.', [RURITANIANS, FRONT]), []);
  assert.deepEqual(run('Ruritanian officials said hundreds of Ruritanians are members of the Ostrov Front.', [RURITANIANS, FRONT]), []);
});

test('near miss: the addressee of a statement after a preposition stays its target', () => {
  assert.deepEqual(run('Borduria said in a letter to the Ostrov Front that talks would resume.', [BORDURIANS, FRONT]), ['BOR>RURREB 010']);
});

test('near miss: a noun phrase that is the addressee, or opened by a preposition, keeps its of-phrase as the target', () => {
  assert.deepEqual(run('The Bordurian envoy told a meeting of the Ostrov Front that talks would resume.', [BORDURIANS, FRONT]), ['BOR>RURREB 010']);
  assert.deepEqual(run('Borduria said in an address to a session of the Ostrov Front that talks would resume.', [BORDURIANS, FRONT]), ['BOR>RURREB 010']);
});

test('near miss: an active verb after a passive clause keeps its object, whatever word opens the object', () => {
  assert.deepEqual(run('Two Bordurians were killed and the Ruritanian army shelled several Bordurian towns.', [ARMY, BORDURIANS]), ['RURMIL>BOR 194']);
  assert.deepEqual(run('Two guards were killed and the Ruritanian police arrested about 30 members of the Ostrov Front.', [POLICE, FRONT]), ['RURCOP>RURREB 173']);
});
