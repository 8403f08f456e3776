import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFetcher, type FetcherOptions } from './fetcher.js';
import { readUrl } from './read-url.js';
import { readInputs } from './read-inputs.js';
import type { ReadResult } from './read-result.js';
import { checkedLookup, PrivateAddressError, type ResolveHost } from './checked-lookup.js';

const PAGE = readFileSync(fileURLToPath(new URL('../../test/fixtures/ingest/html/article.html', import.meta.url)));

let server: Server;
let port = 0;
let base = '';
/** the paths the test server was asked for */
const hits: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (path.startsWith('/to?')) {
      // a redirect to the URL in the query
      res.writeHead(302, { location: decodeURIComponent(path.slice(4)) });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** A resolver with fixed answers per host name; every call is counted. */
function resolver(answers: Record<string, string[][]>): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const list = answers[hostname];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const turn = list[Math.min(calls.filter((h) => h === hostname).length, list.length) - 1];
    return turn.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const fetcher = (options: FetcherOptions = {}) => createFetcher({ perHostIntervalMs: 0, timeoutMs: 2000, ...options });

/** The failure of reading `url`, with its code and message. */
async function failureOf(url: string, options: FetcherOptions = {}): Promise<Extract<ReadResult, { ok: false }>> {
  const r = (await readUrl(url, fetcher(options))).results[0];
  assert.ok(r && !r.ok, `${url} was read: ${JSON.stringify(r)}`);
  return r;
}

test('a URL on a loopback address in any spelling (dotted, decimal, hexadecimal, octal, IPv6, IPv4-mapped) is refused before any request', async () => {
  const before = hits.length;
  for (const host of ['127.0.0.1', '2130706433', '0x7f.1', '0177.0.0.1', '127.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']) {
    const url = `http://${host}:${port}/page`;
    const f = await failureOf(url);
    assert.equal(f.code, 'E_FETCH_PRIVATE_ADDRESS', url);
    assert.equal(f.origin, url);
    assert.match(f.message, /resolves to (127\.0\.0\.1|::1|::ffff:7f00:1), a loopback address .*pass --allow-private-urls to fetch private addresses/, url);
  }
  assert.equal(hits.length, before, 'the server was asked for nothing');
});

test('the cloud metadata address and private networks are refused, and say what they are', async () => {
  const metadata = await failureOf('http://169.254.169.254/latest/meta-data/');
  assert.equal(metadata.code, 'E_FETCH_PRIVATE_ADDRESS');
  assert.match(metadata.message, /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/ resolves to 169\.254\.169\.254, a link-local address/);
  for (const url of ['http://10.0.0.1/', 'http://192.168.1.1/admin', 'https://172.16.0.1/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://0.0.0.0:8080/']) {
    assert.equal((await failureOf(url)).code, 'E_FETCH_PRIVATE_ADDRESS', url);
  }
});

test('a host name that resolves to a private address is refused when the connection is made, and the server is never asked', async () => {
  const resolve = resolver({ 'news.example': [['127.0.0.1']], 'cdn.example': [['93.184.216.34', '169.254.169.254']] });
  const before = hits.length;
  const f = await failureOf(`http://news.example:${port}/page`, { resolve });
  assert.equal(f.code, 'E_FETCH_PRIVATE_ADDRESS');
  assert.match(f.message, new RegExp(`^http://news\\.example:${port}/page resolves to 127\\.0\\.0\\.1, a loopback address`));
  // one answer among public ones is enough to refuse
  const mixed = await failureOf('http://cdn.example/latest/meta-data/', { resolve });
  assert.match(mixed.message, /resolves to 169\.254\.169\.254, a link-local address/);
  assert.deepEqual(resolve.calls, ['news.example', 'cdn.example']);
  assert.equal(hits.length, before);
});

test('the checking lookup hands the connection the very answers it checked: one or all, of the family asked for', async () => {
  const resolve = resolver({ 'news.example': [['93.184.216.34', '2606:2800:220:1::1']], 'intranet.example': [['10.0.0.7']] });
  const lookup = checkedLookup(resolve);
  const ask = (host: string, options: { all?: boolean; family?: number }) =>
    new Promise<unknown[]>((done) => lookup(host, options, (...args: unknown[]) => done(args)));
  assert.deepEqual(await ask('news.example', { all: true }), [null, [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]]);
  assert.deepEqual(await ask('news.example', { family: 6 }), [null, '2606:2800:220:1::1', 6]);
  const [err] = await ask('intranet.example', { all: true });
  assert.ok(err instanceof PrivateAddressError && err.address === '10.0.0.7' && err.code === 'E_FETCH_PRIVATE_ADDRESS');
  const [missing] = await ask('nowhere.example', { all: true });
  assert.equal((missing as NodeJS.ErrnoException).code, 'ENOTFOUND');
});

test('DNS rebinding: a host that resolved to a public address is checked again at its next connection, and refused when it now resolves to a private one', async () => {
  // first answer public (that request goes out and fails or is answered: it only must not be refused), then loopback
  const resolve = resolver({ 'rebind.example': [['93.184.216.34'], ['127.0.0.1']] });
  const f = fetcher({ resolve, timeoutMs: 1500 });
  const first = (await readUrl(`http://rebind.example:${port}/page`, f)).results[0];
  assert.ok(first.ok || first.code !== 'E_FETCH_PRIVATE_ADDRESS', JSON.stringify(first));
  const before = hits.length;
  const second = (await readUrl(`http://rebind.example:${port}/page`, f)).results[0];
  assert.ok(!second.ok && second.code === 'E_FETCH_PRIVATE_ADDRESS', JSON.stringify(second));
  assert.match(second.ok ? '' : second.message, /resolves to 127\.0\.0\.1/);
  assert.equal(hits.length, before, 'the server on 127.0.0.1 was never asked');
  assert.deepEqual(resolve.calls, ['rebind.example', 'rebind.example']);
});

test('a host the user named is fetched at its private address, and so is any URL on the same host and port, but no other', async () => {
  const f = fetcher({ trustedUrls: [`${base}/feed.xml`] });
  const page = await readUrl(`${base}/page`, f);
  assert.ok(page.results[0].ok, JSON.stringify(page.results[0]));
  // a redirect on the trusted host stays trusted
  const hop = await readUrl(`${base}/to?${encodeURIComponent(`${base}/page`)}`, f);
  assert.ok(hop.results[0].ok, JSON.stringify(hop.results[0]));
  // the same address under another host name, or another port, is not the host the user named
  for (const url of [`http://localhost:${port}/page`, `http://127.0.0.1:${port + 1}/page`]) {
    const r = (await readUrl(url, f)).results[0];
    assert.ok(!r.ok && r.code === 'E_FETCH_PRIVATE_ADDRESS', `${url}: ${JSON.stringify(r)}`);
  }
});

test('each redirect hop is checked: a trusted host redirecting to a private address elsewhere is refused', async () => {
  const resolve = resolver({ 'intranet.example': [['10.1.2.3']], localhost: [['127.0.0.1', '::1']] });
  const f = fetcher({ trustedUrls: [base], resolve });
  for (const target of ['http://169.254.169.254/latest/meta-data/', 'http://intranet.example/secret', `http://localhost:${port}/page`]) {
    const url = `${base}/to?${encodeURIComponent(target)}`;
    const r = (await readUrl(url, f)).results[0];
    assert.ok(!r.ok && r.code === 'E_FETCH_PRIVATE_ADDRESS', `${target}: ${JSON.stringify(r)}`);
    assert.equal(r.ok ? '' : r.origin, url, 'the failure names the URL asked for');
    assert.ok(!r.ok && r.message.startsWith(`${target} resolves to `), r.ok ? '' : r.message);
  }
});

test('a redirect from a host the user did not name into a trusted private host is refused (change review)', async () => {
  // a public page (served here by a stand-in fetch) that redirects to the user's own private host
  const outside = 'http://news.example/story';
  const doFetch = ((input: string | URL | Request, init?: RequestInit) =>
    String(input) === outside ? Promise.resolve(new Response(null, { status: 302, headers: { location: `${base}/page` } })) : fetch(input, init)) as typeof fetch;
  const f = fetcher({ trustedUrls: [base], fetch: doFetch, resolve: resolver({ 'news.example': [['93.184.216.34']] }) });
  const r = (await readUrl(outside, f)).results[0];
  assert.ok(!r.ok && r.code === 'E_FETCH_PRIVATE_ADDRESS', JSON.stringify(r));
  // near miss: the trusted host's own page is still fetched
  assert.ok((await readUrl(`${base}/page`, f)).results[0].ok);
});

test('allowPrivateAddresses fetches private addresses as any other', async () => {
  const r = (await readUrl(`http://localhost:${port}/page`, fetcher({ allowPrivateAddresses: true }))).results[0];
  // localhost may resolve to ::1 first, where nothing listens: only the refusal is ruled out
  assert.ok(r.ok || r.code !== 'E_FETCH_PRIVATE_ADDRESS', JSON.stringify(r));
  const literal = (await readUrl(`${base}/page`, fetcher({ allowPrivateAddresses: true }))).results[0];
  assert.ok(literal.ok, JSON.stringify(literal));
});

test('readInputs trusts the URLs it is given, with its own fetcher or the caller\'s', async () => {
  const read = async (options: Parameters<typeof readInputs>[1] = {}) => {
    const results: ReadResult[] = [];
    for await (const r of readInputs([`${base}/page`], options)) results.push(r);
    return results;
  };
  assert.deepEqual((await read()).map((r) => r.ok), [true]);
  assert.deepEqual((await read({ fetcher: fetcher() })).map((r) => r.ok), [true]);
});
