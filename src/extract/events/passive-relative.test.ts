// A passive relative clause does not lend its subject to an active verb coordinated after it.
// The sentences are our own, written to have the shape of failing wire copy (TempEval-3 review), never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';
import { passiveRelativeVerb } from './passive-relative.js';

const { nlp, brief } = createEventRunner('2005-12-05');
const GBR: EntitySpec = { id: 'gbr', name: 'Jack Straw', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', agent: 'GOV', surfaces: ['Jack Straw', 'Straw'] };
const IRQ = countrySpec('IRQ', 'Iraq', ['Iraqis', 'Iraq']);
const SYR = countrySpec('SYR', 'Syria', ['Syrians', 'Syria']);

test('the minister, not the people killed, calls on Syrians (a bombing in which four Iraqis were killed and called on)', () => {
  const out = brief('Jack Straw on Monday condemned a bombing in which four Iraqis were killed and called on Syrians to stop the violence.', [GBR, IRQ, SYR]);
  assert.ok(out.includes('GBRGOV>SYR 020'), out.join(', '));
  assert.ok(!out.some((e) => e.startsWith('IRQ>')), out.join(', '));
});

test('a passive verb coordinated inside the relative clause keeps that clause reading', () => {
  const text = 'Straw condemned a raid in which two guards were killed and fifty were wounded.';
  const doc = nlp.parse(text);
  assert.equal(passiveRelativeVerb(doc, doc.lower.indexOf('killed'), 0), true);
  // an active relative clause is not passive: "where rebels stormed a bank and killed two guards"
  const text2 = 'Police raided a town where rebels stormed a bank and killed two guards.';
  const doc2 = nlp.parse(text2);
  assert.equal(passiveRelativeVerb(doc2, doc2.lower.indexOf('stormed'), 0), false);
  // a passive main clause is no relative clause: "Four Iraqis were killed and Straw called on …"
  const text3 = 'Four Iraqis were killed and Straw called on Syrians to act.';
  const doc3 = nlp.parse(text3);
  assert.equal(passiveRelativeVerb(doc3, doc3.lower.indexOf('killed'), 0), false);
});
