import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataPath } from '../../resources/data-path.js';
import { loadCameoTable } from './cameo-codes.js';
import { loadEventResources } from './resources.js';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledLexiconPath, loadVerbLexicon, mergeLexicons, parseVerbLexicon } from './verb-lexicon.js';

const cameo = loadCameoTable(dataPath('cameo', 'event-codes.tsv'));

test('the built-in lexicon covers every one of the 20 CAMEO roots', () => {
  const { lexicon } = loadEventResources();
  const roots = new Set<string>();
  for (const index of [lexicon.verbs, lexicon.nouns]) {
    for (const rules of index.values()) {
      for (const r of rules) {
        roots.add(r.code.slice(0, 2));
        for (const c of Object.values(r.controlled)) roots.add(c.slice(0, 2));
      }
    }
  }
  for (let i = 1; i <= 20; i++) assert.ok(roots.has(String(i).padStart(2, '0')), `root ${i} covered`);
  assert.ok(lexicon.ruleCount > 150);
});

test('rules are indexed by lemma in priority order, specific patterns first', () => {
  const { lexicon } = loadEventResources();
  const impose = lexicon.verbs.get('impose')!.map((r) => r.id);
  assert.ok(impose.indexOf('impose.sanctions') < impose.indexOf('impose.curfew'));
  assert.ok(impose.includes('impose.blockade'));
  const shoot = lexicon.verbs.get('shoot')!;
  assert.equal(shoot[0].id, 'shoot.down');
  assert.ok(shoot[0].next?.has('down'));
  assert.equal(lexicon.nouns.get('visit')![0].code, '042');
});

test('a rule with a code outside the CAMEO table is rejected', () => {
  const yaml = 'version: 1\nentries:\n  - lemmas: [zap]\n    rules:\n      - {id: zap, code: "999"}\n';
  assert.throws(() => parseVerbLexicon(yaml, cameo, 'user.yaml'), /user\.yaml: rule "zap" uses CAMEO code "999"/);
});

test('duplicate rule ids and malformed entries are rejected', () => {
  const dup = 'version: 1\nentries:\n  - lemmas: [a]\n    rules: [{id: x, code: "010"}, {id: x, code: "011"}]\n';
  assert.throws(() => parseVerbLexicon(dup, cameo, 'd.yaml'), /duplicate rule id "x"/);
  const bad = 'version: 1\nentries:\n  - lemmas: []\n    rules: [{id: y, code: "010"}]\n';
  assert.throws(() => parseVerbLexicon(bad, cameo, 'b.yaml'), /b\.yaml: entries\.0\.lemmas/);
});

test('a user lexicon merged first takes priority over the built-in rules of the same lemma', () => {
  const user = parseVerbLexicon('version: u\nentries:\n  - lemmas: [meet]\n    rules: [{id: user.meet, code: "044"}]\n', cameo, 'user');
  const merged = mergeLexicons([user, loadEventResources().lexicon]);
  assert.equal(merged.verbs.get('meet')![0].id, 'user.meet');
  assert.equal(merged.verbs.get('meet')![0].origin, 'user');
});

test('a precompiled JSON lexicon is used only while it is at least as new as its YAML', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-lexicon-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const yamlPath = join(dir, 'mine.yaml');
  writeFileSync(yamlPath, 'version: 1\nentries:\n  - lemmas: [scold]\n    rules:\n      - {id: scold, code: "111"}\n');
  const json = { version: 1, entries: [{ lemmas: ['praise'], rules: [{ id: 'praise', code: '051' }] }] };
  writeFileSync(compiledLexiconPath(yamlPath), JSON.stringify(json));
  const old = new Date('2020-01-01T00:00:00Z');
  utimesSync(yamlPath, old, old);
  assert.ok(loadVerbLexicon(yamlPath, cameo).verbs.has('praise'), 'fresh JSON is read');
  const newer = new Date();
  utimesSync(yamlPath, newer, newer);
  utimesSync(compiledLexiconPath(yamlPath), old, old);
  const lex = loadVerbLexicon(yamlPath, cameo);
  assert.ok(lex.verbs.has('scold') && !lex.verbs.has('praise'), 'stale JSON is ignored, the edited YAML wins');
});
