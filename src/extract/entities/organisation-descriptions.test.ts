import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
/** Each description's text → the name of the entity it joined. */
const descriptions = (text: string) =>
  Object.fromEntries(run(text).flatMap((e) => e.mentions.filter((m) => m.provenance.rule === 'organisation-description').map((m) => [m.text, e.name])));

test('"the company" and "the Japanese carmaker" are the business named before them, with its actor code', () => {
  const text = 'Toyota Motor Corp raised its forecast on Tuesday. The Japanese carmaker said sales rose, and the company will hire.';
  assert.deepEqual(descriptions(text), { 'The Japanese carmaker': 'Toyota', 'the company': 'Toyota' });
  const toyota = run(text).find((e) => e.name === 'Toyota');
  assert.equal(toyota?.actor, 'JPNBUS');
  assert.equal(toyota?.mentions[0].text, 'Toyota Motor Corp', 'the legal form joins the known company');
});

test('the business named most often wins over one named once in passing; a stated country must agree', () => {
  const text = 'Acme Widgets Inc said profits rose. Acme Widgets Inc also owns a stake in Fiat. The firm said it would grow.';
  assert.deepEqual(descriptions(text), { 'The firm': 'Acme Widgets Inc' });
  assert.deepEqual(descriptions('Fiat sold cars. The US firm said it would grow.'), {});
  // a stated country with no business of that country named before is a business of that country
  // (nationality-companies.ts), not the uncoded one named before
  const es = run('Acme Widgets Inc said profits rose. The US firm said it would grow.');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'US firm'))?.actor, 'USABUS');
});

test('no business named before, a central bank, an armed group or "the company of" make no description', () => {
  assert.deepEqual(descriptions('The company said it would grow.'), {});
  assert.deepEqual(descriptions('Barclays raised rates. The central bank said inflation was high.'), {});
  assert.deepEqual(descriptions('Hamas fighters attacked. The group said it would fight on.'), {});
  assert.deepEqual(descriptions('Barclays thrived in the company of rivals.'), {});
});

test('"the company" and "the firm" are an organisation named before with no agent code; not a public body so named', () => {
  const text = 'Shares in Umbrix fell sharply on Monday. Umbrix said sales had been weak. The company said it expected lower profits, and the firm will cut jobs.';
  const umbrix = run(text).find((e) => e.name === 'Umbrix');
  // an organisation of no agent code, as the tagger finds it
  assert.deepEqual([umbrix?.type, umbrix?.agent], ['ORG', null]);
  assert.deepEqual(descriptions(text), { 'The company': 'Umbrix', 'the firm': 'Umbrix' });
  // near misses: a public body of no agent code, and "the bank" or "the group" with no word saying so
  assert.deepEqual(descriptions('The Harbour Statistics Office said prices rose. The company said it expected lower profits.'), {});
  assert.deepEqual(descriptions('Shares in Umbrix fell sharply on Monday. Umbrix said sales had been weak. The bank said it expected lower profits.'), {});
  // a stated country must be the organisation's: "The US firm" is no organisation of unknown country
  const us = 'General Motors ended its alliance with Umbrix last month. Shares in Umbrix fell sharply on Monday. Umbrix said sales had been weak. The US firm agreed to pay $2bn to leave the pact.';
  assert.equal(descriptions(us)['The US firm'], 'General Motors');
});
