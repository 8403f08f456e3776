import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEventFilter, checkQuoteFilter } from './store-filters.js';
import type { EventFilter } from './store.js';

test('a filter field the checks do not know is passed on unchanged, not dropped', () => {
  const given = { from: '2023-06-01', dyad: ['usa', 'chn'], later: 'kept' } as unknown as EventFilter;
  const checked = checkEventFilter(given) as EventFilter & { later?: string };
  assert.deepEqual(checked.dyad, ['USA', 'CHN']);
  assert.equal(checked.later, 'kept');
  assert.equal((checkQuoteFilter({ speaker: 'xi', db: 'x.db' } as never) as { db?: string }).db, 'x.db');
});

test('a date that is no calendar day is refused', () => {
  assert.throws(() => checkEventFilter({ from: '2023-02-30' }), /E_STORE_FILTER|from "2023-02-30"/);
});
