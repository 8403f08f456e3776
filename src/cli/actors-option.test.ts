import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';

test('the --actors help of analyze, ingest and explain names both the JSON format and PETRARCH .txt dictionaries', async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  for (const name of ['analyze', 'ingest', 'explain']) {
    const command = program.commands.find((c) => c.name() === name);
    assert.ok(command, name);
    const option = command.options.find((o) => o.long === '--actors');
    assert.ok(option, `${name} has --actors`);
    assert.match(option.description, /JSON/, name);
    assert.match(option.description, /PETRARCH actors or agents dictionary \(\.txt\)/, name);
    assert.doesNotMatch(option.description, /\(JSON\)/, name);
  }
});
