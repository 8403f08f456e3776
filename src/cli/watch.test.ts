import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cliNodeArgs } from './test-cli-args.js';
import { parseDuration } from './duration.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the CLI from source in a child process (asynchronously: the test's own HTTP server must keep answering). */
async function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, cliNodeArgs(args), { cwd: root });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  return { code, stderr };
}

/** Starts `server` on a free local port. @returns the port */
async function listenLocal(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

const item = (n: number, text: string) =>
  `<item><title>Harbour story ${n}</title><link>__BASE__/story/${n}</link><pubDate>Tue, 02 Apr 2024 0${n}:00:00 GMT</pubDate><description>${text}</description></item>`;
const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour wire</title><link>__BASE__/</link><description>test</description>
${item(1, 'The port authority of Valmara approved a new container terminal on Monday after a long dispute with fishermen.')}
${item(2, 'Dock workers in Ostrev ended a three-day strike after the shipping company agreed to raise wages by six percent.')}
</channel></rss>`;
const PAGE = (n: number) =>
  `<!doctype html><html><head><title>Harbour story ${n}</title><meta property="article:published_time" content="2024-04-02T0${n}:00:00Z"></head><body><article><h1>Harbour story ${n}</h1>
<p>This is the full text of harbour story number ${n}, written for the watch test, with several sentences so that the reader keeps it.</p>
<p>Officials from the port authority said the plan would be reviewed again next year, and unions said they would keep watching closely.</p></article></body></html>`;

/** Answers the test feed with ETag "v1", or 304 when the request already holds it. */
function answerFeed(req: IncomingMessage, res: ServerResponse, base: string): void {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
  res.end(FEED.replaceAll('__BASE__', base));
}

/** The local news site of a watch test: see {@link feedSite}. */
interface FeedSite {
  /** the feed's URL */
  feed: string;
  /** a store path in a temporary folder of the test's own */
  db: string;
  /** every request, as `path if-none-match` ('' when absent) */
  requests: string[];
  /** the paths of the story pages asked for, in order */
  storyRequests(): string[];
  /** the if-none-match header of each feed request ('' when absent) */
  feedRequests(): string[];
  /** whether a story page answers now (changeable during the test): see {@link feedSite} */
  pagesUp: boolean | ((path: string, tries: number) => boolean);
  /** stops the server and removes the temporary folder */
  close(): void;
}

/**
 * Starts the local news site of a watch test: the test feed at /feed ({@link answerFeed}), the pages of its stories at
 * /story/N while they are up (503 while down), 404 for anything else, and a temporary folder for the store.
 * @param pagesUp whether story pages answer (default true); a function is asked per request with the path and how
 *   often it was asked for, this time included
 * @param page the HTML of story n (default {@link PAGE}), given the site's base URL
 */
async function feedSite({ pagesUp = true, page = (n: number) => PAGE(n) }: { pagesUp?: FeedSite['pagesUp']; page?: (n: number, base: string) => string } = {}): Promise<FeedSite> {
  const requests: string[] = [];
  const storyRequests = () => requests.map((r) => r.split(' ')[0]).filter((u) => u.startsWith('/story/'));
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${url} ${req.headers['if-none-match'] ?? ''}`);
    const base = `http://${req.headers.host}`;
    if (url === '/feed') answerFeed(req, res, base);
    else if (url === '/feed-plain') {
      // the same feed without validators: every poll reads it whole
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED.replaceAll('__BASE__', base));
    }
    else if (url.startsWith('/story/')) {
      const up = typeof site.pagesUp === 'function' ? site.pagesUp(url, storyRequests().filter((u) => u === url).length) : site.pagesUp;
      res.writeHead(up ? 200 : 503, up ? { 'content-type': 'text/html; charset=utf-8' } : {});
      res.end(up ? page(Number(url.slice(7)), base) : undefined);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const port = await listenLocal(server);
  const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
  const site: FeedSite = {
    feed: `http://127.0.0.1:${port}/feed`,
    db: join(dir, 'w.db'),
    requests,
    storyRequests,
    feedRequests: () => requests.filter((r) => r.startsWith('/feed ')).map((r) => r.slice(6)),
    pagesUp,
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return site;
}

test('watch polls a feed, stores its items with their pages, and fetches nothing new on the next poll', { timeout: 120_000 }, async () => {
  const site = await feedSite();
  try {
    const args = ['watch', site.feed, '--db', site.db, '--every', '1s', '--rounds', '2', '--follow', '--per-host', '100ms'];
    const { code, stderr } = await runCli(args);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /round 1: .*: 2 item\(s\)/);
    assert.match(stderr, /round 2: .*: not modified/);
    assert.match(stderr, /^round 2: read 0 article\(s\), stored 0/m);
    assert.equal(site.storyRequests().length, 2);
    assert.ok(site.requests.includes('/feed "v1"'), 'the second poll is conditional');
    const d = new Database(site.db, { readonly: true });
    const rows = d.prepare('SELECT url, text FROM articles ORDER BY url').all() as { url: string; text: string }[];
    d.close();
    assert.equal(rows.length, 2);
    assert.match(rows[0].text, /full text of harbour story number 1/);
  } finally {
    site.close();
  }
});

