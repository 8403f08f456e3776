import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention as holding } from './test-entities.js';

const run = createEntityRunner('1987-04-08');

test('"the Dutch electronics group" is a Dutch business (NLDBUS), described, not the Netherlands', () => {
  const es = run('In March, the Dutch electronics group said it would list its shares in Tokyo.');
  const co = holding(es, 'Dutch electronics group');
  assert.equal(co?.type, 'ORG');
  assert.equal(co?.actor, 'NLDBUS');
  assert.equal(co?.mentions.find((m) => m.text === 'Dutch electronics group')?.kind, 'nominal');
  assert.equal(es.find((e) => e.actor === 'NLD'), undefined);
});

test('a country name after a determiner describes a business too: "a U.S. company" is USABUS', () => {
  const es = run('The plant was sold to a U.S. company last year.');
  assert.equal(holding(es, 'U.S. company')?.actor, 'USABUS');
});

test('a description followed by the company\'s name is a mention of that company, which takes the country', () => {
  const es = run('A bid came from the Belgian chemicals group Vandemoortel Chemie, which wants a stake.');
  const co = holding(es, 'Vandemoortel Chemie');
  assert.ok(co);
  assert.equal(co.actor, 'BELBUS');
  assert.ok(co.mentions.some((m) => m.text === 'Belgian chemicals group'));
});

test('a group of politics or arms, a film producer or a central bank is no business', () => {
  for (const [text, surface] of [
    ['The Kurdish rebel group said it had attacked a post.', 'Kurdish rebel group'],
    ['A French film producer said the festival would go on.', 'French film producer'],
    ['The West German central bank held its rates.', 'West German central bank'],
  ]) {
    assert.equal(holding(run(text), surface), undefined, text);
  }
});

test("a country's name as the possessor of a business description is that country's business (China's state oil firm: CHNBUS, not CHN)", () => {
  const entities = run("China's state oil firm said it would buy the field. Chile's biggest copper company said output fell.", '2010-06-04');
  const firm = entities.find((e) => e.name === "China's state oil firm");
  assert.equal(firm?.actor, 'CHNBUS');
  assert.equal(entities.find((e) => e.name === "Chile's biggest copper company")?.actor, 'CHLBUS');
  // the country stays a place mention of its own, as in "US troops"
  assert.ok(entities.some((e) => e.actor === 'CHN' && e.type === 'GPE'));
  // and is no antecedent: "it" is the firm's
  assert.ok(firm?.mentions.some((m) => m.text === 'it'));
  // nor is the country inside "a US car company" the antecedent of its "its"
  const us = run('A US car company said its sales fell in March, and its shares slid.', '2010-06-04');
  assert.equal(us.find((e) => e.actor === 'USABUS')?.mentions.filter((m) => m.text === 'its').length, 2);
});
