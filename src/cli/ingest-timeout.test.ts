import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

test('ingest --timeout sets how long a URL may take to answer; seconds or a duration as watch takes it (1 or 1s); zero or no duration is refused', async () => {
  // a server that accepts connections and never answers
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'detente-timeout-'));
  try {
    const r = detente(['ingest', '--db', join(dir, 'x.db'), '--timeout', '1', `http://127.0.0.1:${port}/story`]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /E_FETCH_TIMEOUT: .*no complete answer within 1000 ms/);
    const unit = detente(['ingest', '--db', join(dir, 'x.db'), '--timeout', '1s', `http://127.0.0.1:${port}/story`]);
    assert.equal(unit.status, 1, unit.stderr);
    assert.match(unit.stderr, /E_FETCH_TIMEOUT: .*no complete answer within 1000 ms/);
    const bad = detente(['ingest', '--db', join(dir, 'x.db'), '--timeout', '0', `http://127.0.0.1:${port}/story`]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--timeout <duration>.*invalid duration "0"/);
    const soon = detente(['ingest', '--db', join(dir, 'x.db'), '--timeout', 'soon', `http://127.0.0.1:${port}/story`]);
    assert.equal(soon.status, 1);
    assert.match(soon.stderr, /--timeout <duration>.*invalid duration "soon"/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingest --help shows --timeout's default as the duration it is (20s), not the milliseconds it parses to", () => {
  const help = detente(['ingest', '--help']).stdout.replace(/\s+/g, ' ');
  assert.match(help, /--timeout <duration> .*\(default: 20s\)/);
  assert.doesNotMatch(help, /default: 20000/);
});
