// A border named by a country after a preposition locates the act and is no party to it (fallback-target.ts
// borderPlace): "captured a rebel camp on the Thai border" takes nothing of Thailand. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysedRunner } from './test-events.js';

const run = createAnalysedRunner('2016-11-10');

test('"captured a camp on the <country> border": the border\'s country is no target', () => {
  assert.deepEqual(run('Burmese troops captured a rebel camp on the Thai border.').filter((e) => e.includes('>THA')), []);
});

test('"closed the <country> border" and "attacked <nationality> troops on the border" keep their targets (near miss)', () => {
  assert.deepEqual(run('Russia closed the Finnish border.'), ['RUS>FIN 191']);
  assert.deepEqual(run('Burmese troops attacked Thai troops on the border.'), ['MMRMIL>THAMIL 190']);
});
