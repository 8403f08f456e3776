import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram, commandsToLoad, loadCommands } from './main.js';
import { detente } from './test-cli-args.js';
import { actorsOptions } from './actors-option.js';

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

test('--actors can be given several times in analyze, ingest, explain and worker, and keeps the files in order', async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  for (const name of ['analyze', 'ingest', 'explain', 'worker']) {
    const command = program.commands.find((c) => c.name() === name);
    assert.ok(command, name);
    const option = command.options.find((o) => o.long === '--actors');
    assert.ok(option?.parseArg, `${name} collects --actors`);
    assert.deepEqual(option.parseArg('mine.json', option.parseArg('Phoenix.Countries.actors.txt', undefined)), ['Phoenix.Countries.actors.txt', 'mine.json'], name);
    assert.match(option.description, /repeat/, name);
  }
});

test('--verbs (a PETRARCH verb dictionary) can be given several times in analyze, ingest, explain and worker, and reaches the analyzer options', async () => {
  const program = buildProgram(await loadCommands(commandsToLoad(['node', 'detente', '--help'])));
  for (const name of ['analyze', 'ingest', 'explain', 'worker']) {
    const option = program.commands.find((c) => c.name() === name)?.options.find((o) => o.long === '--verbs');
    assert.ok(option?.parseArg, `${name} collects --verbs`);
    assert.deepEqual(option.parseArg('b.verbs.txt', option.parseArg('a.verbs.txt', undefined)), ['a.verbs.txt', 'b.verbs.txt'], name);
    assert.match(option.description, /PETRARCH verb dictionary/, name);
  }
  assert.deepEqual(actorsOptions(undefined, ['a.verbs.txt']).verbsFile, ['a.verbs.txt']);
  assert.equal('verbsFile' in actorsOptions(undefined, undefined), false);
});

test('detente analyze reads every --actors file and warns of a bad PETRARCH block by file and line, without failing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-actors-cli-'));
  try {
    writeFileSync(join(dir, 'a.actors.txt'), 'PELICAN_RESCUE_ [NGOHLH]\nGANNET_CLUB_ [NGOENV\n');
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ organisations: [{ name: 'Osprey Freight', actor: 'NORBUS' }] }));
    writeFileSync(join(dir, 's.txt'), 'Rescue talks\n\nPelican Rescue said Osprey Freight had offered two boats for the autumn season.\n');
    const r = detente(['analyze', '--format', 'jsonl', '--actors', join(dir, 'a.actors.txt'), '--actors', join(dir, 'b.json'), join(dir, 's.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /a\.actors\.txt:2: unclosed "\["/);
    const actors = (JSON.parse(r.stdout.split('\n')[0]) as { entities: { name: string; actor: string | null }[] }).entities.map((e) => [e.name, e.actor]);
    assert.deepEqual(actors.filter(([n]) => n === 'Pelican Rescue' || n === 'Osprey Freight').sort(), [['Osprey Freight', 'NORBUS'], ['Pelican Rescue', 'NGOHLH']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
