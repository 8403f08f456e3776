import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';

test('--max-file-mb sets the size limit of files read whole, and the too-large failure names it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-max-file-'));
  try {
    // written for this test: a plain-text story of ~1.4 MiB, one paragraph repeated
    const path = join(dir, 'long-story.txt');
    writeFileSync(path, `Harbour strike ends\n\n${'Dock workers in Ostrev ended their strike on Monday after the shipping company agreed to raise wages.\n\n'.repeat(14_000)}`);
    const small = detente(['analyze', '--format', 'jsonl', '--max-file-mb', '1', path]);
    assert.equal(small.status, 1, small.stderr);
    assert.match(small.stderr, /E_INGEST_TOO_LARGE: .*larger than the 1 MiB limit for files read whole .*raise the limit with --max-file-mb/);
    // raised past the file's size, the file is read: what fails now is the per-article text limit, not the file size
    const raised = detente(['analyze', '--format', 'jsonl', '--max-file-mb', '2', path]);
    assert.doesNotMatch(raised.stderr, /limit for files read whole/);
    const bad = detente(['analyze', '--max-file-mb', '0', path]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--max-file-mb <n>.*expected a whole number of at least 1/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--max-file-mb is an option of every command that reads files, with a default of 32 MiB', async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  for (const name of ['analyze', 'ingest', 'enqueue']) {
    const option = program.commands.find((c) => c.name() === name)?.options.find((o) => o.long === '--max-file-mb');
    assert.equal(option?.defaultValue, 32, name);
  }
});
