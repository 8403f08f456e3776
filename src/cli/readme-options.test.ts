import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';
import { REPO_ROOT } from './test-cli-args.js';

/**
 * The README's command table: for each row, the command's name (the first word in its first cell's backticks) and
 * the row's whole text.
 */
function readmeCommandRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split('\n')) {
    const name = /^\| `([a-z]+)[ `]/.exec(line)?.[1];
    if (name) rows.set(name, line);
  }
  return rows;
}

test("the README's command table names every long option of every command (so that --help and the README agree)", async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  const rows = readmeCommandRows();
  const missing: string[] = [];
  for (const command of program.commands) {
    const row = rows.get(command.name());
    if (!row) {
      missing.push(`${command.name()}: no row`);
      continue;
    }
    for (const option of command.options) {
      // the option as a whole word anywhere in the row ("`--db FILE --article ID`"); a negatable pair ("--negated" /
      // "--no-negated") needs only one of its two forms
      const long = option.long;
      if (!long || long === '--help') continue;
      const word = (flag: string) => new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(row);
      const written = word(long) || (long.startsWith('--no-') && word(`--${long.slice(5)}`));
      if (!written) missing.push(`${command.name()} ${long}`);
    }
  }
  assert.deepEqual(missing, []);
});
