import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-10');
const codesOf = (text: string, surface: string) => run(text).filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => e.actor);

test('an acronym that also names other things is no known organisation by itself ("CPC" in a company story is no CHNGOV)', () => {
  const text = 'CPC said its first-quarter profit rose 12 pct on higher sales of soups. CPC shares gained a dollar in early trading.';
  assert.ok(!codesOf(text, 'CPC').includes('CHNGOV'), String(codesOf(text, 'CPC')));
});

test('the acronym is the organisation where the article also names it in full', () => {
  const text = 'Delegates of the Communist Party of China met in Beijing on Monday. The CPC said the meeting would last four days.';
  assert.deepEqual(codesOf(text, 'CPC'), ['CHNGOV']);
});

test('a name defining the ambiguous acronym in parentheses keeps its own reading', () => {
  const text = 'Harbour Petroleum Corp (CPC) said it would buy crude from Oman. CPC officials said talks would start soon.';
  assert.ok(!codesOf(text, 'CPC').includes('CHNGOV'), String(codesOf(text, 'CPC')));
});
