import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-03');

test('the Uruguay Round and the "Uruguay proposals" of its talks are one event with no actor code', () => {
  const es = run('Delegates met to push the Uruguay Round forward. Two key Uruguay proposals on farm subsidies were welcomed, and the Uruguay trade round may last years.');
  const round = es.find((e) => e.type === 'EVENT');
  assert.ok(round);
  assert.equal(round.actor, null);
  assert.deepEqual(round.mentions.map((m) => m.text), ['Uruguay Round', 'Uruguay', 'Uruguay trade round']);
  assert.equal(es.find((e) => e.actor === 'URY'), undefined);
});

test('the country that named a round is still the country where it acts or is a place', () => {
  const es = run('Delegates discussed the Uruguay round. Ministers met in Uruguay last year, and Uruguay protested.');
  const country = es.find((e) => e.actor === 'URY');
  assert.ok(country);
  assert.deepEqual(country.mentions.map((m) => m.text), ['Uruguay', 'Uruguay']);
});

test('a country before a noun in an article naming no round stays the country', () => {
  const es = run('The Uruguay proposals on beef quotas were rejected.');
  assert.ok(es.find((e) => e.actor === 'URY'));
});
