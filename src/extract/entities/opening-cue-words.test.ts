import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-02');
const names = (text: string) => run(text).map((e) => `${e.type} ${e.name}`);

test('"Group" opening the lines of a results table is no organisation', () => {
  const text = 'OSAKA, March 2 - Year ended December 31\nGroup shr 41.20 yen vs 38.75 yen\nGroup net 12.4 billion yen vs 11.9 billion\nSales 402.1 billion yen vs 380.3 billion';
  assert.ok(!names(text).includes('ORG Group'), names(text).join(', '));
});

test('a cue word opening a sentence before a lower-case noun is no organisation', () => {
  assert.ok(!names('The firm grew in every market. Group advertising revenues were up 10 pct.').includes('ORG Group'));
});

test('a cue word opening a longer name stays a name', () => {
  assert.ok(names('Group Lotus said its car sales rose 8 pct in March.').includes('ORG Group Lotus'));
});

test('a cue word before a word for its people names the body', () => {
  assert.ok(names('Ministry officials said the rate would stay at 5 pct.').includes('ORG Ministry'));
});
