import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

test('explain --verbs names the imported PETRARCH pattern that fired: its dictionary line and its text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-explain-verbs-'));
  try {
    // a made-up dictionary: the pattern is on line 3
    writeFileSync(join(dir, 'v.txt'), '--- SCOLD [111] ---\nSCOLD\n- * OVER [112]\n');
    writeFileSync(join(dir, 's.txt'), 'Quota row\n\nDenmark scolded Norway over fishing quotas.\n');
    const r = detente(['explain', '--published', '2022-03-06', '--verbs', join(dir, 'v.txt'), join(dir, 's.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /DNK → NOR 112/);
    assert.match(r.stdout, /Rule petrarch-v\.l3 \(.*v\.txt, code 112\): .*pattern "- \* OVER \[112\]" at line 3, in the block SCOLD at line 1/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
