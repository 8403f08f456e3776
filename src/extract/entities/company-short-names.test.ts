import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';
import type { Entity } from '../../model/entity.js';

const run = createEntityRunner('1987-03-27');
const withMention = (es: readonly Entity[], surface: string) => es.filter((e) => e.mentions.some((m) => m.text === surface));

test('"Marlow Australia" after "Marlow Australia Ltd" is the company, not Australia', () => {
  const es = run('Marlow Australia Ltd said it would bid for a rival. Marlow Australia deputy chairman Tom Reddy said the board agreed, and Marlow Australia shares rose.');
  const holders = withMention(es, 'Marlow Australia');
  assert.equal(holders.length, 1);
  assert.equal(holders[0].type, 'ORG');
  assert.ok(holders[0].mentions.some((m) => m.text === 'Marlow Australia Ltd'));
  assert.equal(es.find((e) => e.actor === 'AUS'), undefined);
});

test('"U.S. Fenwick" after "U.S. Fenwick Corp" is that company, coded as it is', () => {
  const es = run('U.S. Fenwick Corp said its sales rose. U.S. Fenwick also said it would hire.');
  const holders = withMention(es, 'U.S. Fenwick');
  assert.equal(holders.length, 1);
  assert.ok(holders[0].mentions.some((m) => m.text === 'U.S. Fenwick Corp'));
  assert.equal(holders[0].actor, 'USABUS');
});

test('a company named without its legal form elsewhere is left alone when no full name with the form is given', () => {
  const es = run('Marlow Australia said it would bid for a rival.');
  assert.equal(withMention(es, 'Marlow Australia').length + withMention(es, 'Australia').length > 0, true);
  assert.equal(es.find((e) => e.mentions.some((m) => m.provenance.rule === 'company-short-name')), undefined);
});

test('a company called by its first word where it speaks is the company, not the town of that name (reut2-012 "Galveston said")', () => {
  const text = 'TORONTO, April 1 - <Amarillo Mining Ltd> said it agreed to buy a stake in a mine. Amarillo said it will pay 10 mln dlrs, and Amarillo also said it granted options on two mln Amarillo shares.';
  const es = run(text);
  const company = es.find((e) => e.mentions.some((m) => m.text === 'Amarillo Mining Ltd'));
  assert.ok(company);
  assert.equal(company.mentions.filter((m) => m.text === 'Amarillo').length, 3);
  assert.equal(es.find((e) => e.type === 'GPE' && e.name === 'Amarillo'), undefined);
  // a country's or a capital's name keeps its own code
  const canada = run('Canada Packers Ltd said profits rose. Canada said it would cut tariffs.');
  assert.ok(canada.some((e) => e.actor === 'CAN' && e.mentions.some((m) => m.text === 'Canada')));
});

test('a one-word company ("Zentrovix Inc") is the company where the word stands alone, not a person of that name', () => {
  const es = run('Zentrovix Inc said it agreed to sell its lens unit. Zentrovix said the sale would close in May.');
  const holders = withMention(es, 'Zentrovix');
  assert.equal(holders.length, 1);
  assert.equal(holders[0].type, 'ORG');
  assert.ok(holders[0].mentions.some((m) => m.text === 'Zentrovix Inc'));
  assert.equal(es.find((e) => e.type === 'PERSON'), undefined);
});

test('a one-word company named after a town leaves the town a place, and a coded country stays the country', () => {
  const es = run('Galveston Inc said it would buy a plant. The plant is near Galveston, Texas. Canada Inc said Canada agreed.');
  assert.ok(es.some((e) => e.type !== 'ORG' && e.mentions.some((m) => m.text === 'Galveston')));
  assert.ok(es.some((e) => e.actor === 'CAN' && e.mentions.some((m) => m.text === 'Canada')));
});

test('"AB", the Swedish legal form, ends a company\'s name as "Ltd" does: "Norvik Verken AB" is a company, its short name the company', () => {
  const es = run('Swedish engineering group Norvik Verken AB said profits rose. Norvik Verken said it would hire more staff.');
  const holders = withMention(es, 'Norvik Verken AB');
  assert.equal(holders.length, 1);
  assert.equal(holders[0].type, 'ORG');
  assert.ok(holders[0].mentions.some((m) => m.text === 'Norvik Verken'));
  // near miss: a capitalised "AB" after an ordinary word makes no company
  assert.equal(run('Blood group AB is rare, doctors said.').some((e) => e.type === 'ORG' && e.name.endsWith('AB')), false);
});

test('a company\'s first word that the tagger read as a person is the company where it speaks: "Zorvex said" after "Zorvex America Ltd"', () => {
  const es = run('NEW YORK, March 17 - <Zorvex America Ltd> said its offer for Velmont Corp shares was extended. As of yesterday, Zorvex said, seven mln shares had been tendered.');
  assert.deepEqual(withMention(es, 'Zorvex').map((e) => [e.type, e.name]), [['ORG', 'Zorvex America Ltd']]);
  // near miss: a person of the article named by that word ("Tom Jonquil") keeps it
  const named = run('NEW YORK, March 17 - <Jonquil International Ltd> said its offer was extended. Chairman Tom Jonquil said so. Jonquil said the price was fair.');
  assert.deepEqual(withMention(named, 'Jonquil').map((e) => [e.type, e.name]), [['PERSON', 'Tom Jonquil']]);
});
