import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// Role appositions naming the country (fresh-eyes review 27 item 4: the person was left uncoded, or, when the tagger
// missed the name, was no entity at all). Made-up names and sentences.
const run = createEntityRunner('2024-03-01');
const actorOf = (text: string, name: string) => run(text).find((e) => e.name === name)?.actor;

test('a name followed by ", <Country>\'s <role>," takes the role\'s country and agent', () => {
  assert.equal(actorOf("Abdi Warsame, Somalia's defence minister, said the army would retake the town.", 'Abdi Warsame'), 'SOMGOV');
  assert.equal(actorOf('Grace Okon, the Nigerian army spokeswoman, said troops had rescued 20 students.', 'Grace Okon'), 'NGAMIL');
});

test('"<Country>\'s <role>, <Name>," makes the name a person of that office, even one the tagger missed', () => {
  const es = run("Kenya's interior minister, Kiprono Wafula, said police arrested five suspects.");
  const p = es.find((e) => e.name === 'Kiprono Wafula');
  assert.equal(p?.type, 'PERSON');
  assert.equal(p?.actor, 'KENGOV');
});

test('no apposition, no code: a role of another clause or a list names nobody', () => {
  // near misses: the role is the object of another verb; the name after the role is no apposition closed by a comma
  assert.equal(actorOf("Abdi Warsame met Somalia's defence minister on Monday.", 'Abdi Warsame'), null);
  assert.equal(actorOf("Kenya's interior minister and Kiprono Wafula said police arrested five suspects.", 'Kiprono Wafula'), null);
});

test('"<Name A>, <Country>\'s <role>, <Name B>, said": the role is B\'s, whose comma a verb follows (change review)', () => {
  const es = run("Asked about Otieno, Kenya's interior minister, Kiprono Wafula, said police would act.");
  assert.equal(es.find((e) => e.name === 'Kiprono Wafula')?.actor, 'KENGOV');
  assert.equal(es.find((e) => e.name === 'Otieno')?.actor ?? null, null);
  // near miss: a list of names and roles gives each name the role after it
  const list = run("Talks with Abdi Warsame, Somalia's defence minister, Kiprono Wafula, Kenya's interior minister, and others ended.");
  assert.equal(list.find((e) => e.name === 'Abdi Warsame')?.actor, 'SOMGOV');
});
