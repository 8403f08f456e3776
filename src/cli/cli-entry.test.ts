import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliEntry, type CliEntry } from './cli-entry.js';
import { REPO_ROOT } from './test-cli-args.js';

/** A repository root with dist/cli/main.js, a package's package.json and a bundle whose record matches them. */
function builtTree(): { root: string; dist: URL; record: (inputs?: unknown) => void } {
  const root = mkdtempSync(join(tmpdir(), 'detente-cli-entry-'));
  mkdirSync(join(root, 'dist', 'cli-bundle'), { recursive: true });
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'quill'), { recursive: true });
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), 'export async function main() {}\n');
  writeFileSync(join(root, 'node_modules', 'quill', 'package.json'), '{"name":"quill","version":"1.0.0"}\n');
  writeFileSync(join(root, 'dist', 'cli-bundle', 'main.cjs'), 'exports.main = async () => {};\n');
  const record = (inputs?: unknown) => {
    const files = ['dist/cli/main.js', 'dist/cli-bundle/main.cjs', 'node_modules/quill/package.json'].map((path) => {
      const s = statSync(join(root, path));
      return { path, size: s.size, mtimeMs: s.mtimeMs };
    });
    writeFileSync(join(root, 'dist', 'cli-bundle', 'inputs.json'), JSON.stringify({ format: 2, bundle: 'main.cjs', codeCache: 'main.cjs.v8-cache', inputs: inputs ?? files }));
  };
  record();
  return { root, dist: pathToFileURL(join(root, 'dist') + '/'), record };
}

const BUNDLED = /\/dist\/cli-bundle\/main\.cjs$/;
const UNBUNDLED = /\/dist\/cli\/main\.js$/;
/** The file or URL an entry runs, for matching. */
const runs = (entry: CliEntry) => (entry.kind === 'bundle' ? entry.file : entry.url.href);

test('a bundle whose recorded files are unchanged is the entry point, with its code cache beside it', () => {
  const { root, dist } = builtTree();
  try {
    const entry = cliEntry(dist, {});
    assert.equal(entry.kind, 'bundle');
    assert.match(runs(entry), BUNDLED);
    assert.equal(entry.kind === 'bundle' && entry.codeCache, join(root, 'dist', 'cli-bundle', 'main.cjs.v8-cache'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('after tsc rewrote dist/cli/main.js with the same text the modules tsc wrote run, not the bundle', () => {
  const { root, dist } = builtTree();
  try {
    const main = join(root, 'dist', 'cli', 'main.js');
    const later = new Date(statSync(main).mtimeMs + 5_000);
    utimesSync(main, later, later);
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    // and a bundle rewritten without a new record
    const { root: other, dist: otherDist } = builtTree();
    try {
      writeFileSync(join(other, 'dist', 'cli-bundle', 'main.cjs'), 'exports.main = async () => { throw new Error(); };\n');
      assert.match(runs(cliEntry(otherDist, {})), UNBUNDLED);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a bundled package installed in another version (its package.json changed) sends the CLI to the unbundled modules', () => {
  const { root, dist } = builtTree();
  try {
    const pkg = join(root, 'node_modules', 'quill', 'package.json');
    const { mtime } = statSync(pkg);
    writeFileSync(pkg, '{"name":"quill","version":"1.0.1"}\n');
    utimesSync(pkg, mtime, mtime); // same time, other size
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    rmSync(pkg);
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a missing, damaged, empty or older-format record runs the unbundled modules', () => {
  const { root, dist, record } = builtTree();
  const file = join(root, 'dist', 'cli-bundle', 'inputs.json');
  try {
    record([]);
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    record([{ size: 1, mtimeMs: 1 }]);
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    writeFileSync(file, '{"format":1,"entry":"main.js","inputs":[');
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    const { size, mtimeMs } = statSync(join(root, 'dist', 'cli', 'main.js'));
    writeFileSync(file, JSON.stringify({ format: 1, entry: 'main.js', inputs: [{ path: 'dist/cli/main.js', size, mtimeMs }] }));
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
    rmSync(file);
    assert.match(runs(cliEntry(dist, {})), UNBUNDLED);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('DETENTE_NO_BUNDLE runs the unbundled modules even with a fresh bundle', () => {
  const { root, dist } = builtTree();
  try {
    assert.match(runs(cliEntry(dist, { DETENTE_NO_BUNDLE: '1' })), UNBUNDLED);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// The real bundle (built by `npm test`'s build): the same output as the modules tsc wrote.
const BIN = join(REPO_ROOT, 'bin', 'detente.js');
const bundleFresh = existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js')) && cliEntry(pathToFileURL(join(REPO_ROOT, 'dist') + '/'), {}).kind === 'bundle';
const skipNoBundle = bundleFresh ? false : 'no fresh dist/cli-bundle (run `npm run build`, or `npm test`, which builds first)';

test('the bundled CLI analyses the bundled examples exactly as the unbundled one does', { skip: skipNoBundle, timeout: 120_000 }, () => {
  const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [BIN, 'analyze', '--format', 'jsonl', join(REPO_ROOT, 'examples', 'articles')], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const bundled = run({ DETENTE_NO_BUNDLE: '' });
  const unbundled = run({ DETENTE_NO_BUNDLE: '1' });
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.equal(unbundled.status, 0, unbundled.stderr);
  const sorted = (out: string) => out.trim().split('\n').sort();
  assert.equal(sorted(bundled.stdout).length, 3);
  assert.deepEqual(sorted(bundled.stdout), sorted(unbundled.stdout));
});

test('the bundled CLI lists every command in its help and reports an unknown option as usual', { skip: skipNoBundle, timeout: 60_000 }, () => {
  const help = spawnSync(process.execPath, [BIN, '--help'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, DETENTE_NO_BUNDLE: '' } });
  assert.equal(help.status, 0, help.stderr);
  for (const command of ['analyze', 'ingest', 'events', 'dyad', 'export', 'explain', 'watch', 'enqueue', 'worker', 'queue']) assert.match(help.stdout, new RegExp(`\\n  ${command}\\b`), command);
  const bad = spawnSync(process.execPath, [BIN, 'analyze', '--no-such-option'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, DETENTE_NO_BUNDLE: '' } });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^detente: unknown option '--no-such-option'/);
});
