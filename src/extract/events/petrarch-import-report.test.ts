import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPetrarchVerbs } from './petrarch-import.js';
import { loadEventResources } from './resources.js';

// made-up dictionary snippets in PETRARCH's verb format (line numbers matter: the first line is line 1)
const BAD_HEADER = '--- SCOLD [111] ---\nSCOLD\n--- PRAISE [051 ---\nLAUD\n';

test('a malformed block header ends the block before it: its verbs are not coded with the earlier code, and the line is reported', () => {
  const v = importPetrarchVerbs(BAD_HEADER, 't');
  const laud = v.entries.find((e) => e.lemmas.includes('laud'));
  assert.equal(laud, undefined);
  assert.deepEqual(
    v.entries.map((e) => e.lemmas),
    [['scold']],
  );
  assert.equal(v.report.problems.length, 1);
  assert.equal(v.report.problems[0].line, 3);
  assert.match(v.report.problems[0].reason, /malformed block header.*1 line after it \(to line 4\) skipped/);
});

test('every line the import skips is reported with its line and why', () => {
  const text = ['--- SCOLD [111] ---', 'SCOLD', '- OVER FISHING [112]', '- * OVER [112', '?? not a verb', '~ a (a b ATTACK) SAY = a b 015'].join('\n');
  const v = importPetrarchVerbs(text, 't');
  assert.deepEqual(
    v.report.problems.map((p) => p.line),
    [3, 4, 5, 6],
  );
  assert.match(v.report.problems[0].reason, /without a "\*"/);
  assert.match(v.report.problems[1].reason, /without a closing "\[CODE\]"/);
  assert.match(v.report.problems[2].reason, /neither a verb/);
  assert.match(v.report.problems[3].reason, /transformation rule/);
  assert.equal(v.report.skipped, 4);
});

test('a line of capitals inside a block is read as a multi-word verb and reported; lines outside any block are reported', () => {
  const v = importPetrarchVerbs('STRAY LINE\n--- SCOLD [111] ---\nSCOLD\nTHIS LINE IS GARBAGE\n', 't');
  assert.deepEqual(
    v.report.problems.map((p) => [p.line, p.reason.split(' ')[0]]),
    [
      [1, 'outside'],
      [4, 'verb'],
    ],
  );
});

test('imported rule ids and notes carry the dictionary line of the pattern, the verb or the block, and the pattern text', () => {
  const text = ['--- SCOLD [111] ---', 'SCOLD', 'RAP_+KNUCKLES', '- * $ OVER [112]'].join('\n');
  const v = importPetrarchVerbs(text, 't');
  const rules = v.entries.flatMap((e) => e.rules);
  const pattern = rules.find((r) => r.id === 't.l4');
  assert.ok(pattern, rules.map((r) => r.id).join(' '));
  assert.match(pattern.note ?? '', /pattern "- \* \$ OVER \[112\]" at line 4, in the block SCOLD at line 1/);
  assert.ok(rules.some((r) => r.id === 't.scold.default.l1' && /block SCOLD at line 1/.test(r.note ?? '')));
  assert.ok(rules.some((r) => r.id === 't.rap-knuckles.default.l3'));
});

test('a --verbs file reports its skipped lines through the resource loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-verbs-'));
  const path = join(dir, 'v.txt');
  writeFileSync(path, BAD_HEADER);
  const warnings: { file: string; line: number; reason: string }[] = [];
  const res = loadEventResources({ petrarchVerbs: [path], onWarning: (w) => warnings.push(w) });
  assert.deepEqual(
    warnings.map((w) => [w.file, w.line]),
    [[path, 3]],
  );
  // "laud" keeps its built-in rules only
  assert.ok((res.lexicon.verbs.get('laud') ?? []).every((r) => r.origin !== path));
});
