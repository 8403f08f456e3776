import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownCountryCodes } from './known-country-code.js';

test('country, Kosovo, region and transnational codes are known; a made-up code is not', () => {
  assert.deepEqual(unknownCountryCodes(['USA', 'CHN', 'KSV', 'MEA', 'IGO', 'WSB']), []);
  assert.deepEqual(unknownCountryCodes(['USA', 'ZZZ', 'QQQ']), ['ZZZ', 'QQQ']);
});
