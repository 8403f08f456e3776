// Economic news (README seventeenth round, economic events 64 of 96 right): an auxiliary "had"/"has" holds no
// negotiations, pressing ahead or a pressing issue is no appeal, attacking a forecast or report is criticism. Made-up
// sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);
const SPECS = [RUR, BOR];

test('an auxiliary "had" or "has" holds no negotiations; "had talks/negotiations with" does', () => {
  assert.deepEqual(run('Ruritania had hoped the negotiations with Borduria would end.', SPECS), []);
  assert.deepEqual(run('Ruritania had no comment on the negotiations with Borduria.', SPECS).filter((e) => e.endsWith(' 046')), []);
  // near misses: the meeting noun as the object of "have"
  assert.deepEqual(run('Ruritania had talks with Borduria on Monday.', SPECS), ['RUR>BOR 040']);
  assert.deepEqual(run('Ruritania has had negotiations with Borduria.', SPECS), ['RUR>BOR 046']);
});

test('pressing ahead with a plan and a pressing issue are no appeals', () => {
  assert.deepEqual(run('Ruritania is pressing ahead with reforms in Borduria.', SPECS), []);
  assert.deepEqual(run('Ruritania is pressing on with its plans for Borduria.', SPECS), []);
  // near miss: pressing someone to act is an appeal
  assert.deepEqual(run('Ruritania is pressing Borduria to cut tariffs.', SPECS), ['RUR>BOR 020']);
});

test('attacking a forecast, a report or figures is criticism (111), no force', () => {
  assert.deepEqual(run('Ruritania attacked the forecasts of Borduria.', SPECS), ['RUR>BOR 111']);
  assert.deepEqual(run('Ruritania attacked the latest projections of Borduria.', SPECS), ['RUR>BOR 111']);
  // near misses: an attack on towns is force, and so is one on what a word of the list describes (change review)
  assert.deepEqual(run('Ruritania attacked Bordurian towns.', SPECS), ['RUR>BOR 190']);
  assert.deepEqual(run('Ruritanian jets attacked Bordurian air defence systems.', SPECS), ['RUR>BOR 190']);
  assert.deepEqual(run('Ruritania attacked Bordurian tax offices.', SPECS), ['RUR>BOR 190']);
  assert.deepEqual(run('Ruritania attacked a Bordurian data centre.', SPECS), ['RUR>BOR 190']);
});
