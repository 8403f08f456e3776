// The README's store example ("Storing analyses") run as written, with the package's two entries ('detente',
// 'detente/store') pointed at their sources: a user who copies it gets a store with both articles, and a second run
// stores nothing twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const README = new URL('../README.md', import.meta.url);

/** The ```ts block after the `<!-- store-example -->` marker of the README. */
function storeExample(): string {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf('<!-- store-example -->');
  assert.ok(at >= 0, 'the README has the store example marker');
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(block, 'a ts block follows the marker');
  return block[1];
}

test('the README store example runs as written: it stores its article and the folder article, and a second run skips both', () => {
  const code = storeExample()
    .replace(/from 'detente'/g, `from '${new URL('./index.ts', import.meta.url).href}'`)
    .replace(/from 'detente\/store'/g, `from '${new URL('./store/index.ts', import.meta.url).href}'`);
  assert.ok(!/from 'detente/.test(code), 'every import is one of the two entries');
  const dir = mkdtempSync(join(tmpdir(), 'detente-readme-'));
  try {
    mkdirSync(join(dir, 'news'));
    // written for this test
    writeFileSync(join(dir, 'news', 'ferry.txt'), 'Ferry link reopens\n\nThe governor of Chiloe said on Tuesday that the ferry to Puerto Montt would run again from June.\n');
    writeFileSync(join(dir, 'example.mts'), code);
    const run = () => execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), 'example.mts'], { cwd: dir, encoding: 'utf8' });
    const first = run();
    assert.match(first, /stored: 1,/);
    assert.match(first, /^1 0 \[\]$/m, 'the folder article stored, no copy, no failure');
    assert.match(first, /articles: 2,/);
    assert.match(first, /'Chile'/);
    const second = run();
    assert.match(second, /stored: 0,\s+skipped: 1,/);
    assert.match(second, /^0 0 \[\]$/m);
    assert.match(second, /articles: 2,/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
