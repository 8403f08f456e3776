import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const names = (text: string) => run(text).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

test('a guess made of ordinary words in a title-case line is no name', () => {
  const text = 'Great Family Restaurant\nThe portions were huge.';
  const found = names(text);
  assert.ok(!found.some((n) => /Family|Restaurant/.test(n)), JSON.stringify(found));
});

test('a byline in a title-case line keeps its author', () => {
  const found = names('Notes From The Field\nBy Rosalind Oakes\nThe harvest came early this year.');
  assert.ok(found.includes('Rosalind Oakes'), JSON.stringify(found));
});
