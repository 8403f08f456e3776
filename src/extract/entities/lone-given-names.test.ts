import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const persons = (text: string) => extractEntities(nlp.parse(text), res).filter((e) => e.type === 'PERSON').map((e) => e.name);

test('a lone given name inside a sentence is a person: "once we hear from Carmen", "ask Walter as well"', () => {
  assert.ok(persons('Once we hear from Carmen we will call the bank.').includes('Carmen'));
  assert.ok(persons('Please ask Walter as well.').includes('Walter'));
});

test('a lone given name used as a modifier, shop, or numbered item is no person', () => {
  const found = persons('The Tory leader spoke near Guy\'s Hospital. It is a Ralph\'s now. See Tab 4 of the file.');
  for (const n of ['Tory', 'Guy', 'Ralph', 'Tab']) assert.ok(!found.includes(n), `${n} in ${found.join(', ')}`);
});
