import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const persons = (text: string) => extractEntities(nlp.parse(text), res).filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

test('a capitalised Bill in a story that also writes the word in lower case is legislation, not a person', () => {
  const text = 'MPs debated the bill for six hours. The Bill will return to the chamber next month.';
  assert.ok(!persons(text).includes('Bill'));
});

test('a given name closing a run of capitalised nouns is no person', () => {
  assert.ok(!persons('Ministers will publish the Road Safety Bill in the spring after talks with councils.').includes('Bill'));
});

test('a lower-case given name that is an ordinary word is no person', () => {
  assert.ok(!persons('The home side won by three goals to nil on a wet afternoon.').includes('nil'));
});

test('the short form of a full name the story gives stays a person', () => {
  const text = 'Bill Harcourt, a farmer, said the new bill would hurt him. Bill said he would fight it.';
  assert.ok(persons(text).filter((p) => p === 'Bill').length >= 1);
});
