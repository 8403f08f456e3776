import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadUsStates } from './us-states.js';

test('the US state table has the 50 states and DC, each with a USxx ADM1 code and a centre inside the US', () => {
  const states = loadUsStates();
  assert.equal(states.size, 51);
  for (const s of states.values()) {
    assert.match(s.adm1, /^US[A-Z]{2}$/);
    assert.ok(s.lat > 18 && s.lat < 72 && s.long > -180 && s.long < -66, `${s.name} ${s.lat} ${s.long}`);
  }
  assert.equal(states.get('north carolina')?.adm1, 'USNC');
  assert.equal(states.get('district of columbia')?.postal, 'DC');
});
