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

test('a given-name guess opening with a rare given name is weak ("Gare Montparnasse", "Florida Keys"), one with a common given name is not', () => {
  const view = createDocView(nlp.parse('Bags can be left at Gare Montparnasse before the trip to the Florida Keys, said Maria Ortega.'));
  const out = weakenWordNamePersons(view, res, findMentions(view, res));
  const given = out.filter((m) => m.type === 'PERSON');
  for (const n of ['Gare Montparnasse', 'Florida Keys']) {
    const m = given.find((x) => x.name === n);
    assert.ok(m, `${n} not guessed: ${given.map((x) => x.name).join(', ')}`);
    assert.equal(m.weak, true, n);
  }
  assert.ok(given.some((m) => m.name === 'Maria Ortega' && !m.weak), given.map((m) => `${m.name}/${m.weak}`).join(', '));
});

test('a rare given name before a trade or instrument word stays a guess for the later steps ("Ellery Paso Energy", "Marlon Plan")', () => {
  assert.ok(!res.commonGivenNames.has('ellery') && !res.commonGivenNames.has('marlon'));
  const view = createDocView(nlp.parse('Shares of Ellery Paso Energy rose after the Marlon Plan was announced.'));
  const out = weakenWordNamePersons(view, res, findMentions(view, res));
  for (const n of ['Ellery Paso Energy', 'Marlon Plan']) {
    const m = out.find((x) => x.name === n);
    if (m) assert.equal(m.weak, false, n);
  }
  const es = run('Shares of Ellery Paso Energy rose after the Marlon Plan was announced.');
  assert.ok(!es.some((e) => e.type === 'PERSON' && /Energy|Plan/.test(e.name)), es.map((e) => `${e.type} ${e.name}`).join(', '));
});

test('a person with a rare given name stays whole where the tagger reads the surname alone: "Vince Kaminski"', () => {
  assert.ok(!res.commonGivenNames.has('vince'));
  assert.ok(persons('I used to e-mail Vince Kaminski about the advice on his article and he had mailed me the copy.').includes('Vince Kaminski'));
});