test('a watch whose feeds are all unreachable exits 1 and leaves no database file it created', { timeout: 60_000 }, async () => {
  // a server that is closed again: its port refuses connections
  const server = createServer();
  const port = await listenLocal(server);
  await new Promise<void>((r) => server.close(() => r()));
  const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
  try {
    const db = join(dir, 'w.db');
    const { code, stderr } = await runCli(['watch', `http://127.0.0.1:${port}/feed`, '--db', db, '--rounds', '1']);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /round 1: .*: failed/);
    assert.match(stderr, /store .*w\.db: removed again \(this run created it, and no poll reached a feed\)/);
    assert.equal(existsSync(db), false);
    assert.equal(existsSync(`${db}-wal`), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch --follow says which item pages it could not read and stores the feed summary with that warning', { timeout: 120_000 }, async () => {
  const site = await feedSite({ pagesUp: false });
  try {
    const args = ['watch', site.feed, '--db', site.db, '--rounds', '1', '--follow', '--per-host', '100ms'];
    const { code, stderr } = await runCli(args);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /warning: http:\/\/127\.0\.0\.1:\d+\/story\/1: the page could not be read \(.*\); the feed's summary is stored instead/);
    const d = new Database(site.db, { readonly: true });
    const rows = d.prepare('SELECT issues FROM articles').all() as { issues: string }[];
    d.close();
    assert.equal(rows.length, 2);
    for (const r of rows) assert.match(r.issues, /W_INGEST_PAGE/);
  } finally {
    site.close();
  }
});

test('watch --follow tries a page that failed once again in the next round, and the page replaces the stored summary', { timeout: 120_000 }, async () => {
  // story 1 is unavailable the first time it is asked for
  const site = await feedSite({ pagesUp: (path, tries) => !(path === '/story/1' && tries === 1) });
  try {
    const { code, stderr } = await runCli(['watch', site.feed, '--db', site.db, '--every', '1s', '--rounds', '3', '--follow', '--per-host', '100ms']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /story\/1: the page could not be read .*tried again in the next rounds/);
    assert.match(stderr, /round 2: 1 page\(s\) read on a later try/);
    assert.deepEqual(site.storyRequests().sort(), ['/story/1', '/story/1', '/story/2'], 'a page read is not fetched again');
    const d = new Database(site.db, { readonly: true });
    const rows = d.prepare('SELECT url, text, issues FROM articles ORDER BY url').all() as { url: string; text: string; issues: string }[];
    const dups = d.prepare('SELECT kind, url FROM duplicates').all() as { kind: string; url: string }[];
    d.close();
    assert.equal(rows.length, 2, 'nothing stored twice');
    assert.match(rows[0].url, /\/story\/1$/);
    assert.match(rows[0].text, /full text of harbour story number 1/);
    assert.doesNotMatch(rows[0].issues ?? '', /W_INGEST_PAGE/);
    assert.deepEqual(dups.map((x) => x.kind), ['fuller'], 'the summary is linked to the page that replaced it');
  } finally {
    site.close();
  }
});

test('watch --follow started again reads the whole feed first, so a page that failed in an earlier watch is tried again', { timeout: 180_000 }, async () => {
  let pagesUp = false;
  const site = await feedSite({ pagesUp: (path) => pagesUp || path === '/story/2' });
  try {
    const args = ['watch', site.feed, '--db', site.db, '--every', '1s', '--follow', '--per-host', '100ms'];
    const first = await runCli([...args, '--rounds', '1']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /story\/1: the page could not be read/);
    pagesUp = true;
    const second = await runCli([...args, '--rounds', '2']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(site.feedRequests().slice(0, 3), ['', '', '"v1"'], 'each watch reads the whole feed at its first poll, then asks conditionally');
    assert.match(second.stderr, /round 2: 1 page\(s\) read on a later try/);
    const d = new Database(site.db, { readonly: true });
    const rows = d.prepare('SELECT url, text FROM articles ORDER BY url').all() as { url: string; text: string }[];
    d.close();
    assert.equal(rows.length, 2, 'nothing stored twice');
    assert.match(rows[0].text, /full text of harbour story number 1/);
  } finally {
    site.close();
  }
});

test('watch --follow recognises an item whose page names another canonical URL: a later watch neither fetches its page again nor stores its summary beside it', { timeout: 180_000 }, async () => {
  // the page names its canonical address, which is not the feed's link to it
  const site = await feedSite({ page: (n, base) => PAGE(n).replace('<head>', `<head><link rel="canonical" href="${base}/news/2024/harbour-${n}">`) });
  try {
    const args = ['watch', site.feed, '--db', site.db, '--every', '1s', '--rounds', '1', '--follow', '--per-host', '100ms'];
    const first = await runCli(args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(site.storyRequests().length, 2);
    // the pages are down now: a watch that did not recognise the items would fetch them, fail and store the summaries
    site.pagesUp = false;
    const second = await runCli(args);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(site.storyRequests().length, 2, 'a page already stored is not fetched again');
    assert.doesNotMatch(second.stderr, /could not be read/);
    const d = new Database(site.db, { readonly: true });
    const rows = d.prepare('SELECT url, text FROM articles ORDER BY url').all() as { url: string; text: string }[];
    d.close();
    assert.equal(rows.length, 2, 'nothing stored twice');
    for (const r of rows) assert.match(r.text, /full text of harbour story number/);
  } finally {
    site.close();
  }
});

test('a feed that fails to read keeps no validators: the next round reads it again and fails again, never "not modified"', { timeout: 120_000 }, async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') {
      if (req.headers['if-none-match'] === '"bad"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"bad"' });
      res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>A <item</title></item></channel></rss>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const port = await listenLocal(server);
  const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
  try {
    const db = join(dir, 'w.db');
    const { code, stderr } = await runCli(['watch', `http://127.0.0.1:${port}/feed`, '--db', db, '--every', '1s', '--rounds', '2']);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /round 1: .*: 0 item\(s\), 1 failed/);
    assert.match(stderr, /round 2: .*: 0 item\(s\), 1 failed/);
    assert.doesNotMatch(stderr, /not modified/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});


test('a feed with one broken item among good ones stores the good items once, reports the broken one, and is not fetched again while unchanged (304)', { timeout: 120_000 }, async () => {
  const requests: string[] = [];
  // written for this test: item 2 has an unclosed <b> in its description
  const body = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Half broken</title><link>http://example.org/</link>
${item(1, 'The port authority of Valmara approved a new container terminal on Monday after a long dispute with fishermen.').replaceAll('__BASE__', 'http://example.org')}
<item><title>Broken item</title><link>http://example.org/b</link><description>Dock workers <b>ended a strike</description></item>
${item(3, 'Ferry crews in Ostrev ended a three-day strike after the shipping company agreed to raise wages by six percent.').replaceAll('__BASE__', 'http://example.org')}
</channel></rss>`;
  const server = createServer((req, res) => {
    requests.push(`${req.url} ${req.headers['if-none-match'] ?? ''}`);
    if (req.headers['if-none-match'] === '"half"') {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"half"' });
    res.end(body);
  });
  const port = await listenLocal(server);
  const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
  try {
    const db = join(dir, 'w.db');
    const { code, stderr } = await runCli(['watch', `http://127.0.0.1:${port}/feed`, '--db', db, '--every', '1s', '--rounds', '2']);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /round 1: .*: 2 item\(s\), 1 failed/);
    assert.match(stderr, /\/feed#2: E_INGEST_FORMAT/);
    assert.match(stderr, /round 2: .*: not modified/);
    assert.deepEqual(requests, ['/feed ', '/feed "half"']);
    const d = new Database(db, { readonly: true });
    assert.equal(d.prepare('SELECT count(*) FROM articles').pluck().get(), 2);
    d.close();
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
test('watch --log-format json writes one round event per round with each feed\'s status, counts and failure reason', { timeout: 120_000 }, async () => {
  const site = await feedSite();
  try {
    const plain = site.feed.replace(/\/feed$/, '/feed-plain');
    const missing = site.feed.replace(/\/feed$/, '/gone');
    const { code, stderr } = await runCli(['watch', site.feed, plain, missing, '--db', site.db, '--every', '1s', '--rounds', '2', '--per-host', '100ms', '--log-format', 'json']);
    assert.equal(code, 1, stderr);
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rounds = lines.filter((l) => l.event === 'round');
    assert.deepEqual(rounds.map((r) => [r.round, r.level]), [[1, 'warn'], [2, 'warn']]);
    const feeds = rounds.map((r) => (r.feeds as Record<string, unknown>[]).map((f) => [f.status, f.items, f.new, f.failed]));
    assert.deepEqual(feeds, [
      [['new', 2, 2, 0], ['new', 2, 2, 0], ['failed', 0, 0, 1]],
      [['not_modified', 0, 0, 0], ['unchanged', 2, 0, 0], ['failed', 0, 0, 1]],
    ]);
    const gone = (rounds[1].feeds as Record<string, unknown>[])[2];
    assert.equal(gone.url, missing);
    assert.equal(gone.reason, 'E_FETCH_STATUS: HTTP 404 Not Found');
    assert.equal((rounds[0].feeds as Record<string, unknown>[])[0].reason, null);
    // each round event comes before that round's summary, and nothing is written as text
    assert.deepEqual(lines.filter((l) => l.event === 'round' || l.event === 'summary').map((l) => l.event), ['round', 'summary', 'round', 'summary']);
  } finally {
    site.close();
  }
});

test('durations read as seconds, minutes and hours', () => {
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('20'), 20_000, 'a bare number is seconds, as ingest --timeout reads it');
  assert.equal(parseDuration('20', { ms: 1000, option: '--timeout' }), 20_000);
  // a large bare number was milliseconds before: refused rather than read as hours
  assert.throws(() => parseDuration('20000'), /ambiguous duration "20000": a bare number is seconds .*20000s or 20000ms/);
  assert.equal(parseDuration('999'), 999_000);
  assert.throws(() => parseDuration('soon'), /invalid duration/);
  assert.throws(() => parseDuration('0'), /invalid duration/);
  assert.throws(() => parseDuration('0s'), /invalid duration/);
  assert.throws(() => parseDuration('500ms', { ms: 1000, option: '--every' }), /--every "500ms" is too short: at least 1s/);
  assert.equal(parseDuration('1s', { ms: 1000, option: '--every' }), 1000);
});

test('watch --follow fetches no item page at a private address on a host the command line does not name: each is a failure, its summary is stored, and --allow-private-urls fetches them', { timeout: 180_000 }, async () => {
  const stories: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const base = `http://127.0.0.1:${port}`;
    if (url === '/feed' || url === '/feed-local') {
      // the feed's host is the one named; its items link to the same server under another name, to 127.0.0.2 in decimal
      // (any spelling of 127.0.0.1 is the host named: the URL parser makes it 127.0.0.1) and to the metadata address
      const links = [`${base}/story/1`, `http://localhost:${port}/story/2`];
      if (url === '/feed') links.push(`http://2130706434:${port}/story/3`, 'http://169.254.169.254/latest/meta-data/');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour wire</title><link>${base}/</link><description>test</description>
${links.map((link, i) => item(i + 1, `Story ${i + 1}: the port authority of Valmara met dock workers in Ostrev about wages and a new container terminal.`).replace('__BASE__/story/' + (i + 1), link)).join('\n')}
</channel></rss>`);
    } else if (url.startsWith('/story/')) {
      stories.push(`${req.headers.host} ${url}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE(Number(url.slice(7))));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const port = await listenLocal(server);
  const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
  try {
    const db = join(dir, 'w.db');
    // three rounds: the refused pages are stored as summaries in round 1, seen again in round 2, and not tried in round 3
    const refused = await runCli(['watch', `http://127.0.0.1:${port}/feed`, '--db', db, '--every', '1s', '--rounds', '3', '--follow', '--per-host', '100ms']);
    assert.equal(refused.code, 1, refused.stderr);
    assert.deepEqual(stories, [`127.0.0.1:${port} /story/1`], 'only the page on the host named was asked for');
    assert.match(refused.stderr, new RegExp(`http://localhost:${port}/story/2: E_FETCH_PRIVATE_ADDRESS: resolves to (127\\.0\\.0\\.1|::1), a loopback address .*pass --allow-private-urls`));
    assert.match(refused.stderr, new RegExp(`http://127\\.0\\.0\\.2:${port}/story/3: E_FETCH_PRIVATE_ADDRESS: resolves to 127\\.0\\.0\\.2, a loopback address`));
    assert.match(refused.stderr, /http:\/\/169\.254\.169\.254\/latest\/meta-data\/: E_FETCH_PRIVATE_ADDRESS: .*a link-local address/);
    assert.match(refused.stderr, /^round 1: read 4 article\(s\), stored 4.* failed 3/m);
    assert.doesNotMatch(refused.stderr, /read on a later try|could not be read/, 'a refused page is not tried again');
    assert.doesNotMatch(refused.stderr, /^round [23]: .*failed [1-9]/m);
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT url, text, issues FROM articles ORDER BY url').all() as { url: string; text: string; issues: string | null }[];
    d.close();
    assert.equal(rows.length, 4, 'each item is stored: the page, or the feed summary');
    assert.equal(rows.filter((r) => /full text of harbour story/.test(r.text)).length, 1);
    assert.equal(rows.filter((r) => /its address is not public/.test(r.issues ?? '')).length, 3);

    stories.length = 0;
    const allowed = await runCli(['watch', `http://127.0.0.1:${port}/feed-local`, '--db', join(dir, 'a.db'), '--rounds', '1', '--follow', '--per-host', '100ms', '--allow-private-urls']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(stories.map((s) => s.split(' ')[1]).sort(), ['/story/1', '/story/2']);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
