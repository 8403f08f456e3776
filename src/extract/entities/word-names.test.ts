import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { weakenWordNamePersons } from './word-names.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;
const persons = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name);

test('the word list holds given names that are ordinary words, not common given names or name particles', () => {
  for (const w of ['job', 'olive', 'shadow', 'law']) assert.ok(res.wordNames.has(w), w);
  for (const w of ['bill', 'john', 'mark', 'al', 'van', 'de']) assert.ok(!res.wordNames.has(w), w);
});

test('a capitalised phrase opening with a word-like given name is no person on its own: "Olive Grove", "Law Lords", "Job Board"', () => {
  const found = persons('We booked a table at Olive Grove after the Law Lords ruled, then checked the Job Board again.');
  for (const n of ['Olive Grove', 'Law Lords', 'Job Board']) assert.ok(!found.includes(n), `${n} in ${found.join(', ')}`);
});

test('a word-like given name stays a person with a role apposition: "Grant Ellery, chair of the panel"', () => {
  assert.ok(persons("The museum's Grant Ellery, chair of the panel, opened the show.").includes('Grant Ellery'));
});

test('only person guesses of rule given-name are weakened, and the input is not modified', () => {
  const view = createDocView(nlp.parse('The report said Hope Lindqvist and Maria Marsh visited the plant.'));
  const raw = findMentions(view, res);
  const out = weakenWordNamePersons(view, res, raw);
  const hope = out.find((m) => view.doc.text.slice(m.start, m.end) === 'Hope Lindqvist');
  const maria = out.find((m) => view.doc.text.slice(m.start, m.end) === 'Maria Marsh');
  assert.equal(hope?.weak, true);
  assert.equal(hope?.rule, 'capitalised-name');
  assert.equal(maria?.weak, false);
  assert.equal(maria?.rule, 'given-name');
  assert.equal(raw.find((m) => view.doc.text.slice(m.start, m.end) === 'Hope Lindqvist')?.weak, false);
});

test('"Shadow" opening a title is no person: "Shadow foreign secretary Ann Keller"', () => {
  const es = run('Shadow foreign secretary Ann Keller criticised the deal. Shadow Home Secretary Tom Reyes agreed.');
  const names = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(!names.includes('Shadow'), names.join(', '));
  assert.ok(names.includes('Ann Keller') && names.includes('Tom Reyes'), names.join(', '));
});

test('a given-name guess ending in a word no person has is weak ("Jenny Lind Space Telescope", "Harold Ames Prize")', () => {
  const view = createDocView(nlp.parse('Data from the Jenny Lind Space Telescope won the Harold Ames Prize, said Maria Ortega.'));
  const out = weakenWordNamePersons(view, res, findMentions(view, res));
  const given = out.filter((m) => m.type === 'PERSON');
  assert.ok(given.some((m) => m.name === 'Maria Ortega' && !m.weak), given.map((m) => `${m.name}/${m.weak}`).join(', '));
  for (const m of given.filter((x) => /Telescope|Prize/.test(x.name))) assert.equal(m.weak, true, m.name);
  assert.ok(given.some((m) => /Telescope|Prize/.test(m.name)), given.map((m) => m.name).join(', '));
});
