import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();
const entityOf = (text: string, surface: string) => entityWithMention(run(text), surface);

test('a business named after a known place is an organisation: "Staten Island Computers", "the Karachi Stock Exchange"', () => {
  assert.equal(entityOf('I bought the laptop at Staten Island Computers last week.', 'Staten Island Computers')?.type, 'ORG');
  const kse = entityOf('Shares on the Karachi Stock Exchange rose sharply on Monday.', 'Karachi Stock Exchange');
  assert.equal(kse?.type, 'ORG');
  assert.equal(kse?.country, 'PAK');
  assert.equal(kse?.actor, 'PAKBUS');
  // a small town listed first gives way to a first-level region of the name (Montana: a Bulgarian town of 47,445, a US state)
  assert.equal(entityOf('Montana Republicans rejected the plan on Monday.', 'Montana Republicans')?.country, 'USA');
  assert.equal(entityOf('Shares on the Bombay Stock Exchange rose.', 'Bombay Stock Exchange')?.actor, 'INDBUS');
  // near misses: no town opens the name, or the cue word is not an exchange's
  assert.equal(entityOf('The Recognised Investment Exchange said so.', 'Recognised Investment Exchange')?.country, null);
  assert.equal(entityOf('The Central Bank raised rates.', 'Central Bank')?.country, null);
});

test('a place followed by a place word, or a known place as a whole, stays a place: "Tokyo Bay", "Mexico City"', () => {
  assert.notEqual(entityOf('The ferry crossed Tokyo Bay at dawn.', 'Tokyo Bay')?.type, 'ORG');
  assert.notEqual(entityOf('He was born in Mexico City in 1970.', 'Mexico City')?.type, 'ORG');
});
