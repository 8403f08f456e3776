import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();

/** The entity holding the mention whose text is `surface`, as "TYPE ACTOR". */
function holder(text: string, surface: string): string {
  const e = entityWithMention(run(text, '2023-06-19'), surface);
  return e ? `${e.type} ${e.actor}` : 'none';
}

test('"his country\'s firms" after a minister is that country\'s business, not the minister', () => {
  const text = 'Chilean Finance Minister Mario Marcel said his country\'s firms would bid for the new lithium licences.';
  assert.equal(holder(text, "his country's firms"), 'ORG CHLBUS');
});

test('"his country" after a coded person is that country', () => {
  const text = 'Chilean Finance Minister Mario Marcel said the reform would give his country a stable budget.';
  assert.equal(holder(text, 'his country'), 'GPE CHL');
});

test('a pronoun before another noun stays with the person', () => {
  const text = 'Chilean Finance Minister Mario Marcel said his plan would give the regions a stable budget.';
  assert.match(holder(text, 'his'), /^PERSON /);
});

test('"its country of origin" is no country of the referent', () => {
  const text = 'The Green Party said spent fuel would go back to its country of origin under the new rules.';
  assert.doesNotMatch(holder(text, 'its country'), /^GPE /);
});
