import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleText, runBundle } from './run-bundle.js';

/** A folder with a small CommonJS "bundle" that requires a built-in and a file next to it. */
function bundleDir(): { dir: string; file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'detente-run-bundle-'));
  writeFileSync(join(dir, 'helper.cjs'), 'exports.greeting = "hello from the harbour";\n');
  const file = join(dir, 'main.cjs');
  writeFileSync(
    file,
    [
      "const { basename } = require('node:path');",
      "const { greeting } = require('./helper.cjs');",
      'let seen = null;',
      'exports.main = async (argv) => { seen = `${greeting} ${basename(__filename)} ${argv.join(" ")}`; };',
      'exports.seen = () => seen;',
    ].join('\n'),
  );
  return { dir, file, cache: join(dir, 'main.cjs.v8-cache') };
}

test('the bundle runs as a CommonJS module: require from its own folder, __filename, its exports', async () => {
  const { dir, file, cache } = bundleDir();
  try {
    const { exports, afterMain } = runBundle(file, cache);
    await exports.main(['analyze', 'pier.txt']);
    afterMain();
    assert.equal((exports as unknown as { seen(): string }).seen(), 'hello from the harbour main.cjs analyze pier.txt');
    assert.equal(existsSync(cache), false, 'no cache written unless asked');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('asked to, it writes a code cache after main, and a later run reads it', async () => {
  const { dir, file, cache } = bundleDir();
  try {
    const first = runBundle(file, cache, true);
    await first.exports.main([]);
    first.afterMain();
    assert.ok(readFileSync(cache).length > 0);
    const second = runBundle(file, cache);
    await second.exports.main(['again']);
    assert.equal((second.exports as unknown as { seen(): string }).seen(), 'hello from the harbour main.cjs again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged code cache is refused by V8 and the bundle runs as without one', async () => {
  const { dir, file, cache } = bundleDir();
  try {
    writeFileSync(cache, Buffer.from('not a code cache at all, only words about a quiet harbour'));
    const { exports } = runBundle(file, cache);
    await exports.main(['still']);
    assert.equal((exports as unknown as { seen(): string }).seen(), 'hello from the harbour main.cjs still');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bundle is read as the same text whether it is all ASCII (read as Latin-1) or holds UTF-8 characters', () => {
  const ascii = 'exports.word = "detente \\u2013 \\u00e9";\n';
  const utf8 = 'exports.word = "d\u00e9tente \u2013 caf\u00e9 \u{1F30D}";\n';
  assert.equal(bundleText(Buffer.from(ascii, 'utf8')), ascii);
  assert.equal(bundleText(Buffer.from(utf8, 'utf8')), utf8);
  const dir = mkdtempSync(join(tmpdir(), 'detente-run-bundle-'));
  try {
    const file = join(dir, 'main.cjs');
    writeFileSync(file, utf8, 'utf8');
    const { exports } = runBundle(file, join(dir, 'main.cjs.v8-cache'));
    assert.equal((exports as unknown as { word: string }).word, 'd\u00e9tente \u2013 caf\u00e9 \u{1F30D}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
