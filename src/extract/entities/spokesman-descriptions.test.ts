import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const described = (text: string) =>
  run(text, '2003-05-01').filter((e) => e.mentions.some((m) => m.kind === 'nominal' && /spokes/.test(m.text))).map((e) => e.actor);

test('the Iraqi spokesman is the Iraqi government', () => {
  assert.deepEqual(described('The Iraqi spokesman said the border would stay closed until Friday.'), ['IRQGOV']);
});

test('a group named between the country and "spokesman" gives its agent', () => {
  assert.deepEqual(described('An Israeli army spokesman said three patrols had come under fire near the fence.'), ['ISRMIL']);
  assert.deepEqual(described('The Iraqi government spokesman said the border would stay closed.'), ['IRQGOV']);
});

test('a spokesman followed by his name is left to the title rules', () => {
  const es = run('The Iraqi government spokesman Karim Haddad said the border would stay closed.', '2003-05-01');
  assert.equal(es.find((e) => e.name === 'Karim Haddad')?.actor, 'IRQGOV');
});

test('a spokesman of a town\'s namesake company is no country\'s', () => {
  assert.deepEqual(described('A Honda spokesman said the plant would reopen on Monday.').filter((a) => a !== null), []);
});
