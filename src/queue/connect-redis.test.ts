import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { connectRedis } from './connect-redis.js';
import { DetenteError } from '../pipeline/errors.js';

/** A loopback port nothing listens on: one the system just gave out and that was closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('Redis on a closed port is a clear E_QUEUE_CONNECT error naming the URL, within seconds, without its password', async () => {
  const port = await closedPort();
  const started = performance.now();
  await assert.rejects(connectRedis(`redis://:hunter2@127.0.0.1:${port}`, { timeoutMs: 3_000 }), (e: unknown) => {
    assert.ok(e instanceof DetenteError);
    assert.equal(e.code, 'E_QUEUE_CONNECT');
    assert.match(e.message, new RegExp(`redis://127\\.0\\.0\\.1:${port}`));
    assert.match(e.message, /ECONNREFUSED/);
    assert.doesNotMatch(e.message, /hunter2/);
    return true;
  });
  assert.ok(performance.now() - started < 3_500, `took ${Math.round(performance.now() - started)} ms`);
});

test('a server that accepts the connection and never answers is given up after the timeout', async () => {
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const started = performance.now();
    await assert.rejects(
      connectRedis(`redis://127.0.0.1:${port}`, { timeoutMs: 500 }),
      (e: unknown) => e instanceof DetenteError && e.code === 'E_QUEUE_CONNECT' && /at redis:\/\/127\.0\.0\.1:\d+: no answer within 0\.5 s/.test(e.message),
    );
    assert.ok(performance.now() - started < 2_000);
  } finally {
    silent.close();
  }
});

test('a URL that is no Redis URL is refused before any connection', async () => {
  await assert.rejects(connectRedis('http://127.0.0.1:6379'), (e: unknown) => e instanceof DetenteError && e.code === 'E_QUEUE_CONNECT' && /is no Redis URL/.test(e.message));
});
