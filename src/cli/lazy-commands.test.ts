import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';

const argv = (...args: string[]) => ['node', 'detente', ...args];
const ALL = ['analyze', 'ingest', 'events', 'quotes', 'entities', 'dyad', 'dyads', 'export', 'explain', 'article', 'watch', 'upgrade', 'prune', 'enqueue', 'worker', 'queue'];

test('a command line naming a command loads that command alone, whatever its options', () => {
  for (const command of ALL) assert.deepEqual(commandsToLoad(argv(command, '--format', 'json', 'enqueue')), [command], command);
  assert.deepEqual(commandsToLoad(argv('--quiet', 'analyze', 'a.txt')), ['analyze']);
});

test('help, no command and an unknown command load every command, in the order of the help', () => {
  assert.deepEqual(commandsToLoad(argv('help', 'analyze')), ALL);
  assert.deepEqual(commandsToLoad(argv('--help')), ALL);
  assert.deepEqual(commandsToLoad(argv()), ALL);
  assert.deepEqual(commandsToLoad(argv('workr')), ALL);
});

test('a program built for one command has that command and no other', async () => {
  const names = buildProgram(await loadCommands(commandsToLoad(argv('analyze', 'a.txt')))).commands.map((c) => c.name());
  assert.deepEqual(names, ['analyze']);
});

test('a program built for the help has every command, the queue commands last', async () => {
  const names = buildProgram(await loadCommands(commandsToLoad(argv('--help')))).commands.map((c) => c.name());
  assert.deepEqual(names, ALL);
});
