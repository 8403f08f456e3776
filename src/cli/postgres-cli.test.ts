// The CLI against a PostgreSQL store: `detente ingest <dir> --db postgres://…`, then the query commands, whose output
// must be the SQLite store's for the same input. Runs when DETENTE_TEST_PG_URL is set (`source .ci/services`);
// skipped with the reason otherwise, except in CI (CI=true), where it fails.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cliNodeArgs, REPO_ROOT } from './test-cli-args.js';
import { PG_SKIP, postgresBackend, sqliteBackend } from '../store/test-stores.js';

/** Runs the CLI from source in a child process, without waiting for the others. */
function detente(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliNodeArgs(args), { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * GDELT rows without their DATEADDED column (the next to last: when each store stored the event, which differs
 * between two ingests); other output unchanged.
 */
function withoutDateAdded(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      return cells.length === 61 ? [...cells.slice(0, 59), cells[60]].join('\t') : line;
    })
    .join('\n');
}

describe('the CLI with a postgres:// --db', { skip: PG_SKIP }, () => {
  const pg = postgresBackend();
  const lite = sqliteBackend();
  after(async () => {
    await pg.dispose();
    await lite.dispose();
  });

  test('ingest stores the examples in PostgreSQL, a second ingest adds nothing, and events, quotes, entities and export print what they print for SQLite', async () => {
    const url = await pg.freshLocation();
    const file = await lite.freshLocation();
    const examples = join(REPO_ROOT, 'examples', 'articles');
    const [intoPg, intoLite] = await Promise.all([detente(['ingest', '--db', url, examples]), detente(['ingest', '--quiet', '--db', file, examples])]);
    assert.equal(intoPg.status, 0, intoPg.stderr);
    assert.equal(intoLite.status, 0, intoLite.stderr);
    assert.match(intoPg.stderr, /read 3 article\(s\), stored 3/);
    // the summary names the store without the password
    const password = new URL(url).password;
    assert.ok(!intoPg.stderr.includes(`:${password}@`), intoPg.stderr);
    assert.match(intoPg.stderr, /store postgres:\/\/\w+@[^:]+:\d+\/\w+.*: 3 articles/);
    // DETENTE_DB stands for --db
    const again = await detente(['ingest', examples], { ...process.env, DETENTE_DB: url });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /stored 0, already stored 3/);
    for (const args of [['events'], ['quotes'], ['entities'], ['export', '--format', 'gdelt', '--include-undated']]) {
      const [fromPg, fromLite] = await Promise.all([detente([...args, '--db', url]), detente([...args, '--db', file])]);
      assert.equal(fromPg.status, 0, fromPg.stderr);
      assert.ok(fromPg.stdout.length > 0, `${args.join(' ')} printed nothing`);
      assert.equal(withoutDateAdded(fromPg.stdout), withoutDateAdded(fromLite.stdout), `${args.join(' ')} differs between PostgreSQL and SQLite`);
    }
  });

  test('a query on a URL whose schema holds no store fails with E_STORE_OPEN and leaves the schema empty', async () => {
    const url = await pg.freshLocation();
    const r = await detente(['events', '--db', url]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /E_STORE_OPEN: cannot open PostgreSQL store .* for reading: no detente store in this schema/);
  });
});
