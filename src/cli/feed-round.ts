import type { ReadResult } from '../ingest/read-result.js';
import { isSkippedResult } from '../ingest/skipped-result.js';
import { failureReason, formatFailure } from './failures.js';

/**
 * What one poll of one feed gave in a `watch` round, as the round's JSON log event lists it (docs/logs.md):
 * - `status`: `failed` (the feed could not be fetched or read whole, or an item of it failed: see `reason`),
 *   `not_modified` (HTTP 304 to the conditional GET: nothing read), `no_items` (the feed lists none), `new` (at least
 *   one item not stored before), `unchanged` (every item stored before)
 * - `items`: items read from the feed; `new`: of them, those with no stored copy (or replacing one: a fuller or
 *   revised version); `failed`: failed items (or 1 for the feed itself)
 * - `reason`: the first failure as `CODE: reason` (an item's as `origin: CODE: reason`), null when nothing failed
 */
export interface FeedRound {
  url: string;
  status: 'failed' | 'not_modified' | 'no_items' | 'new' | 'unchanged';
  items: number;
  new: number;
  failed: number;
  reason: string | null;
}

/**
 * Sums up one poll of a feed for the round's log event.
 * @param url the feed's URL
 * @param results the poll's read results (failures included)
 * @param notModified true when the server answered 304
 * @param fresh of the results read, how many have no stored copy (or replace one)
 * @returns the feed's line of the round ({@link FeedRound})
 */
export function feedRound(url: string, results: readonly ReadResult[], notModified: boolean, fresh: number): FeedRound {
  const items = results.filter((r) => r.ok).length;
  const failures = results.filter((r) => !r.ok && !isSkippedResult(r));
  const first = failures[0];
  // the feed's own failure as `CODE: reason`; an item's (`feed#3`) names the item first
  const reason = first && !first.ok ? (first.origin === url ? failureReason(first) : formatFailure(first)) : null;
  const status: FeedRound['status'] = failures.length
    ? 'failed'
    : notModified
      ? 'not_modified'
      : items === 0
        ? 'no_items'
        : fresh > 0
          ? 'new'
          : 'unchanged';
  return { url, status, items, new: fresh, failed: failures.length, reason };
}
