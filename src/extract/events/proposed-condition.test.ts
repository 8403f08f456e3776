// The terms of a proposal, a demand or a withheld act are no events. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

const nlp = createNlp();
const resources = loadEventResources();
const PER: EntitySpec = { id: 'per', name: 'Peru', type: 'GPE', actor: 'PER', country: 'PER', surfaces: ['Peru'] };
const ECU: EntitySpec = { id: 'ecu', name: 'Ecuador', type: 'GPE', actor: 'ECU', country: 'ECU', surfaces: ['Ecuador'] };
const UN: EntitySpec = { id: 'un', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, surfaces: ['The UN envoy'] };

function codes(text: string, specs: EntitySpec[]): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published: '1991-02-11', text }, doc, entitiesFor(text, specs), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

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
