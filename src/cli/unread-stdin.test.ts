import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreadStdinWarning } from './unread-stdin.js';
import { detente } from './test-cli-args.js';

/** Runs `fn` with a descriptor open on a temporary file holding `text`. */
function withFileFd(text: string, fn: (fd: number) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'detente-stdin-'));
  const path = join(dir, 'story.txt');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    fn(fd);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a story redirected into stdin without "-" is warned of, with the way to read it', () => {
  withFileFd('The minister met the envoy in Nairobi on Monday.\n', (fd) => {
    assert.equal(
      unreadStdinWarning('analysing the bundled examples', fd),
      "stdin (a file) is not read without '-': analysing the bundled examples; give '-' as the path to analyse stdin",
    );
  });
});

test('an empty file or /dev/null on stdin gets no warning', () => {
  withFileFd('', (fd) => assert.equal(unreadStdinWarning('x', fd), undefined));
  const devNull = openSync('/dev/null', 'r');
  try {
    assert.equal(unreadStdinWarning('x', devNull), undefined);
  } finally {
    closeSync(devNull);
  }
});

test('analyze with no path and a story piped in says stdin is not read, and still analyses the bundled examples', () => {
  const r = detente(['analyze', '--format', 'jsonl'], 'The minister met the envoy in Nairobi on Monday.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^warning: stdin \(a (pipe|socket)\) is not read without '-': analysing the bundled examples; give '-' as the path to analyse stdin$/m);
  assert.equal(r.stdout.trim().split('\n').length, 3);
});
