// A company named with the country it is from ("<X Inc> of Canada"). The sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1987-04-07');
const CAN = countrySpec('CAN', 'Canada');
const BRA = countrySpec('BRA', 'Brazil');

test('a company "of" a country is its business sector, not the country: "<Gandalf Technologies Inc> of Canada" (reut2-014 14111, reut2-017 17301)', () => {
  assert.deepEqual(brief('Brazil signed a supply agreement with <Polar Cargo Inc> of Canada on Monday.', [CAN, BRA]), ['BRA>CANBUS 057']);
  assert.deepEqual(brief('Harbour Freight Ltd of Canada has agreed to sell two ships to Brazil.', [CAN, BRA]).map((e) => e.slice(0, 10)), ['CANBUS>BRA']);
  // people or officials "of" a country stay the country's actors
  assert.deepEqual(brief('The leaders of Canada met Brazil in Rio on Monday.', [CAN, BRA]).map((e) => e.slice(0, 7)), ['CAN>BRA']);
});
