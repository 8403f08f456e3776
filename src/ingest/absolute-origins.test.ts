import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withAbsoluteOrigins } from './absolute-origins.js';
import type { ReadResult } from './read-result.js';

test('local file origins become absolute; URLs, stdin, absolute paths and failures are left as they are', async () => {
  const article = (origin: string): ReadResult => ({ ok: true, article: { id: origin, title: 't', published: null, text: 'x', origin } });
  async function* input(): AsyncGenerator<ReadResult> {
    for (const o of ['news/a.txt', '../wire.jsonl:3', 'https://example.org/a', '-', '/data/b.txt']) yield article(o);
    yield { ok: false, origin: 'bad.txt', code: 'E_INGEST_EMPTY', message: 'bad.txt is empty' };
  }
  const out: string[] = [];
  for await (const r of withAbsoluteOrigins(input(), '/home/u/work')) out.push(r.ok ? r.article.origin! : r.origin);
  assert.deepEqual(out, ['/home/u/work/news/a.txt', '/home/u/wire.jsonl:3', 'https://example.org/a', '-', '/data/b.txt', 'bad.txt']);
});
