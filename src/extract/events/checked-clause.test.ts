// Acts to be checked and words of other senses are no events (review 24 senses). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);

test('an act in a clause someone is to verify or check is no event', () => {
  assert.deepEqual(run('The inspectors were charged with verifying that Borduria has destroyed Ruritanian villages.', [RUR, BOR]), []);
  assert.deepEqual(run('Observers will check whether Borduria had attacked Ruritania.', [RUR, BOR]), []);
});

test('near misses: an act confirmed or reported stays an event', () => {
  assert.deepEqual(run('The inspectors confirmed that Borduria has attacked Ruritania.', [RUR, BOR]), ['BOR>RUR 190']);
  assert.deepEqual(run('Borduria has destroyed Ruritanian villages, the inspectors said.', [RUR, BOR]), ['BOR>RUR 1712']);
});

test('cracking something open is no repression; cracking down on people is', () => {
  assert.deepEqual(run('Ruritanian leaders cracked open the champagne to celebrate a ruling against Borduria.', [RUR, BOR]).filter((e) => e.endsWith(' 175')), []);
  assert.deepEqual(run('Ruritanian leaders cracked down on Bordurian protesters.', [RUR, BOR]), ['RUR>BOR 175']);
});
