import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readInputs } from './read-inputs.js';
import { readWarc, type WarcSummary } from './read-warc.js';
import { parseHttpResponse } from './read-arc.js';
import { isHomePageUrl } from './read-html.js';
import { sharedPath } from './shared-path.js';
import type { ReadResult } from './read-result.js';

/** One scratch folder for this file's tests, removed when they finish. */
const root = mkdtempSync(join(tmpdir(), 'detente-warc-'));
after(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`;

function warcRecord(type: string, url: string, date: string, block: string): Buffer {
  const bytes = Buffer.from(block, 'utf8');
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Target-URI: ${url}`,
    `WARC-Date: ${date}`,
    // an id from the record's own content: the same bytes every run, so a test that damages bytes damages the same ones
    `WARC-Record-ID: <urn:uuid:${createHash('sha1').update(`${type} ${url} ${date} ${block}`).digest('hex').slice(0, 32)}>`,
    `Content-Type: ${type === 'warcinfo' ? 'application/warc-fields' : `application/http; msgtype=${type}`}`,
    `Content-Length: ${bytes.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]);
}
const http = (status: string, type: string, body: string) => `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

const records = [
  warcRecord('warcinfo', '', '2024-05-01T00:00:00Z', 'software: hand-written test\r\n'),
  warcRecord('request', 'https://news.example.com/a', '2024-05-01T10:00:00Z', 'GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n'),
  warcRecord('response', 'https://news.example.com/a', '2024-05-01T10:00:00Z', http('200 OK', 'text/html; charset=utf-8', page('Flood defences completed in river town', 'Engineers finished the new flood wall along the river on Tuesday after three years of work, the council said.'))),
  warcRecord('response', 'https://news.example.com/missing', '2024-05-01T10:01:00Z', http('404 Not Found', 'text/html', '<html><body>Not found</body></html>')),
  warcRecord('response', 'https://news.example.com/logo.png', '2024-05-01T10:02:00Z', http('200 OK', 'image/png', 'PNGDATA')),
  warcRecord('response', 'https://news.example.com/b', '2024-05-02T11:00:00Z', http('200 OK', 'text/html', page('Rail strike called off', 'Train drivers called off a planned strike on Wednesday after a late offer from the operator, their union said.'))),
];

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test('only HTTP 200 HTML responses of a WARC become articles, with record URL and date', async () => {
  const gz = Buffer.concat(records.map((r) => gzipSync(r))); // one gzip member per record, as CC-NEWS
  let summary: WarcSummary | undefined;
  const rs = await collect(readWarc(Readable.from([gz]), 'news.warc.gz', { onSummary: (s) => (summary = s) }));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['Flood defences completed in river town', 'Rail strike called off']);
  const [a, b] = rs.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(a.url, 'https://news.example.com/a');
  assert.equal(a.published, '2024-05-01');
  assert.equal(b.published, '2024-05-02');
  assert.match(a.origin ?? '', /^news\.warc\.gz#\d+$/);
  assert.deepEqual(summary, { records: 6, pages: 2, skipped: 4 });
});

test('an uncompressed WARC file is detected by content and read through readInputs', async () => {
  const dir = mkdtempSync(join(root, 'warc-'));
  const path = join(dir, 'crawl.data');
  writeFileSync(path, Buffer.concat(records));
  const rs = await collect(readInputs([path]));
  assert.equal(rs.filter((r) => r.ok).length, 2);
});

test('a truncated gzip WARC keeps the records before the break and reports the file', async () => {
  const gz = Buffer.concat(records.map((r) => gzipSync(r)));
  const dir = mkdtempSync(join(root, 'warc-'));
  const path = join(dir, 'cut.warc.gz');
  writeFileSync(path, gz.subarray(0, gz.length - 200));
  const rs = await collect(readInputs([path]));
  assert.equal(rs[0].ok && rs[0].article.title, 'Flood defences completed in river town');
  const bad = rs.filter((r) => !r.ok);
  assert.equal(bad.length, 1);
  assert.ok(!bad[0].ok && bad[0].origin.startsWith(path) && ['E_INGEST_TRUNCATED', 'E_INGEST_FORMAT'].includes(bad[0].code), JSON.stringify(bad[0]));
});

test('an ARC file, gzip-compressed, gives its HTML pages with URLs containing spaces kept whole', async () => {
  const html = http('200 OK', 'text/html', page('Harvest festival returns', 'The harvest festival returned to the market square on Saturday for the first time in four years.'));
  const desc = '1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n';
  const arc = [
    `filedesc://test.arc 0.0.0.0 20240101000000 text/plain ${Buffer.byteLength(desc)}\n${desc}\n`,
    `http://town.example.org/news/harvest festival.html 10.0.0.1 20240106120000 text/html ${Buffer.byteLength(html)}\n${html}\n`,
  ].join('');
  const dir = mkdtempSync(join(root, 'arc-'));
  const path = join(dir, 'test.arc.gz');
  writeFileSync(path, gzipSync(Buffer.from(arc)));
  const rs = await collect(readInputs([path]));
  assert.equal(rs.length, 1);
  assert.ok(rs[0].ok);
  assert.equal(rs[0].article.url, 'http://town.example.org/news/harvest festival.html');
  assert.equal(rs[0].article.published, '2024-01-06');
});

test('an HTTP response block is split and de-chunked', () => {
  const m = parseHttpResponse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\nHello\r\n6\r\n world\r\n0\r\n\r\n'));
  assert.equal(m?.status, 200);
  assert.equal(m?.headers.get('content-type'), 'text/html');
  assert.equal(m?.body.toString(), 'Hello world');
});

test('the shared news WARC yields its 22 pages with the record URLs of its manifest, dated', { skip: sharedPath('corpora', 'warc', 'assembled-from-real-news-html', 'news-fixtures-2023-2026.warc.gz') ? false : 'shared data missing (set DETENTE_SHARED)' }, async () => {
  const dir = sharedPath('corpora', 'warc', 'assembled-from-real-news-html')!;
  const rs = await collect(readInputs([join(dir, 'news-fixtures-2023-2026.warc.gz')]));
  const articles = rs.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(articles.length, 22);
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { url: string });
  assert.deepEqual(articles.map((a) => a.url), manifest.map((m) => m.url));
  assert.ok(articles.every((a) => a.published && a.text.length > 300));
});

