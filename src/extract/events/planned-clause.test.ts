// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief, events } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const both = [CHL, PER];

test('a meeting in a clause told as to come is an intent (036), dated on publication', () => {
  // was CHL>PER and PER>CHL 040 dated 1987-03-06, the Friday before publication
  const planned = events('The dispute will dominate talks on Friday between the Chilean and Peruvian presidents.', both);
  assert.deepEqual(planned.map((e) => `${e.source.actor}>${e.target?.actor} ${e.code} ${e.date}`), ['CHL>PER 036 1987-03-10', 'PER>CHL 036 1987-03-10']);
  // near miss: told as held, it is the meeting on that Friday
  const held = events('The dispute dominated talks on Friday between the Chilean and Peruvian presidents.', both);
  assert.deepEqual(held.map((e) => `${e.source.actor}>${e.target?.actor} ${e.code} ${e.date}`), ['CHL>PER 040 1987-03-06', 'PER>CHL 040 1987-03-06']);
});

test('a meeting under a condition or a possibility is no event', () => {
  // were CHL>PER and PER>CHL 040
  assert.deepEqual(brief('If the truce holds, officials would schedule a meeting between the Chilean and Peruvian leaders sooner.', both), []);
  assert.deepEqual(brief('The crisis could come up at a meeting between the Chilean and Peruvian presidents.', both), []);
});

test('a meeting told as already held keeps its code under a future clause', () => {
  // near misses: a past marker beside the noun, and a verb that only talks about it
  assert.deepEqual(brief('The crisis will dominate the agenda after last week\'s meeting between the Chilean and Peruvian presidents.', both), ['CHL>PER 040', 'PER>CHL 040']);
  assert.deepEqual(brief('The cabinet will review the results of the meeting between the Chilean and Peruvian presidents.', both), ['CHL>PER 040', 'PER>CHL 040']);
});
