import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const entityOf = (text: string, surface: string) => run(text).find((e) => e.mentions.some((m) => m.text === surface && m.kind === 'name'));

test('initials of an organisation named earlier refer to it without a definition in parentheses', () => {
  const text = 'The Lower Valley Water Authority raised its prices on Monday. Farmers said the LVWA had not consulted them.';
  const e = entityOf(text, 'LVWA');
  assert.equal(e?.type, 'ORG');
  assert.ok(e?.mentions.some((m) => m.text === 'Lower Valley Water Authority'));
  assert.equal(e?.mentions.find((m) => m.text === 'LVWA')?.provenance.rule, 'initialism');
});

test('initials written before the name, or spelling no institution, are left alone', () => {
  const before = 'Farmers said the LVWA had not consulted them. The Lower Valley Water Authority raised its prices.';
  assert.notEqual(entityOf(before, 'LVWA')?.mentions.find((m) => m.text === 'LVWA')?.provenance.rule, 'initialism');
  const term = 'Green Energy Policy matters to voters. Critics say GEP will raise bills.';
  assert.notEqual(entityOf(term, 'GEP')?.mentions.find((m) => m.text === 'GEP')?.provenance.rule, 'initialism');
});
