import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgram, needsQueueCommands } from './main.js';

const argv = (...args: string[]) => ['node', 'detente', ...args];

test('the core commands run without the queue commands, whatever their options', () => {
  for (const command of ['analyze', 'ingest', 'events', 'quotes', 'entities', 'dyad', 'export', 'explain', 'watch', 'upgrade']) {
    assert.equal(needsQueueCommands(argv(command, '--format', 'json', 'enqueue')), false, command);
  }
});

test('the queue commands, help, no command and an unknown command load the queue commands', () => {
  assert.equal(needsQueueCommands(argv('enqueue', 'a.txt')), true);
  assert.equal(needsQueueCommands(argv('worker', '--redis', 'redis://x')), true);
  assert.equal(needsQueueCommands(argv('queue', 'status')), true);
  assert.equal(needsQueueCommands(argv('help', 'analyze')), true);
  assert.equal(needsQueueCommands(argv('--help')), true);
  assert.equal(needsQueueCommands(argv()), true);
  assert.equal(needsQueueCommands(argv('workr')), true);
});

test('a program built without the queue commands has every core command and none of the queue ones', () => {
  const names = buildProgram().commands.map((c) => c.name());
  assert.deepEqual(names, ['analyze', 'ingest', 'events', 'quotes', 'entities', 'dyad', 'export', 'explain', 'watch', 'upgrade']);
});
