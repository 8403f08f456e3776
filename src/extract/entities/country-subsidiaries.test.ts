import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention as holding } from './test-entities.js';

const run = createEntityRunner('1987-03-27');

test('"Marlow Canada Ltd", one organisation with no code before, is a Canadian business (CANBUS)', () => {
  const es = run('Marlow Canada Ltd said it would close two plants in Ontario.');
  const co = holding(es, 'Marlow Canada Ltd');
  assert.equal(co?.type, 'ORG');
  assert.equal(co?.actor, 'CANBUS');
});

test('a known brand before a country and a legal form, "IBM Canada Ltd", is the subsidiary (CANBUS), not IBM and Canada', () => {
  const es = run('IBM Canada Ltd said its sales rose in the year.');
  const co = holding(es, 'IBM Canada Ltd');
  assert.equal(co?.actor, 'CANBUS');
  assert.equal(es.find((e) => e.actor === 'CAN' || e.actor === 'USABUS'), undefined);
});

test('the short name of such a company, "Alcan Australia" after "Alcan Australia Ltd", takes its code', () => {
  const es = run('Alcan Australia Ltd posted a loss. Alcan Australia said the smelter would reopen.');
  const co = holding(es, 'Alcan Australia');
  assert.equal(co?.actor, 'AUSBUS');
  assert.ok(co?.mentions.some((m) => m.text === 'Alcan Australia Ltd'));
});

test('a country without a brand before it, or without a legal form after it, is left a country', () => {
  for (const text of ['Canada Ltd is not a company name here.', 'Exports from Chrysler to Canada rose.']) {
    assert.equal(run(text).some((e) => e.actor === 'CANBUS'), false, text);
  }
});

test('a country named in its own language, "IBM Deutschland GmbH", is the German subsidiary (DEUBUS), its short name too', () => {
  const es = run('IBM Deutschland GmbH said its turnover fell. Most of IBM Deutschland\'s exports go to other IBM companies.');
  const co = holding(es, 'IBM Deutschland GmbH');
  assert.equal(co?.type, 'ORG');
  assert.equal(co?.actor, 'DEUBUS');
  assert.ok(co?.mentions.some((m) => m.text === 'IBM Deutschland'));
});

test('a native country name without its diacritics, "Nestle Espana SA", is read as well (ESPBUS)', () => {
  assert.equal(holding(run('Nestle Espana SA raised its prices.'), 'Nestle Espana SA')?.actor, 'ESPBUS');
  assert.equal(holding(run('Nestlé España SA raised its prices.'), 'Nestlé España SA')?.actor, 'ESPBUS');
});

test('a native country name outside a company name stays no country ("Banco de Italia" is no mention of Italy)', () => {
  assert.equal(run('The Banco de Italia merged with a rival in 1985.').some((e) => e.actor === 'ITA'), false);
});

test('regression reut2-008 "<Hoesch Maschinenfabrik Deutschland AG>": one company, DEUBUS, brackets left out, no person', () => {
  const es = run('Its <Weser Stahlwerk Deutschland AG> subsidiary has won a contract.');
  const co = holding(es, 'Weser Stahlwerk Deutschland AG');
  assert.equal(co?.actor, 'DEUBUS');
  assert.equal(es.some((e) => e.type === 'PERSON' || e.mentions.some((m) => m.text.includes('>'))), false);
});
