import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fixturePath } from './shared-path.js';
import { articleFromRecord, readJsonDocument, readJsonLines } from './read-jsonl.js';
import { readInputs } from './read-inputs.js';
import type { ReadResult } from './read-result.js';

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test('JSON Lines give one result per non-blank line, bad lines fail alone with path:line', async () => {
  const path = fixturePath('articles.jsonl');
  const results = await collect(readJsonLines(createReadStream(path), 'articles.jsonl'));
  assert.deepEqual(results.map((r) => (r.ok ? `ok ${r.article.origin}` : `${r.code} ${r.origin}`)), [
    'ok articles.jsonl:1',
    'E_INGEST_JSON articles.jsonl:2',
    'ok articles.jsonl:4',
    'E_INGEST_JSON articles.jsonl:5',
    'E_INGEST_JSON articles.jsonl:6',
    'ok articles.jsonl:7',
  ]);
  const [first, , nullTitle, , , rfc] = results;
  assert.ok(first.ok && nullTitle.ok && rfc.ok);
  assert.equal(first.article.url, 'https://news.example.org/flood');
  assert.equal(first.article.source, 'Wire');
  assert.equal(first.article.text.split('\n').length, 2);
  assert.equal(nullTitle.article.title, 'Trade ministers opened talks in the port city on Tuesday.');
  assert.equal(nullTitle.article.published, '1999-11-30');
  assert.equal(rfc.article.published, '2010-02-02');
});

test('the language of a record is stored as a BCP 47 tag, and a blank one as none', () => {
  const lang = (value: string) => {
    const r = articleFromRecord({ text: 'The council met on Monday.', lang: value }, 'f.jsonl:1');
    return r.ok ? r.article.lang : 'failed';
  };
  assert.equal(lang('en_us'), 'en-US');
  assert.equal(lang('EN-gb'), 'en-GB');
  assert.equal(lang('swa'), 'sw');
  assert.equal(lang('  '), undefined);
});

test('a record with empty text is a no-article failure', () => {
  const r = articleFromRecord({ title: 'Only a title', text: '   ' }, 'f.jsonl:3');
  assert.equal(!r.ok && r.code, 'E_INGEST_NO_ARTICLE');
});

test('a record whose text is a number fails naming its keys instead of storing an article reading "42"', () => {
  const r = articleFromRecord({ id: 7, title: 'Harbour figures', text: 42 }, 'f.jsonl:4');
  assert.ok(!r.ok);
  assert.equal(r.code, 'E_INGEST_JSON');
  assert.match(r.message, /no "text" string \(keys: id, title, text\)/);
  // a string text next to a numeric id and title is read as before
  const ok = articleFromRecord({ id: 7, title: 2024, text: 'The harbour handled more ships this spring.' }, 'f.jsonl:5');
  assert.ok(ok.ok && ok.article.title === '2024');
});

