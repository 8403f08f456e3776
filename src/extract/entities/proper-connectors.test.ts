import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

test('the General Agreement on Tariffs and Trade written in full is the organisation, no person "Agreement" titled General', () => {
  const text = 'Delegates urged the General Agreement on Tariffs and Trade to settle the dispute over grain subsidies by June.';
  const es = run(text, '1988-02-01');
  assert.equal(es.find((e) => e.name === 'General Agreement on Tariffs and Trade')?.actor, 'IGOBUSWTO');
  assert.ok(!es.some((e) => e.type === 'PERSON'));
});
