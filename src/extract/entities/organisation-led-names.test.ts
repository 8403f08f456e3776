import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const orgs = (text: string) => run(text).filter((e) => e.type === 'ORG');

test('a known organisation opens the cue-word name right after it, with its actor code', () => {
  const found = orgs('The NATO Parliamentary Assembly met in Vilnius on Monday.');
  const body = found.find((e) => e.mentions.some((m) => m.text === 'NATO Parliamentary Assembly'));
  assert.ok(body, JSON.stringify(found.map((e) => e.name)));
  assert.equal(body.actor, run('NATO met on Monday.').find((e) => e.mentions.some((m) => m.text === 'NATO'))?.actor);
  assert.ok(!found.some((e) => e.mentions.some((m) => m.text === 'NATO')));
});

test('a known organisation and a name after a comma stay two names', () => {
  const texts = orgs('He thanked NATO, Parliamentary Assembly members and the press.').flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(!texts.includes('NATO, Parliamentary Assembly'));
});
