import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

test('a town written before its state stays a place beside a person whose name holds the word', () => {
  const text = 'Marcus Austin Delaney is a chef. He lives in Austin, Texas with his family.';
  const at = text.indexOf('Austin, Texas');
  const e = run(text).find((x) => x.mentions.some((m) => m.start === at));
  assert.equal(e?.type, 'GPE');
});
