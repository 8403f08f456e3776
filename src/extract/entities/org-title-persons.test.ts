import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityNamed as byName } from './test-entities.js';

// find-mentions.ts: an organisation, a title and a person's name in one capitalised run.
const run = createEntityRunner('2005-01-10');

test('"Home Office Minister Hazel Blears" is a British government minister, not an organisation', () => {
  for (const text of ['Home Office Minister Hazel Blears said fewer orders were breached.', 'Last week, Home Office Minister Hazel Blears said fewer orders were breached.']) {
    const es = run(text);
    assert.equal(byName(es, 'Hazel Blears')?.actor, 'GBRGOV', text);
    assert.equal(byName(es, 'Hazel Blears')?.type, 'PERSON', text);
    assert.equal(byName(es, 'Home Office')?.actor, 'GBRGOV', text);
  }
});

test('an honorific between a title and a name is the titled person\'s: "Minister Lord Pellew"', () => {
  const es = run('The memo was drafted by Home Office Minister Lord Pellew and an adviser.');
  assert.equal(byName(es, 'Pellew')?.actor, 'GBRGOV');
});

test('"State Department spokesman Carl Dewitt" is a US government official', () => {
  const es = run('State Department spokesman Carl Dewitt urged Greece and Turkey to show restraint.', '1987-03-27');
  assert.equal(byName(es, 'Carl Dewitt')?.actor, 'USAGOV');
  assert.equal(byName(es, 'State Department')?.actor, 'USAGOV');
});

test('"Royal Bank of Canada Chairman Allan Tarrant": the bank is CANBUS, its chairman too, Canada is no mention of its own', () => {
  const es = run('Royal Bank of Canada Chairman Allan Tarrant said the provinces risk weakening the system.', '1987-03-26');
  assert.equal(byName(es, 'Royal Bank of Canada')?.actor, 'CANBUS');
  assert.equal(byName(es, 'Allan Tarrant')?.actor, 'CANBUS');
  assert.equal(es.find((e) => e.actor === 'CAN'), undefined);
});

test('a bank named after a country after a title word is the bank, not a person: "the official Bank of Brazil"', () => {
  const es = run('They turned down a guarantee offered by the official Bank of Brazil. Brazil will pay later.', '1987-03-13');
  assert.equal(es.find((e) => e.type === 'PERSON'), undefined);
  assert.equal(byName(es, 'Bank of Brazil')?.type, 'ORG');
  assert.equal(es.find((e) => e.actor === 'BRA')?.mentions.length, 1);
});
