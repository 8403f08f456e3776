/**
 * The Redis URL of the job queue, as the `--redis` option takes it: `redis://[user:password@]host[:port][/db]`, or
 * `rediss://…` for TLS (ioredis reads both).
 */

/** The Redis URL used when neither `--redis` nor the environment variable `DETENTE_REDIS_URL` gives one. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * The Redis URL to use: the one given, else `env.DETENTE_REDIS_URL`, else {@link DEFAULT_REDIS_URL}.
 * @param given the `--redis` value, if any
 * @param env the environment (default process.env)
 * @returns the URL
 */
export function redisUrlOrDefault(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return given ?? (env.DETENTE_REDIS_URL || DEFAULT_REDIS_URL);
}

/**
 * Whether `url` is a Redis URL ioredis can connect to (scheme `redis:` or `rediss:`, a host).
 * @param url the `--redis` value
 * @returns true for a usable URL
 */
export function isRedisUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The URL as it may be shown in messages and logs: without its password (`redis://:secret@host` →
 * `redis://host`, `redis://user:secret@host` → `redis://user@host`).
 * @param url a Redis URL
 * @returns the printable form (the input unchanged when it is no URL)
 */
export function displayRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/([^@/]*):[^@/]*@/, '//$1@');
  }
}
