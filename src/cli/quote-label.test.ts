import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteLabel } from './quote-label.js';

test('a quote label names the kind, the cue, a negation and a cue class other than speech', () => {
  const cue = { start: 0, end: 7, text: 'confirm' };
  assert.equal(quoteLabel({ kind: 'direct', cue: null }), '[direct]');
  assert.equal(quoteLabel({ kind: 'indirect', cue, cueClass: 'speech' }), '[indirect, confirm]');
  assert.equal(quoteLabel({ kind: 'indirect', cue, negated: true }), '[indirect, not confirm]');
  assert.equal(quoteLabel({ kind: 'mixed', cue: { ...cue, text: 'criticized' }, cueClass: 'stance' }), '[mixed, criticized: stance]');
});

test('a negated refusal ("declined to comment") is labelled a refusal, not "not declined"', () => {
  const cue = { start: 0, end: 8, text: 'declined' };
  assert.equal(quoteLabel({ kind: 'indirect', cue, cueClass: 'belief', negated: true }), '[indirect, declined: refusal]');
  assert.equal(quoteLabel({ kind: 'indirect', cue, cueClass: 'belief' }), '[indirect, declined: belief]');
});
