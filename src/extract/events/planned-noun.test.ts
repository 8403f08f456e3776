// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief, events } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Lima']);
const both = [CHL, PER];

test('an event noun under a future light verb is an intent (036), dated on publication; the past one a visit made', () => {
  // was CHL>PER 042, a visit made, and "on Monday" dated it the Monday before publication
  const planned = events('The Chilean president will start his visit to Peru on Monday.', both);
  assert.deepEqual(planned.map((e) => `${e.code} ${e.date}`), ['036 1987-03-10']);
  assert.deepEqual(brief('The Chilean president will pay an official visit to Peru next month.', both), ['CHL>PER 036']);
  assert.deepEqual(brief('The Chilean president would pay a visit to Peru.', both), ['CHL>PER 036']);
  // near misses: the visit made
  const made = events('The Chilean president started his visit to Peru on Monday.', both);
  assert.deepEqual(made.map((e) => `${e.code} ${e.date}`), ['042 1987-03-09']);
  assert.deepEqual(brief('The Chilean president paid a visit to Peru last month.', both), ['CHL>PER 042']);
});

test("a light verb after a verb or noun of intent is an intent; after 'expected to', 'due to' or a modal, no event", () => {
  // were CHL>PER 042
  assert.deepEqual(brief('The Chilean president hopes to pay a visit to Peru.', both), ['CHL>PER 036']);
  assert.deepEqual(brief('The Chilean president is expected to pay a visit to Peru.', both), []);
  assert.deepEqual(brief('The Chilean president is due to pay a visit to Peru.', both), []);
  assert.deepEqual(brief('The Chilean president could pay a visit to Peru.', both), []);
  // an aspectual verb reports the act as done, unless it is itself to come
  assert.deepEqual(brief('The Chilean president decided to pay a visit to Peru.', both), ['CHL>PER 042']);
  assert.deepEqual(brief('The Chilean president will continue to pay visits to Peru.', both), ['CHL>PER 036']);
});

test('a planned act with no intent code is no event (a withdrawal or a protest to come); the one begun or staged is', () => {
  // were CHL>PER 087 and CHL>PER 141
  assert.deepEqual(brief('The Chilean army will begin its withdrawal from Peru next month.', both), []);
  assert.deepEqual(brief('Chile will stage a protest against Peru.', both), []);
  assert.deepEqual(brief('The Chilean army began its withdrawal from Peru.', both), ['CHL>PER 087']);
  assert.deepEqual(brief('Chile staged a protest against Peru.', both), ['CHL>PER 141']);
});

test("a bare verb after 'and' or 'continue to' shares the future of the verb before it", () => {
  // was CHL>PER 036 and CHL>PER 040 (talks held)
  assert.deepEqual(brief('The Chilean envoy will visit Lima and hold talks with Peru.', both), ['CHL>PER 036']);
  assert.deepEqual(brief('The Chilean president will continue to hold talks with Peru.', both), ['CHL>PER 036']);
  assert.deepEqual(brief('The Chilean envoy could visit Lima and hold talks with Peru.', both), []);
  // near misses: past forms, and a past verb after a future one, are acts done
  assert.deepEqual(brief('The Chilean envoy visited Lima and held talks with Peru.', both), ['CHL>PER 042', 'CHL>PER 040']);
  assert.deepEqual(brief('The Chilean president continued to hold talks with Peru.', both), ['CHL>PER 040']);
  assert.deepEqual(brief('The Chilean envoy will visit Lima and held talks with Peru.', both), ['CHL>PER 036', 'CHL>PER 040']);
});

test('a gerund after propose/suggest names talks proposed, not held; an event noun under attend or host shares its mood', () => {
  const specs = [...both, countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian'])];
  // was CHL>PER 040 (talks held) and, under "suggested", the noun's 040
  assert.deepEqual(brief('The Chilean minister suggested holding talks with Peru.', specs), []);
  assert.deepEqual(brief('The Chilean minister proposed holding talks with Peru.', specs), ['CHL>PER 036']);
  // was PER>BOL and BOL>PER 040: a summit to come
  assert.deepEqual(brief('The Chilean president will also attend the summit between Peru and Bolivia.', specs), ['PER>BOL 036', 'BOL>PER 036']);
  assert.deepEqual(brief('The Chilean president attended the summit between Peru and Bolivia.', specs), ['PER>BOL 040', 'BOL>PER 040']);
});