test('a non-article page in a crawl is a no-article result marked as skipped, not as a failure', async () => {
  const rs = await collect(readWarc(Readable.from([warcRecord('response', 'https://x.example/', '2024-05-01T10:00:00Z', http('200 OK', 'text/html', '<html><head><title>Home</title></head><body><h1>Welcome</h1><p>Hello.</p></body></html>'))]), 'c.warc'));
  assert.equal(rs.length, 1);
  assert.ok(!rs[0].ok && rs[0].code === 'E_INGEST_NO_ARTICLE' && /not an article page/.test(rs[0].message));
  assert.equal(!rs[0].ok && rs[0].skip, 'no-article');
});

test('the broken and odd crawl files of the shared corpus never throw', { skip: sharedPath('corpora', 'warc', 'real-crawls') ? false : 'shared data missing (set DETENTE_SHARED)' }, async () => {
  const rs = await collect(readInputs([sharedPath('corpora', 'warc', 'real-crawls')!]));
  assert.ok(rs.some((r) => !r.ok));
  // these crawls hold site home pages (example.com, iana.org, Wikipedia's main page): none is an article
  for (const r of rs) if (r.ok) assert.equal(isHomePageUrl(r.article.url ?? null), false, r.article.url);
  assert.ok(rs.some((r) => !r.ok && /a site's home page/.test(r.message)));
  for (const r of rs) if (!r.ok) assert.ok(r.message.length > 10 && r.origin.length > 0);
});

test('a record over the size limit is skipped without being held, and the next record is read', async () => {
  const size = 40 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const httpHead = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n';
  async function* stream() {
    yield Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/huge\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${httpHead.length + size}\r\n\r\n${httpHead}`);
    for (let i = 0; i < size / chunk.length; i++) yield chunk;
    yield Buffer.from('\r\n\r\n');
    yield records[5];
  }
  const rs = await collect(readWarc(stream(), 'big.warc'));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['E_INGEST_TOO_LARGE', 'Rail strike called off']);
});

const longPage = (title: string) =>
  http('200 OK', 'text/html', page(title, 'The regional assembly debated the harbour budget late into the night, and members from both benches asked for more time to read the figures. '.repeat(400)));

test('a whole-file gzip WARC cut inside a page ends with one truncation failure instead of hanging', { timeout: 20_000 }, async () => {
  const warc = Buffer.concat([records[2], warcRecord('response', 'https://news.example.com/long', '2024-05-03T09:00:00Z', longPage('Harbour budget debate runs late')), records[5]]);
  const gz = gzipSync(warc);
  const dir = mkdtempSync(join(root, 'warc-'));
  const path = join(dir, 'cut-inside-page.warc.gz');
  writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
  const rs = await collect(readInputs([path]));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['Flood defences completed in river town', 'E_INGEST_TRUNCATED']);
  assert.ok(!rs[1].ok && rs[1].origin.startsWith(`${path}#`));
  // the offset counts gunzipped bytes, not bytes of the .gz file: the message says so
  const offset = Number(rs[1].ok ? NaN : rs[1].origin.slice(path.length + 1));
  assert.equal(offset, records[2].length);
  assert.match(!rs[1].ok ? rs[1].message : '', new RegExp(`starting at byte ${offset} of the gunzipped data, not of the \\.gz file`));
  assert.equal(!rs[1].ok && rs[1].skip, undefined, 'a truncation is a failure');
});

test('an uncompressed WARC cut inside a page is reported as truncated, not as a page without article text', { timeout: 20_000 }, async () => {
  const long = warcRecord('response', 'https://news.example.com/long', '2024-05-03T09:00:00Z', longPage('Harbour budget debate runs late'));
  const warc = Buffer.concat([records[2], long]);
  const rs = await collect(readWarc(Readable.from([warc.subarray(0, records[2].length + Math.floor(long.length / 2))]), 'cut.warc'));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['Flood defences completed in river town', 'E_INGEST_TRUNCATED']);
  assert.ok(!rs[1].ok && /ends inside this record/.test(rs[1].message), JSON.stringify(rs[1]));
});

test('a WARC cut inside a skipped record (an image) ends with one truncation failure instead of hanging', { timeout: 20_000 }, async () => {
  const image = warcRecord('response', 'https://news.example.com/photo.jpg', '2024-05-03T09:00:00Z', http('200 OK', 'image/jpeg', 'JFIF'.repeat(20_000)));
  const warc = Buffer.concat([records[2], image]);
  const rs = await collect(readWarc(Readable.from([warc.subarray(0, records[2].length + 30_000)]), 'cut-image.warc'));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['Flood defences completed in river town', 'E_INGEST_TRUNCATED']);
});

test('a gzip file named .warc.gz that holds plain text is reported as not a WARC file, through readInputs as well', async () => {
  const direct = await collect(readWarc(Readable.from([Buffer.from('Minutes of the harbour board meeting\nItem one: dredging.\n')]), 'notes.warc'));
  assert.equal(direct.length, 1);
  assert.ok(!direct[0].ok && direct[0].code === 'E_INGEST_FORMAT' && /notes\.warc: not a WARC file .*begins "Minutes of the harbour/.test(direct[0].message), JSON.stringify(direct[0]));
  const dir = mkdtempSync(join(root, 'warc-'));
  const file = join(dir, 'board.warc.gz');
  writeFileSync(file, gzipSync(Buffer.from('Minutes of the harbour board meeting\nItem one: dredging.\n')));
  const viaInputs = await collect(readInputs([file]));
  assert.equal(viaInputs.length, 1);
  assert.ok(!viaInputs[0].ok && viaInputs[0].code === 'E_INGEST_FORMAT', JSON.stringify(viaInputs[0]));
});

test('a record that does not end where its Content-Length says is one named format failure, not a stray warning on stderr, and the pages are still read', async () => {
  // a skipped record (a 404 page) declares 5 bytes fewer than it holds: warcio finds "html>" where the blank line should be
  const notFound = records[3].toString('latin1');
  const short = Buffer.from(notFound.replace(/^Content-Length: (\d+)/m, (_, n: string) => `Content-Length: ${Number(n) - 5}`), 'latin1');
  const printed: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void printed.push(args);
  let rs: ReadResult[];
  try {
    rs = await collect(readWarc(Readable.from([Buffer.concat([records[0], records[2], short, records[5]])]), 'odd.warc'));
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(printed, []);
  const failures = rs.flatMap((r) => (r.ok ? [] : [r]));
  assert.equal(failures.length, 1);
  assert.equal(failures[0].code, 'E_INGEST_FORMAT');
  assert.match(failures[0].message, /^odd\.warc#\d+: a record before this offset does not end where its Content-Length says \(warcio: Content-Length Too Small/);
  assert.deepEqual(rs.flatMap((r) => (r.ok ? [r.article.title] : [])), ['Flood defences completed in river town', 'Rail strike called off']);
  assert.equal(console.warn, warn);
});

const ferryNotice = (i: number) => warcRecord('response', `https://news.example.com/notice-${i}`, '2024-05-03T09:00:00Z',
  http('200 OK', 'text/html', page(`Ferry notice ${i}`, `The lake ferry will leave from pier ${i} on Friday while the main pier is repaired, the operator said in notice ${i}. `.repeat(8))));

/**
 * Writes a per-record gzip WARC of `count` ferry notices, with member `bad` damaged by `damage`.
 * @returns its path and the damaged member's byte offset
 */
function warcWithDamagedMember(name: string, count: number, bad: number, damage: (member: Buffer) => void): { path: string; start: number } {
  const members = Array.from({ length: count }, (_, i) => gzipSync(ferryNotice(i)));
  members[bad] = Buffer.from(members[bad]);
  damage(members[bad]);
  const path = join(mkdtempSync(join(root, 'warc-')), name);
  writeFileSync(path, Buffer.concat(members));
  return { path, start: Buffer.concat(members.slice(0, bad)).length };
}

test('a per-record gzip WARC with a corrupt member loses only that member\'s record, names it with zlib\'s reason and reads on', { timeout: 20_000 }, async () => {
  // thirty pages, one gzip member each (as CC-NEWS writes them); the CRC of the twentieth member is damaged
  const { path, start } = warcWithDamagedMember('corrupt-member.warc.gz', 30, 19, (m) => void (m[m.length - 8] ^= 0xff));
  const rs = await collect(readInputs([path]));
  const failed = rs.filter((r) => !r.ok);
  assert.equal(failed.length, 1);
  const [f] = failed;
  assert.ok(!f.ok && f.code === 'E_INGEST_TRUNCATED' && f.origin.startsWith(`${path}#`), JSON.stringify(f));
  assert.match(!f.ok ? f.message : '', new RegExp(`the gzip member at byte ${start} of the \\.gz file does not decompress \\(zlib: incorrect data check\\); reading went on at the next member, at byte \\d+`));
  assert.doesNotMatch(!f.ok ? f.message : '', /truncated download/);
  const read = rs.filter((r) => r.ok).map((r) => (r.ok ? r.article.title : ''));
  assert.deepEqual(read, Array.from({ length: 30 }, (_, i) => `Ferry notice ${i}`).filter((t) => t !== 'Ferry notice 19'));
});

test('a small gzip WARC with broken deflate data in one member gives the same named-member failure and reads the rest', async () => {
  // five members, decompressed by the old reader in one chunk: it failed the whole file with a generic message
  const { path } = warcWithDamagedMember('small-corrupt.warc.gz', 5, 2, (m) => void (m[40] ^= 0x55));
  const rs = await collect(readInputs([path]));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['Ferry notice 0', 'Ferry notice 1', 'E_INGEST_TRUNCATED', 'Ferry notice 3', 'Ferry notice 4']);
  const f = rs[2];
  assert.match(!f.ok ? f.message : '', /^.*#\d+: the gzip member at byte \d+ of the \.gz file does not decompress \(zlib: [^)]+\); reading went on at the next member/);
});

test('a gzip WARC whose first member is corrupt is read from its second member, not called empty or not a WARC', async () => {
  const { path } = warcWithDamagedMember('first-corrupt.warc.gz', 3, 0, (m) => void (m[m.length - 3] ^= 0x01));
  const rs = await collect(readInputs([path]));
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.title : r.code)), ['E_INGEST_TRUNCATED', 'Ferry notice 1', 'Ferry notice 2']);
  assert.match(!rs[0].ok ? rs[0].message : '', /the gzip member at byte 0 of the \.gz file does not decompress \(zlib: incorrect length check\)/);
});

test('a whole-file gzip WARC with broken deflate data keeps the records before the fault and says the rest is lost', async () => {
  const notices = Array.from({ length: 12 }, (_, i) => ferryNotice(i));
  const gz = Buffer.from(gzipSync(Buffer.concat(notices)));
  // sixteen bytes overwritten break the deflate data itself (one flipped bit may only fail the check, losing it all)
  gz.fill(0xff, Math.floor(gz.length * 0.7), Math.floor(gz.length * 0.7) + 16);
  const path = join(mkdtempSync(join(root, 'warc-')), 'whole-corrupt.warc.gz');
  writeFileSync(path, gz);
  const rs = await collect(readInputs([path]));
  const failed = rs.filter((r) => !r.ok);
  assert.equal(failed.length, 1);
  assert.match(!failed[0].ok ? failed[0].message : '', /the gzip member at byte 0 of the \.gz file does not decompress \(zlib: [^)]+\); no gzip member follows it/);
  const read = rs.filter((r) => r.ok).map((r) => (r.ok ? r.article.title : ''));
  assert.ok(read.length >= 1 && read.length < 12 && read.every((t, i) => t === `Ferry notice ${i}`), read.join(', '));
});

