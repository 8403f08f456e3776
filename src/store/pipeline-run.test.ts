import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyzer } from '../analyze.js';
import { runSettings } from '../resources/run-settings.js';
import type { ResourceOptions } from '../resources/load.js';
import { pipelineRun } from './pipeline-run.js';

/** An analyzer as pipelineRun reads it: the pipeline's components and the resources' settings (nothing is analysed). */
function analyzerWith(options: ResourceOptions | null): Analyzer {
  const components = [
    { name: 'entities', version: '5' },
    { name: 'quotes', version: '3' },
  ];
  return { pipeline: { components }, resources: options ? { settings: runSettings(options) } : {} } as unknown as Analyzer;
}

test('runs that can store different annotations never share a run id: another build, quote models off, another user dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-run-'));
  try {
    mkdirSync(join(dir, 'copy'));
    const mine = join(dir, 'mine.json');
    writeFileSync(mine, '{"people":[]}');
    writeFileSync(join(dir, 'copy', 'mine.json'), '{"people":[]}');
    const base = pipelineRun(analyzerWith({}), 'aaaaaaaaaaaaaaaa');
    assert.match(base.id, /^[0-9a-f]{16}$/);
    assert.equal(base.fingerprint, 'aaaaaaaaaaaaaaaa');
    assert.deepEqual(base.settings, { quoteModels: true, actors: [], verbs: [], nerModel: 'built-in', clusters: 'built-in' });
    assert.equal(pipelineRun(analyzerWith({}), 'aaaaaaaaaaaaaaaa').id, base.id, 'the same run again');
    const ids = [
      base.id,
      pipelineRun(analyzerWith({}), 'bbbbbbbbbbbbbbbb').id,
      pipelineRun(analyzerWith({}), null).id,
      pipelineRun(analyzerWith({ quoteModels: false }), 'aaaaaaaaaaaaaaaa').id,
      pipelineRun(analyzerWith({ actorsFile: [mine] }), 'aaaaaaaaaaaaaaaa').id,
      pipelineRun(analyzerWith({ verbsFile: [mine] }), 'aaaaaaaaaaaaaaaa').id,
      pipelineRun(analyzerWith({ nerModel: false }), 'aaaaaaaaaaaaaaaa').id,
      pipelineRun(analyzerWith(null), 'aaaaaaaaaaaaaaaa').id,
    ];
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    // a user file is named without its folder and known by its content: the same file elsewhere is the same run
    const withMine = pipelineRun(analyzerWith({ actorsFile: mine }), 'aaaaaaaaaaaaaaaa');
    assert.equal(pipelineRun(analyzerWith({ actorsFile: [join(dir, 'copy', 'mine.json')] }), 'aaaaaaaaaaaaaaaa').id, withMine.id);
    assert.deepEqual(withMine.settings?.actors.map((f) => f.file), ['mine.json']);
    writeFileSync(mine, '{"people":[{"name":"Jo Roe","code":"FRDGOV"}]}');
    assert.notEqual(pipelineRun(analyzerWith({ actorsFile: mine }), 'aaaaaaaaaaaaaaaa').id, withMine.id, 'the file edited');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
