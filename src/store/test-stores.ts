// Test support only (excluded from the build by tsconfig.build.json): the two store back ends, each able to give a
// fresh empty location, for the contract tests (store-contract.test.ts) and the CLI's PostgreSQL test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL server the tests use (.ci/services exports it), or undefined. */
export const TEST_PG_URL = process.env.DETENTE_TEST_PG_URL || undefined;

/**
 * Why the PostgreSQL tests are skipped, or false to run them: they run when DETENTE_TEST_PG_URL is set, and in CI
 * (CI=true) they always run, so that a CI without the server fails instead of passing them by.
 */
export const PG_SKIP: string | false =
  TEST_PG_URL || process.env.CI === 'true' ? false : 'DETENTE_TEST_PG_URL is not set: `source .ci/services` starts PostgreSQL and sets it';

/** A back end under test: fresh empty locations, cleaned up by `dispose`. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** false to run, else the reason to skip */
  skip: string | false;
  /** A location (SQLite file path or postgres:// URL) where no store exists yet. */
  freshLocation(): Promise<string>;
  /** Removes every location handed out. */
  dispose(): Promise<void>;
}

/** SQLite files in a temporary folder of their own. */
export function sqliteBackend(): TestBackend {
  let dir: string | null = null;
  let n = 0;
  return {
    name: 'sqlite',
    skip: false,
    async freshLocation() {
      dir ??= mkdtempSync(join(tmpdir(), 'detente-contract-'));
      return join(dir, `s${++n}.db`);
    },
    async dispose() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Schemas of their own in the test database: each location is the test URL with `search_path` set to a new
 * schema (`detente_t<pid>_<n>`), all dropped by `dispose`.
 * @throws Error (from freshLocation) when DETENTE_TEST_PG_URL is unset, saying so: in CI the tests then fail
 */
export function postgresBackend(): TestBackend {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    skip: PG_SKIP,
    async freshLocation() {
      if (!TEST_PG_URL) throw new Error('CI=true but DETENTE_TEST_PG_URL is not set: the PostgreSQL store tests must run in CI (source .ci/services)');
      const schema = `detente_t${process.pid}_${schemas.length + 1}`;
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      return withSearchPath(TEST_PG_URL, schema);
    },
    async dispose() {
      if (schemas.length) await adminQuery(schemas.map((s) => `DROP SCHEMA IF EXISTS ${s} CASCADE;`).join(' '));
    },
  };
}

/** `url` with its connection's search_path set to `schema` (libpq's `options` parameter). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Runs SQL on the test server with a connection of its own. */
export async function adminQuery(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