test('a line over the size limit fails and the next line is still read', async () => {
  const big = `{"title":"big","text":"${'x'.repeat(500)}"}`;
  const small = '{"title":"small","text":"A short story."}';
  const results = await collect(readJsonLines(Readable.from([Buffer.from(`${big}\r\n${small}\r\n`)]), 's', 100));
  assert.deepEqual(results.map((r) => (r.ok ? r.article.title : r.code)), ['E_INGEST_TOO_LARGE', 'small']);
  // no option raises the line limit, and none needs to: the message says so instead of "raise the limit"
  assert.match(results[0].ok ? '' : results[0].message, /^s:1: the line is longer than 100 bytes, the limit for one record; split the record \(one article's text may hold at most 1,000,000 characters\)$/);
});

test('a line split across chunks and a badly encoded line are handled', async () => {
  const chunks = [Buffer.from('{"title":"a","te'), Buffer.from('xt":"First."}\n'), Buffer.from([0x7b, 0x22, 0xff, 0xe2, 0x82, 0xac, 0x22, 0x7d, 0x0a]), Buffer.from('{"title":"c","text":"Third."}')];
  const results = await collect(readJsonLines(Readable.from(chunks), 's'));
  assert.deepEqual(results.map((r) => (r.ok ? r.article.title : `${r.code} ${r.origin}`)), ['a', 'E_INGEST_ENCODING s:2', 'c']);
});

test('a news-API JSON export gives one article per entry, source names and descriptions included', async () => {
  const out: ReadResult[] = [];
  for await (const r of readInputs([fixturePath('news-api.json')])) out.push(r);
  const [a, b] = out.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(out.length, 2);
  assert.equal(a.title, 'Harbour tunnel opens to traffic');
  assert.equal(a.source, 'Valmora Herald');
  assert.equal(a.published, '2024-07-07');
  assert.ok(a.text.startsWith('The new tunnel under the harbour opened to traffic'));
  assert.ok(a.origin?.endsWith('news-api.json#1'));
  assert.equal(b.text, 'Heavy rain stopped play in the final on Monday.');
});

test('a JSON array on stdin and a pretty-printed single object are read whole', async () => {
  const arr: ReadResult[] = [];
  const stdin = Readable.from([Buffer.from('[\n {"title": "One", "text": "First text."},\n {"title": "Two", "text": "Second text."}\n]')]);
  for await (const r of readInputs(['-'], { stdin })) arr.push(r);
  assert.deepEqual(arr.map((r) => (r.ok ? `${r.article.title} ${r.article.origin}` : r.code)), ['One -#1', 'Two -#2']);
  const one = readJsonDocument(Buffer.from('{\n  "title": "Solo",\n  "text": "Only text."\n}'), 'solo.json');
  assert.deepEqual(one.map((r) => (r.ok ? `${r.article.title} ${r.article.origin}` : r.code)), ['Solo solo.json']);
  const bad = readJsonDocument(Buffer.from('[{"title": "x",'), 'bad.json');
  assert.equal(!bad[0].ok && bad[0].code, 'E_INGEST_JSON');
});

test('a 200 MB line without newlines is refused in bounded memory and the next line still read', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x61); // 1 MiB of "a", reused: the stream itself holds no memory
  async function* huge() {
    yield Buffer.from('{"title":"big","text":"');
    for (let i = 0; i < 200; i++) yield chunk;
    yield Buffer.from('"}\n{"title":"after","text":"The line after the huge one."}\n');
  }
  const before = process.memoryUsage().rss;
  let peak = before;
  const results: ReadResult[] = [];
  for await (const r of readJsonLines(huge(), 'huge.jsonl')) {
    results.push(r);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  assert.deepEqual(results.map((r) => (r.ok ? r.article.title : `${r.code} ${r.origin}`)), ['E_INGEST_TOO_LARGE huge.jsonl:1', 'after']);
  assert.ok(peak - before < 100 * 1024 * 1024, `memory grew by ${Math.round((peak - before) / 1e6)} MB`);
});

test('a pretty-printed JSON Feed on stdin gives its items', async () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour Notes',
    items: [
      { id: '1', url: 'https://harbour.example.org/1', title: 'Pier reopens', content_html: '<p>The old pier reopened on Friday.</p><p>Crowds came.</p>', date_published: '2024-02-02T10:00:00+01:00' },
      { id: '2', title: 'Fog delays ferries', content_text: 'Thick fog delayed the morning ferries.' },
    ],
  };
  const out: ReadResult[] = [];
  for await (const r of readInputs(['-'], { stdin: Readable.from([Buffer.from(JSON.stringify(feed, null, 2))]) })) out.push(r);
  const [a, b] = out.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(out.length, 2);
  assert.equal(a.text, 'The old pier reopened on Friday.\nCrowds came.');
  assert.equal(a.published, '2024-02-02');
  assert.equal(a.url, 'https://harbour.example.org/1');
  assert.equal(b.text, 'Thick fog delayed the morning ferries.');
});

