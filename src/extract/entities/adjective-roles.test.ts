import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('2005-03-10');

test('"the General Election" is no titled person named Election; a general with a name still is', () => {
  const entities = run('The budget will be the last before the General Election, officials said. General Tom Vale said the troops would stay.');
  const people = entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(!people.includes('Election'), JSON.stringify(people));
  assert.ok(people.includes('Tom Vale'), JSON.stringify(people));
});

test('two role words or a name that is no ordinary word keep the titled person', () => {
  const people = run('Attorney General Price said the case was closed. Later, General Marlow inspected the base.').filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.includes('Price'), JSON.stringify(people));
  assert.ok(people.includes('Marlow'), JSON.stringify(people));
});
