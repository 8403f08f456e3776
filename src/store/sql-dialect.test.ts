import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { POSTGRES_DIALECT, SQLITE_DIALECT } from './sql-dialect.js';
import { PG_SKIP, TEST_PG_URL } from './test-stores.js';

/** A period's first day and precision → the last day each dialect computes. */
const CASES: readonly (readonly [string, string, string])[] = [
  ['2023-06-01', 'season', '2023-08-31'],
  ['2022-12-01', 'season', '2023-02-28'],
  ['2023-02-01', 'month', '2023-02-28'],
  ['2023-01-01', 'year', '2023-12-31'],
  ['2023-06-19', 'week', '2023-06-25'],
  ['2023-06-19', 'day', '2023-06-19'],
];

test('SQLite: the last day of a season (three months), a month, a year, a week, a day', () => {
  const db = new Database(':memory:');
  try {
    for (const [date, precision, last] of CASES) {
      const got = db.prepare(`SELECT ${SQLITE_DIALECT.periodLastDay('@date', '@precision')} AS d`).get({ date, precision }) as { d: string };
      assert.equal(got.d, last, `${date} ${precision}`);
    }
  } finally {
    db.close();
  }
});

test('PostgreSQL: the same last days', { skip: PG_SKIP }, async () => {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    for (const [date, precision, last] of CASES) {
      const r = await client.query(`SELECT ${POSTGRES_DIALECT.periodLastDay('$1::text', '$2::text')} AS d`, [date, precision]);
      assert.equal(r.rows[0].d, last, `${date} ${precision}`);
    }
  } finally {
    await client.end();
  }
});
