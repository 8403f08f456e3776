// The sentences are our own, made up for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1987-03-10');
const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const both = [CHL, PER];
const minister = { id: 'vale', name: 'Tomas Vale', type: 'PERSON' as const, actor: 'CHLGOV', country: 'CHL', surfaces: ['Tomas Vale'] };

test('a ceasefire agreed to, agreed on or reached is a commitment to stop fighting (0356, the CAMEO manual), each side towards the other', () => {
  // were CHL>PER and PER>CHL 030 (agree.to / agree.on: an intent to cooperate) and nothing for "reached"
  assert.deepEqual(brief('Chile and Peru agreed to a ceasefire on Sunday.', both), ['CHL>PER 0356', 'PER>CHL 0356']);
  assert.deepEqual(brief('Chile and Peru agreed on a truce.', both), ['CHL>PER 0356', 'PER>CHL 0356']);
  assert.deepEqual(brief('Chile agreed to a ceasefire with Peru.', both), ['CHL>PER 0356']);
  assert.deepEqual(brief('Chile and Peru reached a ceasefire.', both), ['CHL>PER 0356', 'PER>CHL 0356']);
  // near misses: a verb between is its own event (the intent of observing it), other agreements stay 030, a declared
  // truce is 0871
  assert.deepEqual(brief('Chile and Peru agreed to observe a truce.', both), ['CHL>PER 0356', 'PER>CHL 0356']);
  assert.deepEqual(brief('Chile agreed to a trade deal with Peru.', both), ['CHL>PER 030']);
  assert.deepEqual(brief('Chile and Peru declared a truce.', both), ['CHL>PER 0871', 'PER>CHL 0871']);
});

test('a truce agreed or declared in a trade or price war is no ceasefire', () => {
  // was CHL>PER and PER>CHL 0871 both
  assert.deepEqual(brief('Chile and Peru declared a truce in their trade war.', both), []);
  assert.deepEqual(brief('Chile and Peru agreed to a truce in their price war.', both), []);
  // near miss: a war of arms keeps it
  assert.deepEqual(brief('Chile and Peru declared a truce in the border war.', both), ['CHL>PER 0871', 'PER>CHL 0871']);
});

test("a state's ceasefire with no other side named is not aimed at its own country", () => {
  // was CHLGOV>CHL 0871 (a domestic target)
  assert.deepEqual(brief('Minister Tomas Vale accepted the offer of a ceasefire.', [minister]), []);
  // near miss: the other side named
  assert.deepEqual(brief('Minister Tomas Vale accepted a ceasefire with Peru.', [minister, PER]), ['CHLGOV>PER 0871']);
});

test('a media or trade truce is no ceasefire, as a verb object or as a noun', () => {
  // were CHL>PER and PER>CHL 0871, and CHL>PER 0871 (ceasefire.nominal)
  assert.deepEqual(brief('Chile and Peru agreed to a news media truce.', both), []);
  assert.deepEqual(brief("Chile's media truce with Peru held.", both), []);
  // near miss: the plain truce
  assert.deepEqual(brief("Chile's truce with Peru held.", both), ['CHL>PER 0871']);
});
