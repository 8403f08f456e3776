// A gerund that opens the clause of a verb of saying ("argued setting a deadline would …") names an act argued about.
// The sentences are our own, written to have the shape of failing wire copy (TempEval-3 review), never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

const nlp = createNlp();
const resources = loadEventResources();
const USA: EntitySpec = { id: 'usa', name: 'Bush', type: 'PERSON', actor: 'USAGOV', country: 'USA', agent: 'GOV', surfaces: ['President Bush', 'Bush'] };
const IRQ: EntitySpec = { id: 'irq', name: 'Iraq', type: 'GPE', actor: 'IRQ', country: 'IRQ', surfaces: ['Iraq'] };

function codes(text: string): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published: '1991-02-25', text }, doc, entitiesFor(text, [USA, IRQ]), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

test('a deadline someone argued setting would help is no ultimatum (argued setting a deadline would)', () => {
  const out = codes('President Bush argued setting a firm deadline for Iraq to leave would give the army a clear signal.');
  assert.ok(!out.some((e) => e.endsWith(' 139')), out.join(', '));
});

test('a deadline set is still an ultimatum, and so is one set after a verb that is no verb of saying', () => {
  assert.deepEqual(codes('President Bush set a deadline for Iraq to leave.'), ['USAGOV>IRQ 139']);
  assert.ok(codes('President Bush began setting a deadline for Iraq.').some((e) => e.endsWith(' 139')));
});
