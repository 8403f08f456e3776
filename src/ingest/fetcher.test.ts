import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createFetcher } from './fetcher.js';
import { readUrl } from './read-url.js';
import { readInputs } from './read-inputs.js';
import type { ReadResult } from './read-result.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const PAGE = readFileSync(`${fixtures}html/article.html`);
const FEED = readFileSync(`${fixtures}feeds/rss2.xml`);
const ETAG = '"feed-v1"';
let server: Server;
let base = '';
const hits: Record<string, number> = {};
const userAgents: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    userAgents.push(String(req.headers['user-agent']));
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (path === '/feed') {
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304, { etag: ETAG });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': 'Tue, 02 Apr 2024 10:00:00 GMT' });
      res.end(FEED);
    } else if (path === '/feed.gz') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(gzipSync(FEED));
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
      res.end();
    } else if (path === '/slow') {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(PAGE);
      }, 1500);
    } else if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent >= 64) res.end();
        else res.once('drain', pump);
      };
      pump();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

// the test server listens on 127.0.0.1: tests of other things than the address policy allow private addresses
const fast = () => createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, timeoutMs: 1000 });

test('an article page is fetched and read with its URL', async () => {
  const { results } = await readUrl(`${base}/page`, fast());
  assert.equal(results.length, 1);
  assert.ok(results[0].ok, JSON.stringify(results[0]));
  assert.equal(results[0].article.url !== undefined, true);
  assert.ok(results[0].article.text.length > 50);
  assert.match(userAgents.at(-1) ?? '', /^detente\//);
});

test('a feed polled again with its ETag fetches nothing new', async () => {
  const fetcher = fast();
  const first = await readUrl(`${base}/feed`, fetcher);
  assert.ok(first.results.length > 0 && first.results.every((r) => r.ok));
  assert.equal(first.fetched?.etag, ETAG);
  const again = await readUrl(`${base}/feed`, fetcher, { validators: { etag: first.fetched?.etag, lastModified: first.fetched?.lastModified } });
  assert.equal(again.fetched?.notModified, true);
  assert.deepEqual(again.results, []);
});

test('a gzip body is unpacked', async () => {
  const { results } = await readUrl(`${base}/feed.gz`, fast(), { format: 'feed' });
  assert.ok(results.length > 0 && results.every((r) => r.ok));
});

test('redirects are followed up to the limit and no further', async () => {
  const ok = await readUrl(`${base}/hop/2`, fast());
  assert.ok(ok.results[0].ok);
  assert.equal(ok.fetched?.url, `${base}/page`);
  const tooMany = await readUrl(`${base}/hop/9`, createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, maxRedirects: 3 }));
  assert.equal((tooMany.results[0] as Extract<ReadResult, { ok: false }>).code, 'E_FETCH_REDIRECTS');
});

test('errors name the URL and the reason: HTTP status, timeout, size limit, bad scheme, refused connection', async () => {
  const code = async (url: string, f = fast()) => {
    const r = (await readUrl(url, f)).results[0] as Extract<ReadResult, { ok: false }>;
    assert.equal(r.ok, false);
    assert.equal(r.origin, url);
    return r.code;
  };
  assert.equal(await code(`${base}/missing`), 'E_FETCH_STATUS');
  assert.equal(await code(`${base}/slow`, createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, timeoutMs: 300 })), 'E_FETCH_TIMEOUT');
  assert.equal(await code(`${base}/huge`, createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, maxBytes: 256 * 1024 })), 'E_FETCH_TOO_LARGE');
  assert.equal(await code('ftp://127.0.0.1/x'), 'E_FETCH_URL');
  assert.equal(await code('http://127.0.0.1:1/closed'), 'E_FETCH_NETWORK');
});

test('a URL on a port fetch refuses (127.0.0.1:1) is reported with its URL and why the port is refused', async () => {
  const r = (await readUrl('http://127.0.0.1:1/wire', fast())).results[0];
  assert.ok(!r.ok && r.code === 'E_FETCH_NETWORK');
  assert.match(!r.ok ? r.message : '', /^http:\/\/127\.0\.0\.1:1\/wire: cannot fetch: port 1 is one fetch refuses to connect to \(a "bad port"/);
});

test('requests to one host are spaced by the per-host interval', async () => {
  let clock = 0;
  const waits: number[] = [];
  const fetcher = createFetcher({
    allowPrivateAddresses: true,
    perHostIntervalMs: 1000,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  });
  await fetcher.get(`${base}/page`);
  await fetcher.get(`${base}/page`);
  await fetcher.get(`${base}/page`);
  assert.deepEqual(waits, [1000, 1000]);
});

test('readInputs fetches http URLs beside files, and a bad URL does not stop the batch', async () => {
  const results: ReadResult[] = [];
  for await (const r of readInputs([`${base}/missing`, `${base}/page`, `${fixtures}plain-article.txt`], { fetcher: fast() })) results.push(r);
  assert.deepEqual(results.map((r) => r.ok), [false, true, true]);
});

test('URLs of one host fetched at once do not time out while they wait for their turn at the host', async () => {
  // the per-host interval (400 ms) is longer than the timeout (300 ms): the third request waits 800 ms for its turn
  const fetcher = createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 400, timeoutMs: 300 });
  const got = await Promise.all([1, 2, 3].map(() => readUrl(`${base}/page`, fetcher)));
  assert.deepEqual(got.map((g) => g.results[0].ok), [true, true, true]);
});

test('a fetch under way is cancelled by its signal, and says so', async () => {
  const cancel = new AbortController();
  setTimeout(() => cancel.abort(), 100);
  const r = (await readUrl(`${base}/slow`, createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, timeoutMs: 5000 }), { signal: cancel.signal })).results[0];
  assert.ok(!r.ok && r.code === 'E_FETCH_NETWORK', JSON.stringify(r));
  assert.match(!r.ok ? r.message : '', /fetch cancelled/);
});

test('readInputs fetches a run of URLs several at once and gives their results in input order', { timeout: 10_000 }, async () => {
  // a fetcher whose answers the test releases: the first URL answers last
  let inFlight = 0;
  let most = 0;
  let started = 0;
  const waiting = new Map<string, () => void>();
  const fetcher = {
    async get(url: string) {
      inFlight++;
      started++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => waiting.set(url, resolve));
      inFlight--;
      return { url, status: 200, notModified: false, bytes: PAGE, contentType: 'text/html', charset: 'utf-8', etag: null, lastModified: null };
    },
    trust() {},
  };
  const urls = ['http://a.example/1', 'http://b.example/2', 'http://c.example/3'];
  const release = setInterval(() => {
    // answer the others first, the first URL only once the others have answered
    for (const url of [...urls].reverse()) {
      const done = waiting.get(url);
      if (done && (url !== urls[0] || (started === urls.length && waiting.size === 1))) {
        waiting.delete(url);
        done();
        return;
      }
    }
  }, 5);
  const origins: string[] = [];
  try {
    for await (const r of readInputs([...urls, `${fixtures}plain-article.txt`], { fetcher })) origins.push(r.ok ? (r.article.origin ?? '') : r.origin);
  } finally {
    clearInterval(release);
  }
  assert.equal(most, 3);
  assert.deepEqual(origins.slice(0, 3), urls);
  assert.equal(origins.length, 4);
});
