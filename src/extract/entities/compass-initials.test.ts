import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();

/** The entity holding the mention whose text is `surface`, as "TYPE ACTOR", or "none". */
function holder(text: string, surface: string): string {
  const e = entityWithMention(run(text, '1987-03-02'), surface);
  return e ? `${e.type} ${e.actor}` : 'none';
}

test('"S. Korea" and "N. Korea" are the two Koreas, not persons with initials', () => {
  const text = 'Officials said S. Korea and N. Korea would resume border talks next month.';
  assert.equal(holder(text, 'S. Korea'), 'GPE KOR');
  assert.equal(holder(text, 'N. Korea'), 'GPE PRK');
});

test('a compass initial in a capitals headline and before a country the tagger found alone', () => {
  assert.equal(holder('S. KOREA TO CUT TARIFFS ON FARM GOODS', 'S. KOREA'), 'GPE KOR');
  assert.equal(holder('E. Germany said it would buy more grain this year.', 'E. Germany'), 'GPE DDR');
  assert.equal(holder('Exports to S. Africa rose 5 pct in the quarter.', 'S. Africa'), 'GPE ZAF');
});

test('initials before a name that is no country stay a name', () => {
  assert.doesNotMatch(holder('W. Atlee Burpee Co said seed sales rose in the spring.', 'W. Atlee Burpee Co'), /^GPE/);
  assert.equal(holder('J. Korea, a trader in Chicago, said prices fell.', 'J. Korea').split(' ')[0] === 'GPE', false);
});

test('"N. Korea\'s army" is the country\'s military, as "North Korea\'s army" is; a person\'s role after it is no group', () => {
  assert.equal(holder("Officials said N. Korea's army had moved tanks to the border.", "N. Korea's army"), 'ORG PRKMIL');
  assert.equal(holder("Officials said S. Korea's government would protest.", "S. Korea's government"), 'ORG KORGOV');
  // near misses: the country alone before another noun, and a person's role after the group word
  assert.equal(holder("Officials said N. Korea's exports had fallen.", 'N. Korea'), 'GPE PRK');
  assert.equal(holder("Officials said N. Korea's army chief had spoken.", 'N. Korea'), 'GPE PRK');
});
