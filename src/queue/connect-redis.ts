import { Redis } from 'ioredis';
import { DetenteError } from '../pipeline/errors.js';
import { displayRedisUrl, isRedisUrl } from './redis-url.js';

/** Options of {@link connectRedis}. */
export interface ConnectRedisOptions {
  /**
   * Longest wait for the first connection and its PING, in ms (default 5,000). ioredis on its own retries a
   * refused or silent server for ever, so a wrong `--redis` would hang the command without a word.
   */
  timeoutMs?: number;
  /**
   * Called with each connection error after the first connection stood (Redis restarted, network gone):
   * ioredis then reconnects by itself, waiting 0.5 s, 1 s, … up to 5 s between tries, and the queue goes on
   * where it was. Without it the errors are dropped (ioredis would print them as "Unhandled error event").
   */
  onError?: (error: Error) => void;
}

/** Longest wait between two reconnection tries after a connection that stood was lost, in ms. */
const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * Opens one ioredis connection for bullmq's Queue and Worker (they duplicate it for their blocking reads)
 * and checks it with a PING. `maxRetriesPerRequest` is null as bullmq's workers require (a command waits
 * through a reconnection instead of failing).
 * @param url Redis URL (see redis-url.ts)
 * @param options first-connection timeout, error listener
 * @returns the connected client (close it with `quit()`)
 * @throws DetenteError E_QUEUE_CONNECT naming the URL (without password) and the reason — refused, unknown
 *   host, no answer within `timeoutMs`, authentication — when the URL is no Redis URL or no server answers
 */
export async function connectRedis(url: string, { timeoutMs = 5_000, onError }: ConnectRedisOptions = {}): Promise<Redis> {
  const shown = displayRedisUrl(url);
  if (!isRedisUrl(url)) {
    throw new DetenteError('E_QUEUE_CONNECT', `"${shown}" is no Redis URL: give one like redis://127.0.0.1:6379 (--redis or DETENTE_REDIS_URL)`);
  }
  // retries only once a connection has stood: the first connection fails at once, with its reason
  let stood = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => (stood ? Math.min(times * 500, MAX_RECONNECT_DELAY_MS) : null),
  });
  let firstError: Error | undefined;
  redis.on('error', (error: Error) => {
    if (!stood) firstError ??= error;
    else onError?.(error);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([
      (async () => {
        await redis.connect();
        await redis.ping();
      })(),
      timeout,
    ]);
    stood = true;
    return redis;
  } catch (error) {
    redis.disconnect();
    const reason = reasonOf(firstError ?? (error as Error));
    throw new DetenteError(
      'E_QUEUE_CONNECT',
      `cannot reach Redis at ${shown}: ${reason}; start Redis there or give another URL (--redis or DETENTE_REDIS_URL)`,
      { cause: firstError ?? error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** The reason of a connection error in a few words: the system's code ("ECONNREFUSED") with its message, or a server of another protocol. */
function reasonOf(error: Error): string {
  // ioredis's parser meets a server that answers in another protocol (an HTTP proxy, a web server)
  if (/Unknown RESP type/.test(error.message)) return `the server answers, but not as Redis does (${error.message.replace(/\s*Please report this\.?/, '')})`;
  const code = (error as NodeJS.ErrnoException).code;
  const message = error.message || String(error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}
