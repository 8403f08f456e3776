import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

test('bin/detente.js with no build says to run the build, not a module-loader stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-nobuild-'));
  try {
    mkdirSync(join(dir, 'bin'));
    copyFileSync(fileURLToPath(new URL('../../bin/detente.js', import.meta.url)), join(dir, 'bin', 'detente.js'));
    copyFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), join(dir, 'package.json'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'detente.js'), 'analyze', 'story.txt'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^detente: the compiled command line is missing \(.*dist\/cli\/main\.js\); run `npm run build`/);
    assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND|at async/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
