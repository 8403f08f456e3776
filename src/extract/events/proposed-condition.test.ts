// The terms of a proposal, a demand or a withheld act are no events. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: codes } = createEventRunner('1991-02-11');
const PER = countrySpec('PER', 'Peru');
const ECU = countrySpec('ECU', 'Ecuador');
const UN: EntitySpec = { id: 'un', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, surfaces: ['The UN envoy'] };

test('a truce that a proposal says the parties should hold meanwhile is no truce declared', () => {
  const proposed = codes('The UN envoy proposed an independent inquiry into the border war while Peru and Ecuador observe a ceasefire.', [UN, PER, ECU]);
  assert.ok(!proposed.some((c) => c.endsWith(' 0871')), proposed.join(', '));
  // the truce itself, and a truce after a comma (a fact beside the proposal), are coded
  assert.ok(codes('Peru and Ecuador observed a ceasefire.', [PER, ECU]).some((c) => c === 'PER>ECU 0871'));
  assert.ok(codes('The UN envoy wanted an inquiry, while Peru and Ecuador observed a ceasefire.', [UN, PER, ECU]).some((c) => c === 'PER>ECU 0871'));
});

test('an act a refusal waits for is not done', () => {
  // (neither a withdrawal, 087, nor Peru's intent to withdraw, 0356: it is Ecuador's condition)
  const withheld = codes('Ecuador will not sign the treaty until Peru withdraws its troops from Ecuador.', [PER, ECU]);
  assert.ok(!withheld.some((c) => c.startsWith('PER>')), withheld.join(', '));
  const refused = codes('Ecuador refused to negotiate until Peru lifted its blockade of Ecuador.', [PER, ECU]);
  assert.ok(!refused.some((c) => c.startsWith('PER>')), refused.join(', '));
});
