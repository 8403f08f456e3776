import { Option } from 'commander';
import { DEFAULT_REDIS_URL } from '../queue/redis-url.js';
import { DEFAULT_QUEUE_NAME } from '../queue/defaults.js';

/** The environment variable that gives `--redis` when the option is not on the command line. */
export const REDIS_ENV = 'DETENTE_REDIS_URL';

/**
 * The `--redis <url>` option of `enqueue`, `worker` and `queue`: the Redis server of the job queue, from
 * {@link REDIS_ENV} when not given, else {@link DEFAULT_REDIS_URL}. A URL with a password is best given through
 * the environment, so it stays out of the shell history and the process list.
 * @returns the commander option
 */
export function redisOption(): Option {
  return new Option('--redis <url>', 'Redis server of the job queue (redis://[user:password@]host[:port][/db], rediss:// for TLS)').env(REDIS_ENV).default(DEFAULT_REDIS_URL);
}

/**
 * The `--queue <name>` option of `enqueue`, `worker` and `queue`: several queues can share one Redis server
 * (one per project or per store).
 * @returns the commander option
 */
export function queueOption(): Option {
  return new Option('--queue <name>', 'queue name').default(DEFAULT_QUEUE_NAME);
}
