// Test support only (excluded from the build by tsconfig.build.json): the real Redis of the cluster tests.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import type { Redis } from 'ioredis';
import { cliNodeArgs, REPO_ROOT } from '../cli/test-cli-args.js';
import { connectRedis } from './connect-redis.js';
import { openArticleQueue, type ArticleQueue } from './article-queue.js';

/** The Redis server of the tests (`source .ci/services` exports it), or undefined. */
export const TEST_REDIS_URL = process.env.DETENTE_TEST_REDIS_URL || undefined;

/**
 * The `skip` of a test that needs Redis: a reason when DETENTE_TEST_REDIS_URL is unset, except under CI=true, where
 * the test runs and fails on {@link requireRedisUrl} (a CI without Redis must not pass by skipping).
 */
export const SKIP_NO_REDIS: string | false =
  TEST_REDIS_URL || process.env.CI === 'true' ? false : 'DETENTE_TEST_REDIS_URL is not set: `source .ci/services` starts Redis on loopback and sets it';

/**
 * The test Redis URL.
 * @throws AssertionError-like Error when it is unset (only reached under CI=true, see {@link SKIP_NO_REDIS})
 */
export function requireRedisUrl(): string {
  if (!TEST_REDIS_URL) throw new Error('CI=true but DETENTE_TEST_REDIS_URL is not set: .ci/run must source .ci/services before the tests');
  return TEST_REDIS_URL;
}

/** A queue name of one test alone (tests run in parallel against one Redis). */
export function testQueueName(what: string): string {
  return `detente-test-${what}-${process.pid}-${randomUUID().slice(0, 8)}`;
}

/** What a CLI process ended with. */
export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the CLI from source (tsx) with `args` in the repository root.
 * @returns the child process and a promise of how it ended
 */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { pid: number; kill: (signal: NodeJS.Signals) => void; done: Promise<CliRun> } {
  const child = spawn(process.execPath, cliNodeArgs(args), { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { pid: child.pid ?? -1, kill: (signal) => child.kill(signal), done };
}

/** Runs the CLI from source with `args` and waits for it. */
export function runCli(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  return startCli(args, env).done;
}

/**
 * Opens a test queue of its own ({@link testQueueName}) on the test Redis, and removes it and the connection after the
 * test.
 * @param t the test context (its `after` hook)
 * @param what a word naming the test
 */
export async function testQueue(t: { after: (fn: () => Promise<void>) => void }, what: string): Promise<{ redis: string; name: string; queue: ArticleQueue; connection: Redis }> {
  const redis = requireRedisUrl();
  const name = testQueueName(what);
  const connection = await connectRedis(redis);
  const queue = openArticleQueue(connection, name);
  t.after(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await connection.quit();
  });
  return { redis, name, queue, connection };
}
