import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDyadCodes, unknownAgentCode, unknownCountryCodes } from './known-country-code.js';

test('country, Kosovo, region and transnational codes are known; a made-up code is not', () => {
  assert.deepEqual(unknownCountryCodes(['USA', 'CHN', 'KSV', 'MEA', 'IGO', 'WSB']), []);
  assert.deepEqual(unknownCountryCodes(['USA', 'ZZZ', 'QQQ']), ['ZZZ', 'QQQ']);
});

test('the agent right after a country must be a CAMEO type or religion; later segments and transnational codes are not read', () => {
  assert.equal(unknownAgentCode('USAGVO'), 'GVO');
  assert.equal(unknownAgentCode('ISRMLIGOV'), 'MLI');
  for (const code of ['USA', 'USAGOV', 'ISRMIL', 'IRQMOSSUN', 'PSEREBISJ', 'EURGOV', 'WSBGOV', 'IGOUNO', 'IGOEUREEC', 'ZZZGOV']) assert.equal(unknownAgentCode(code), null, code);
});

test('a dyad with no events is refused, naming the code and its unknown part, for a mistyped agent as for a country', () => {
  assert.throws(() => checkDyadCodes(['USAGVO', 'ISR'], 0), /^Error: no events for USAGVO-ISR: "USAGVO" \(its "GVO"\) is no CAMEO agent: after the country comes a type/);
  assert.throws(() => checkDyadCodes(['USA', 'ZZZGOV'], 0), /"ZZZGOV" \(its "ZZZ"\) is no country code/);
  assert.doesNotThrow(() => checkDyadCodes(['USAGOV', 'ISRMIL'], 0));
  // a code of the user's own dictionary that the store has events of is not refused
  assert.doesNotThrow(() => checkDyadCodes(['USAGVO', 'ISR'], 2));
});