test('a JSON Lines manifest with no text in its first records is one failure for the file, not one per line', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ file: `page-${i}.html`, url: `https://news.example/${i}`, bytes: 1000 + i }));
  const results = await collect(readJsonLines(Readable.from([lines.join('\n')]), 'manifest.jsonl'));
  assert.equal(results.length, 1);
  assert.ok(!results[0].ok);
  assert.equal(results[0].origin, 'manifest.jsonl');
  assert.match(results[0].message, /not an article export: its first 3 records have no "text" string \(keys: file, url, bytes\)/);
});

test('an export with a record or two missing text before real articles still reports those lines alone', async () => {
  const lines = [
    JSON.stringify({ title: 'Draft without body' }),
    JSON.stringify({ title: 'Bridge reopens', text: 'The river bridge reopened to traffic on Monday after repairs.' }),
    JSON.stringify({ title: 'Another draft' }),
    JSON.stringify({ title: 'Third draft' }),
    JSON.stringify({ title: 'Fourth draft' }),
  ];
  const results = await collect(readJsonLines(Readable.from([lines.join('\n')]), 'wire.jsonl'));
  assert.deepEqual(results.map((r) => (r.ok ? `ok ${r.article.title}` : `${r.code} ${r.origin}`)), [
    'E_INGEST_JSON wire.jsonl:1',
    'ok Bridge reopens',
    'E_INGEST_JSON wire.jsonl:3',
    'E_INGEST_JSON wire.jsonl:4',
    'E_INGEST_JSON wire.jsonl:5',
  ]);
});

test('a publication date given but not understood reads the article as undated with a W_INGEST_DATE issue naming the line', () => {
  const text = 'The harbour board approved the dredging plan on Monday.';
  for (const date of ['not a date', '2024-02-30']) {
    const r = articleFromRecord({ title: 'Dredging approved', text, date }, 'f.jsonl:4');
    assert.ok(r.ok);
    assert.equal(r.article.published, null);
    assert.equal(r.issues?.length, 1);
    assert.equal(r.issues?.[0].code, 'W_INGEST_DATE');
    assert.match(r.issues?.[0].message ?? '', new RegExp(`^f\\.jsonl:4: publication date "${date}" not understood .* read as undated$`));
  }
  const dated = articleFromRecord({ title: 'Dredging approved', text, date: '2024-02-06' }, 'f.jsonl:5');
  assert.ok(dated.ok && dated.article.published === '2024-02-06' && dated.issues === undefined);
  const none = articleFromRecord({ title: 'Dredging approved', text }, 'f.jsonl:6');
  assert.ok(none.ok && none.article.published === null && none.issues === undefined);
});

test("a record's upstream id, a string or a number, is the article's external id; a blank one is none", () => {
  const read = (id: unknown) => articleFromRecord({ id, title: 'Bridge vote', text: 'The council voted to rebuild the old bridge.' }, 'x.jsonl:1');
  const ids = [read('wire-77'), read(77), read('  '), read(undefined)].map((r) => (r.ok ? r.article.externalId : 'failed'));
  assert.deepEqual(ids, ['wire-77', '77', undefined, undefined]);
});

test("a record's modification day (JSON Feed date_modified, modified, updatedAt) is kept when later than its publication", () => {
  // written for this test
  const text = 'The county opened a second footbridge over the canal on Friday, ending a long detour for walkers.';
  const day = (extra: Record<string, unknown>) => {
    const r = articleFromRecord({ title: 'Second footbridge opens', text, date_published: '2022-09-09T10:00:00Z', ...extra }, 'x.jsonl:1');
    assert.ok(r.ok);
    return r.article.modified;
  };
  assert.equal(day({ date_modified: '2023-01-15T12:00:00Z' }), '2023-01-15');
  assert.equal(day({ modified: '2022-10-01' }), '2022-10-01');
  assert.equal(day({ updatedAt: '2022-09-10' }), '2022-09-10');
  assert.equal(day({ date_modified: '2022-09-09T18:00:00Z' }), undefined);
  assert.equal(day({}), undefined);
});
