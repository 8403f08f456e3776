// Protest recall (README seventeenth round: 29 of 51 protests right; "went on hunger strike", "were on strike" coded
// nothing) and the protesters' own government as a target only where the sentence supports it. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('2023-05-10', { validate: true });

const RUR = countrySpec('RUR', 'Ruritania', ['Ruritania', 'Ruritanian']);
const BOR = countrySpec('BOR', 'Borduria', ['Borduria', 'Bordurian']);
const OSTROV: EntitySpec = { id: 'ostrov', name: 'Ostrov', type: 'GPE', actor: 'RUR', country: 'RUR', surfaces: ['Ostrov'] };
const STUDENTS: EntitySpec = { id: 'students', name: 'Ruritanian students', type: 'NORP', actor: 'RUREDU', country: 'RUR', agent: 'EDU', surfaces: ['Ruritanian students'] };
const WORKERS: EntitySpec = { id: 'workers', name: 'Ruritanian dockers', type: 'NORP', actor: 'RURLAB', country: 'RUR', agent: 'LAB', surfaces: ['Ruritanian dockers'] };
const SPECS = [RUR, BOR, OSTROV, STUDENTS, WORKERS];

test('going, being or remaining on (hunger) strike is a hunger strike (142) or a strike (143)', () => {
  assert.deepEqual(run('Ruritanian students went on hunger strike against Borduria.', SPECS), ['RUREDU>BOR 142']);
  assert.deepEqual(run('Ruritanian students are still on hunger strike against Borduria.', SPECS), ['RUREDU>BOR 142']);
  assert.deepEqual(run('Ruritanian dockers were on strike against Borduria on Monday.', SPECS), ['RURLAB>BOR 143']);
  assert.deepEqual(run('Ruritanian dockers went on strike against Borduria.', SPECS), ['RURLAB>BOR 143']);
  // near miss: going on a visit is no strike
  assert.deepEqual(run('Ruritanian students went on a visit to Borduria.', SPECS).filter((e) => e.includes(' 14')), []);
});

test('a walkout is a strike, walking out of talks is none', () => {
  assert.deepEqual(run('Ruritanian dockers walked out against Borduria.', SPECS), ['RURLAB>BOR 143']);
  assert.deepEqual(run('Ruritanian dockers walked out of the talks with Borduria.', SPECS).filter((e) => e.endsWith(' 143')), []);
});

test('taking to the streets is a demonstration, aimed at the town whose streets they are', () => {
  assert.deepEqual(run('Ruritanian students took to the streets against Borduria.', SPECS), ['RUREDU>BOR 141']);
  assert.deepEqual(run('Ruritanian students took to the streets of Ostrov.', SPECS), ['RUREDU>RUR 141']);
  // near miss: taking something to the street market is no protest
  assert.deepEqual(run('Ruritanian students took the goods to Borduria.', SPECS).filter((e) => e.includes(' 14')), []);
});

test('a sit-in staged is a demonstration (141), a strike staged a strike (143), no attack', () => {
  assert.deepEqual(run('Ruritanian students staged a sit-in outside the Bordurian embassy.', SPECS), ['RUREDU>BOR 141']);
  assert.deepEqual(run('Ruritanian dockers staged a strike against Borduria.', SPECS), ['RURLAB>BOR 143']);
  assert.deepEqual(run('Ruritanian dockers staged a walkout against Borduria.', SPECS), ['RURLAB>BOR 143']);
  // near miss: a strike launched stays force
  assert.deepEqual(run('Ruritania launched a strike against Borduria.', SPECS), ['RUR>BOR 190']);
});

test('an approximate count opening the sentence is no preposition before the protesters', () => {
  assert.deepEqual(run('About 8,000 Ruritanian students marched against Borduria.', SPECS), ['RUREDU>BOR 141']);
  // near miss: a real "about" phrase after a verb stays a prepositional phrase
  assert.deepEqual(run('Borduria complained about 300 Ruritanian students.', SPECS).filter((e) => e.startsWith('RUREDU')), []);
});

test("a protest takes the protesters' own government only where its sentence names a place or a government", () => {
  // no target, no place, no government word: a strike over pay is aimed at an employer the sentence does not name
  assert.deepEqual(run('Ruritanian dockers were on strike over pay.', SPECS), []);
  assert.deepEqual(run('Ruritanian students went on hunger strike on Monday.', SPECS), []);
  // a government word in what the protest is against
  assert.deepEqual(run('Ruritanian students went on hunger strike to protest against the austerity plans of the government.', SPECS), ['RUREDU>RURGOV 142']);
  // a place it is held in (CAMEO 141 usage note), but not for a strike over pay, aimed at an employer
  assert.deepEqual(run('Ruritanian students demonstrated in Ostrov on Monday.', SPECS), ['RUREDU>RURGOV 141']);
  assert.deepEqual(run('Ruritanian dockers went on strike in Ostrov for more pay.', SPECS), []);
});
