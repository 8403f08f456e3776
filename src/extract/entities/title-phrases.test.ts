import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, personActors } from './test-entities.js';

// Speakers named inside a title phrase: the title is cut off the name and gives the agent.
const run = createEntityRunner('2010-03-03');

const persons = (text: string) => personActors(run(text));

test('police titles are cut off the name and code police (COP): chief constables, police and crime commissioners', () => {
  const a = persons('LEEDS, March 3 - Assistant Chief Constable Ann Lee said arrests had risen. Police and Crime Commissioner Jane Holt said the force needed more officers. Deputy Chief Constable Omar Price agreed.');
  assert.equal(a['Ann Lee'], 'GBRCOP');
  assert.equal(a['Jane Holt'], 'GBRCOP');
  assert.equal(a['Omar Price'], 'GBRCOP');
  assert.ok(!('Constable Ann Lee' in a));
});

test('a portfolio word between an organisation or country and the role is part of the title (EU Trade Commissioner)', () => {
  const a = persons('BRUSSELS, March 3 - EU Trade Commissioner Karl Berg said the tariffs were unfair. US Commerce Secretary Dana Fry said Washington would answer. Chile\'s Mining Minister Ana Soto said output would rise.');
  assert.equal(a['Karl Berg'], 'IGOEUREEC');
  assert.equal(a['Dana Fry'], 'USAGOV');
  assert.equal(a['Ana Soto'], 'CHLGOV');
});

test('state media are media of their country (CHNMED), as Xinhua is', () => {
  const e = run('Chinese state media said the visit had gone well.').find((x) => x.name === 'Chinese state media');
  assert.equal(e?.actor, 'CHNMED');
});
