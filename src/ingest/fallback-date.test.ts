import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withFallbackDate } from './fallback-date.js';
import type { ReadResult } from './read-result.js';

test('only articles without a publication date take the fallback date; failures pass through', async () => {
  async function* input(): AsyncGenerator<ReadResult> {
    yield { ok: true, article: { id: 'a', title: 'A', published: null, text: 'Undated story.' } };
    yield { ok: false, origin: 'bad.txt', code: 'E_INGEST_EMPTY', message: 'bad.txt is empty' };
    yield { ok: true, article: { id: 'b', title: 'B', published: '2001-02-03', text: 'Dated story.' } };
  }
  const out: ReadResult[] = [];
  for await (const r of withFallbackDate(input(), '2005-04-01')) out.push(r);
  assert.deepEqual(out.map((r) => (r.ok ? r.article.published : r.code)), ['2005-04-01', 'E_INGEST_EMPTY', '2001-02-03']);
});
