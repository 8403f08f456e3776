import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gsrCategory, ploverCategory } from './plover.js';
import { loadEventResources } from './resources.js';

const { codes } = loadEventResources();

test('PLOVER categories come from the CAMEO table, statements have none', () => {
  assert.equal(ploverCategory('042', codes), 'CONSULT');
  assert.equal(ploverCategory('0233', codes), 'REQUEST');
  assert.equal(ploverCategory('010', codes), '');
  assert.equal(ploverCategory('9999', codes), '');
});

test('the 2016 gold-standard labels keep DISAPPROVE, INVESTIGATE, DEMAND, FIGHT and SANCTION apart', () => {
  assert.equal(gsrCategory('111'), 'DISAPPROVE');
  assert.equal(gsrCategory('091'), 'INVESTIGATE');
  assert.equal(gsrCategory('1053'), 'DEMAND');
  assert.equal(gsrCategory('020'), 'DEMAND');
  assert.equal(gsrCategory('193'), 'FIGHT');
  assert.equal(gsrCategory('191'), 'COERCE');
  assert.equal(gsrCategory('163'), 'SANCTION');
  assert.equal(gsrCategory('0813'), 'CONCEDE');
  assert.equal(gsrCategory('0871'), 'RETREAT');
  assert.equal(gsrCategory('186'), 'ASSAULT');
  assert.equal(gsrCategory('013'), '');
});
