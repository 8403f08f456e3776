import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyMention, rawMention } from './raw-mention.js';

const place = { start: 4, end: 13, tokStart: 1, tokEnd: 3, sentence: 0, evidence: [] };
const facts = { kind: 'name', type: 'PERSON', key: '', name: 'Ada Lovett', actor: null, country: null, agent: null, rule: 'given-name', confidence: 0.5 } as const;

test('copyMention changes the given facts and keeps the rest, leaving the original alone', () => {
  const m = rawMention(place, { ...facts, gender: 'female', personTokens: ['ada', 'lovett'] });
  const c = copyMention(m, { type: 'ORG', key: 'ORG|ada lovett', personTokens: [], gender: null, rule: 'business-name' });
  assert.notEqual(c, m);
  assert.deepEqual(c, { ...m, type: 'ORG', key: 'ORG|ada lovett', personTokens: [], gender: null, rule: 'business-name' });
  assert.equal(m.type, 'PERSON');
  assert.deepEqual(m.personTokens, ['ada', 'lovett']);
});

test('copyMention lists its properties in the order rawMention builds them', () => {
  const m = rawMention(place, facts);
  assert.deepEqual(Object.keys(copyMention(m, { rule: 'x', start: 0 })), Object.keys(m));
});
