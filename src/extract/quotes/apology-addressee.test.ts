import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

test('the people apologised to are no content: "apologised to X for Y" reports Y', () => {
  const [q] = run('The ferry operator apologised to passengers for the cancelled crossings.');
  assert.equal(q?.speaker?.mention?.text, 'The ferry operator');
  assert.equal(q?.text, 'the cancelled crossings');
  const [r] = run('The mayor apologised to the dock workers and to their families for the remarks.');
  assert.equal(r?.text, 'the remarks');
});

test('an apology to someone with no stated reason makes no quote', () => {
  assert.deepEqual(run('The harbour master has apologised to residents who lost their moorings in the storm.').map((q) => q.text), []);
  assert.deepEqual(run('The ferry operator apologised to the families of the passengers.').map((q) => q.text), []);
});

test('near misses: "apologised for Y" and "apologised publicly for Y" keep Y', () => {
  assert.equal(run('The ferry operator apologised for the cancelled crossings.')[0]?.text, 'the cancelled crossings');
  assert.equal(run('The ferry operator apologised publicly for the delays.')[0]?.text, 'the delays');
});
