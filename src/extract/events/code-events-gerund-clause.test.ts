// A gerund that opens the clause of a verb of saying ("argued setting a deadline would …") names an act argued about.
// The sentences are our own, written to have the shape of failing wire copy (TempEval-3 review), never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1991-02-25');
const USA: EntitySpec = { id: 'usa', name: 'Bush', type: 'PERSON', actor: 'USAGOV', country: 'USA', agent: 'GOV', surfaces: ['President Bush', 'Bush'] };
const IRQ = countrySpec('IRQ', 'Iraq');

const codes = (text: string) => brief(text, [USA, IRQ]);

test('a deadline someone argued setting would help is no ultimatum (argued setting a deadline would)', () => {
  const out = codes('President Bush argued setting a firm deadline for Iraq to leave would give the army a clear signal.');
  assert.ok(!out.some((e) => e.endsWith(' 139')), out.join(', '));
});

test('a deadline set is still an ultimatum, and so is one set after a verb that is no verb of saying', () => {
  assert.deepEqual(codes('President Bush set a deadline for Iraq to leave.'), ['USAGOV>IRQ 139']);
  assert.ok(codes('President Bush began setting a deadline for Iraq.').some((e) => e.endsWith(' 139')));
});
