import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliNodeArgs, detente, REPO_ROOT } from './test-cli-args.js';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';

/** One WARC response record of an HTML page (made up for this test). */
function warcRecord(url: string, html: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-03-12T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${url.length}-test>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

const page = (title: string, paragraph: string, times: number) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${paragraph}</p>`.repeat(times)}</article></body></html>`;

test('--max-record-mb sets the size limit of one WARC record; the record over it fails alone with a message naming the option', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-max-record-'));
  try {
    const path = join(dir, 'crawl.warc');
    writeFileSync(path, Buffer.concat([
      // ~1.3 MiB of HTML, then a small page
      warcRecord('http://news.example/long', page('Port strike goes on', 'Dock workers in Ostrev stayed out for a third week, the union said on Monday, as talks with the shipping company stalled again.', 10_000)),
      warcRecord('http://news.example/short', `<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>${[
        'The ferry between Ostrev and Marl resumed on Tuesday after six weeks of repairs to the harbour wall, the port authority said.',
        'About 2,000 passengers a day used the crossing before it closed, most of them commuters to the shipyards on the far shore.',
        '"We are glad to have our boats back," the mayor of Marl told reporters at the quay, adding that the town had lost trade.',
        'The authority said the wall would be inspected again in the spring and that the timetable would return to normal next week.',
        'Fares will stay at last year\'s level until the end of the year, the operator said in a statement on its website.',
      ].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
    ]));
    const r = detente(['ingest', '--db', join(dir, 'a.db'), '--article-timeout', '0', '--max-record-mb', '1', path]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /E_INGEST_TOO_LARGE: .*record of \d+ bytes is over the 1 MiB limit for one WARC record; skipped \(raise the limit with --max-record-mb\)/);
    assert.match(r.stderr, /stored 1\b/);
    const raised = detente(['ingest', '--db', join(dir, 'b.db'), '--article-timeout', '0', '--max-record-mb', '2', path]);
    // read now: what fails is the per-article text limit, not the record size
    assert.doesNotMatch(raised.stderr, /limit for one WARC record/);
    assert.match(raised.stderr, /stored 1\b/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--max-fetch-mb sets the size limit of a fetched body; a page over it fails with E_FETCH_TOO_LARGE naming the option', async () => {
  const body = page('Port strike goes on', 'Dock workers in Ostrev stayed out for a third week, the union said on Monday.', 16_000);
  // no Content-Length (chunked): the limit is met while reading
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'detente-max-fetch-'));
  try {
    const child = spawn(process.execPath, cliNodeArgs(['ingest', '--db', join(dir, 'x.db'), '--max-fetch-mb', '1', `http://127.0.0.1:${port}/story`]), { cwd: REPO_ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 1, stderr);
    assert.match(stderr, /E_FETCH_TOO_LARGE: .*body over the 1 MiB limit for one fetched body; not read further \(raise the limit with --max-fetch-mb\)/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--max-fetch-mb (default 10) and --max-record-mb (default 16) are options of the commands that fetch and read crawls', async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  const option = (command: string, long: string) => program.commands.find((c) => c.name() === command)?.options.find((o) => o.long === long)?.defaultValue;
  for (const name of ['ingest', 'enqueue', 'watch']) assert.equal(option(name, '--max-fetch-mb'), 10, name);
  for (const name of ['ingest', 'enqueue']) assert.equal(option(name, '--max-record-mb'), 16, name);
  for (const name of ['ingest', 'watch', 'worker']) assert.equal(option(name, '--article-timeout'), 60, name);
});