test('a WARC of requests and resources only is a warning with nothing to read, not a failure', async () => {
  const rs = await collect(readWarc(Readable.from([records[0], records[1], records[4]]), 'posts.warc'));
  assert.equal(rs.length, 1);
  assert.ok(!rs[0].ok);
  assert.deepEqual([rs[0].code, rs[0].skip], ['W_INGEST_NO_ITEMS', 'no-items']);
  assert.match(rs[0].message, /^posts\.warc: no HTTP 200 HTML response among 3 WARC record\(s\); nothing to read$/);
});

test('a record whose Content-Length is no number is named with file and byte offset, and reading goes on at the next "WARC/1." line', { timeout: 20_000 }, async () => {
  const bad = Buffer.from(records[3].toString('latin1').replace(/^Content-Length: (\d+)/m, 'Content-Length: $1abc'), 'latin1');
  const badAt = records[0].length + records[2].length;
  // the page after it, and one more after that, are read; nothing of the bad record (a 404 page) is
  const file = Buffer.concat([records[0], records[2], bad, records[5], records[2]]);
  const rs = await collect(readWarc(Readable.from([file]), 'odd.warc'));
  assert.deepEqual(rs.flatMap((r) => (r.ok ? [r.article.title] : [])), ['Flood defences completed in river town', 'Rail strike called off', 'Flood defences completed in river town']);
  const failures = rs.flatMap((r) => (r.ok ? [] : [r]));
  assert.equal(failures.length, 1);
  assert.equal(failures[0].code, 'E_INGEST_FORMAT');
  assert.equal(failures[0].origin, `odd.warc#${badAt}`);
  assert.match(failures[0].message, new RegExp(`^odd\\.warc#${badAt}: the record's Content-Length header is not a byte count \\("\\d+abc"\\).*reading went on at the next "WARC/1\\." line, at byte ${badAt + bad.length} of the file`));
  // the records after it keep their own offsets in the file
  const rail = rs.find((r) => r.ok && r.article.title === 'Rail strike called off');
  assert.ok(rail?.ok && rail.article.origin === `odd.warc#${badAt + bad.length}`, JSON.stringify(rail));
  // no record opens after it: one failure, the pages before it kept
  const last = await collect(readWarc(Readable.from([Buffer.concat([records[0], records[2], bad])]), 'odd.warc'));
  assert.deepEqual(last.map((r) => (r.ok ? r.article.title : r.code)), ['Flood defences completed in river town', 'E_INGEST_FORMAT']);
  assert.match(!last[1].ok ? last[1].message : '', /no "WARC\/1\." line follows it/);
});
