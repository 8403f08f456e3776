import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCodeParts } from './actor-code-parts.js';

const isCountry = (c: string) => ['USA', 'PSE', 'DZA', 'USR'].includes(c);

test('a state actor code gives its country and its types', () => {
  assert.deepEqual(actorCodeParts('USAGOVMIL', isCountry), { country: 'USA', knownGroup: '', religions: [], types: ['GOV', 'MIL'] });
  assert.deepEqual(actorCodeParts('USR', isCountry), { country: 'USR', knownGroup: '', religions: [], types: [] });
});

test('an international organisation has no country: IGO is its type and the organisation its known group', () => {
  assert.deepEqual(actorCodeParts('IGOUNO', isCountry), { country: '', knownGroup: 'UNO', religions: [], types: ['IGO'] });
  assert.deepEqual(actorCodeParts('IGOBUSIMF', isCountry), { country: '', knownGroup: 'IMF', religions: [], types: ['IGO', 'BUS'] });
  assert.deepEqual(actorCodeParts('IGOUNOHLHWHO', isCountry), { country: '', knownGroup: 'WHO', religions: [], types: ['IGO', 'HLH'] }, 'the most specific group');
});

test('a regional organisation puts its region in the country slot', () => {
  assert.deepEqual(actorCodeParts('IGOEUREEC', isCountry), { country: 'EUR', knownGroup: 'EEC', religions: [], types: ['IGO'] });
});

test('groups within a country and religious militants keep country, group, religion and type apart', () => {
  assert.deepEqual(actorCodeParts('PSEGOVFTA', isCountry), { country: 'PSE', knownGroup: 'FTA', religions: [], types: ['GOV'] });
  assert.deepEqual(actorCodeParts('IMGSUNALQ', isCountry), { country: '', knownGroup: 'ALQ', religions: ['SUN'], types: ['IMG'] });
});

test('no code gives empty parts', () => {
  assert.deepEqual(actorCodeParts(null, isCountry), { country: '', knownGroup: '', religions: [], types: [] });
  assert.deepEqual(actorCodeParts('', isCountry), { country: '', knownGroup: '', religions: [], types: [] });
});
