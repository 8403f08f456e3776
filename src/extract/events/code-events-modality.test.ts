// Futures, plans and threats: what an actor says it will do is an intention or a threat, not the act.
// The sentences are our own, written to have the shape of failing wire copy, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1988-05-10');
const CAN = countrySpec('CAN', 'Canada', ['Canada', 'Ottawa']);
const BRA = countrySpec('BRA', 'Brazil', ['Brazil', 'Brazilian']);

test('sanctions an actor will probably impose are a threat of sanctions (1312), as a future attack is 1384', () => {
  assert.deepEqual(brief('Canada will probably impose tariffs soon on imports of Brazilian steel, officials said.', [CAN, BRA]), ['CAN>BRA 1312']);
  assert.deepEqual(brief('Ottawa has said it will impose tariffs against Brazil next month.', [{ ...CAN, surfaces: ['Ottawa', '~it'] }, BRA]), ['CAN>BRA 1312']);
});

test('plans for tariffs are a threat, tariffs imposed are a sanction', () => {
  assert.deepEqual(brief('On Monday Ottawa announced plans to levy 200 mln dlrs in tariffs on Brazilian shoes.', [CAN, BRA]), ['CAN>BRA 1312']);
  assert.deepEqual(brief('On Monday Ottawa announced plans for 200 mln dlrs in tariffs on Brazilian shoes.', [CAN, BRA]), ['CAN>BRA 1312']);
  assert.deepEqual(brief('Last week Ottawa imposed tariffs on Brazilian shoes.', [CAN, BRA]), ['CAN>BRA 163']);
});
