// The README's query example ("Querying a store") run as written, with 'detente/store' and 'detente/query' pointed at
// their sources; and the package's "./query" entry imported by its name, as a library user's project imports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from './store/open-store.js';
import { sample } from './store/test-analyses.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The ```ts block after the `<!-- query-example -->` marker of the README. */
function queryExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('<!-- query-example -->');
  assert.ok(at >= 0, 'the README has the query example marker');
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(block, 'a ts block follows the marker');
  return block[1];
}

test('the README query example runs as written: the most active dyads, and a quarterly series with its empty quarters', async () => {
  const code = queryExample()
    .replace(/from 'detente\/store'/g, `from '${new URL('./store/index.ts', import.meta.url).href}'`)
    .replace(/from 'detente\/query'/g, `from '${new URL('./query/index.ts', import.meta.url).href}'`);
  assert.ok(!/from 'detente/.test(code), 'every import is one of the two entries');
  const dir = mkdtempSync(join(tmpdir(), 'detente-readme-query-'));
  try {
    // made-up events: two government meetings in the first quarter, one in the third, a military one that is no
    // government's
    const store = await openStore(join(dir, 'news.db'));
    await store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
    const events: [string, string, string][] = [['USAGOV', 'JPNGOV', '2024-02-06'], ['JPNGOV', 'USAGOV', '2024-03-19'], ['USAGOV', 'JPNGOV', '2024-08-13'], ['USAMIL', 'JPNGOV', '2024-05-07']];
    await store.saveBatch(
      events.map(([source, target, date], i) => {
        const a = sample(`q${i}`, `Story ${i}: envoys of ${source} met ${target} on ${date}.`);
        Object.assign(a.article, { published: date });
        Object.assign(a.events[0], { source: { actor: source, name: source, entity: null }, target: { actor: target, name: target, entity: null }, date });
        return a;
      }),
      'r0',
    );
    await store.close();
    writeFileSync(join(dir, 'example.mts'), code);
    const out = execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), 'example.mts'], { cwd: dir, encoding: 'utf8' });
    assert.match(out, /^JPN-USA 4 1\.9$/m);
    assert.match(out, /^2024-Q1 2 \[ 2, 0, 0, 0 \] 1\.9$/m);
    assert.match(out, /^2024-Q2 0 \[ 0, 0, 0, 0 \] null$/m);
    assert.match(out, /^2024-Q3 1 /m);
    assert.match(out, /^2024-Q4 0 /m);
    assert.match(out, /^insufficient data$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('package.json exports "./query" with its types, and a project imports it by the package name', (t) => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; import: string }> };
  assert.deepEqual(pkg.exports['./query'], { types: './dist/query/index.d.ts', import: './dist/query/index.js' });
  // the entry is built code: after `npm run build` (npm test builds first)
  if (!existsSync(join(ROOT, 'dist/query/index.js'))) return t.skip('dist/query/index.js is not built (npm run build)');
  assert.ok(existsSync(join(ROOT, pkg.exports['./query'].types)), 'the declarations are built beside it');
  const dir = mkdtempSync(join(tmpdir(), 'detente-query-entry-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'detente'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'a-user-project', type: 'module', private: true }));
    writeFileSync(
      join(dir, 'use.mjs'),
      "import { dyadSeries, toGdeltTsv } from 'detente/query';\n" +
        "const s = dyadSeries([{ date: '2024-01-10', quadClass: 1, goldstein: 2 }], { dyad: ['USA', 'CHN'] });\n" +
        'console.log(typeof toGdeltTsv, s.buckets[0].period, s.buckets[0].events);\n',
    );
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(out.trim(), 'function 2024-01 1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
