import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { dictionaryEntities } from './petrarch-actors.js';
import { importPetrarchActors, importPetrarchVerbs } from './petrarch-import.js';
import { loadEventResources } from './resources.js';
import { compileLexicon } from './verb-lexicon.js';

// made-up dictionary snippets in PETRARCH's formats (made-up countries)
const SPEECH = ['--- SPEAK [010] ---', 'SAY {SAYS SAID SAYING}', '--- PRAISE [051] ---', 'PRAISE {PRAISED}'].join('\n');
const ACTORS = 'VELMORA [VEL]\nKESTRIA_ [KES]\n';

const coded = (verbs: string, text: string) => {
  const base = loadEventResources();
  const res = { ...base, version: 't', lexicon: compileLexicon(importPetrarchVerbs(verbs, 't').entries, base.codes, 'test', 't') };
  const doc = createNlp().parse(text);
  const es = dictionaryEntities(doc, importPetrarchActors(ACTORS), [], '20010101');
  return codeEvents({ id: 'g', title: '', published: '2001-01-01', text }, doc, es, res).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
};

test('an imported statement verb takes no target from inside what was said', () => {
  assert.deepEqual(coded(SPEECH, 'Velmora said Kestria would expand its fishing fleet.'), []);
});

test('an imported block verb that is no statement keeps its code and target', () => {
  assert.deepEqual(coded(SPEECH, 'Velmora praised Kestria on Monday.'), ['VEL>KES 051']);
});

test("a --verbs file's patterns come after the built-in sense guards of the same verb", () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-guards-'));
  const path = join(dir, 'v.txt');
  writeFileSync(path, '--- HIT [190] ---\nSTRIKE {STRIKES STRUCK}\n');
  const res = loadEventResources({ petrarchVerbs: [path] });
  const rules = res.lexicon.verbs.get('strike') ?? [];
  const firstImported = rules.findIndex((r) => r.origin === path);
  const guard = rules.findIndex((r) => r.suppress && r.origin !== path);
  assert.ok(firstImported >= 0 && guard >= 0 && guard < firstImported, rules.map((r) => r.id).join(' '));
});

/** The events of `text` with the built-in lexicon and a --verbs file of `verbs` (made-up actors of {@link ACTORS}). */
const codedWithFile = (verbs: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-guards-'));
  const path = join(dir, 'v.txt');
  writeFileSync(path, verbs);
  const res = loadEventResources({ petrarchVerbs: [path] });
  const doc = createNlp().parse(text);
  const es = dictionaryEntities(doc, importPetrarchActors(ACTORS), [], '20010101');
  return codeEvents({ id: 'g', title: '', published: '2001-01-01', text }, doc, es, res).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
};

test('"according to" names the source of a report: no imported ACCORD event', () => {
  const grant = '--- GRANT [060] ---\nACCORD\n';
  assert.deepEqual(codedWithFile(grant, 'Velmora was not deterred, according to Kestria.'), []);
  // the verb itself is still coded
  assert.deepEqual(codedWithFile(grant, 'Velmora accorded Kestria a loan on Monday.'), ['VEL>KES 060']);
});

test('an imported pattern takes no place target ("in X") unless it codes aid or force', () => {
  const verbs = '--- GRANT [060] ---\nMONITOR [090]\n--- HELP [070] ---\nHELP {HELPED}\n';
  assert.deepEqual(codedWithFile(verbs, 'Velmora monitored the vote in Kestria on Monday.'), []);
  assert.deepEqual(codedWithFile(verbs, 'Velmora helped the refugees in Kestria on Monday.'), ['VEL>KES 070']);
});

test("an imported pattern that finds no source gives way to the verb's next rule", () => {
  const scold = '--- SCOLD [111] ---\nSCOLD {SCOLDS SCOLDED}\n- * $ OVER [112]\n';
  assert.deepEqual(codedWithFile(scold, 'Velmora scolded Kestria over fishing quotas.'), ['VEL>KES 111']);
  // a block whose default is "[---]" codes nothing when its pattern finds no source
  assert.deepEqual(codedWithFile('--- SCOLD [---] ---\nSCOLD {SCOLDS SCOLDED}\n- * $ OVER [112]\n', 'Velmora scolded Kestria over fishing quotas.'), []);
  // a later rule tried in vain (the built-in "ask … to", with no source either) leaves the act asked about to be coded
  assert.deepEqual(codedWithFile('--- ASK [020] ---\nASK {ASKED}\n--- ATTACK [190] ---\nATTACK\n', 'Officials were asked why Velmora decided to attack Kestria.'), ['VEL>KES 190']);
});

test("a speech block's pattern words are the verb's object, not words of the reported clause", () => {
  const say = '--- SAY [010] ---\nSAY {SAYS SAID}\nREPORT {REPORTS REPORTED}\n- * ATTACK [190]\n';
  assert.deepEqual(codedWithFile(say, 'Velmora said Kestria attacked the border post.'), []);
  assert.deepEqual(codedWithFile(say, 'Velmora reported an attack on Kestria.'), ['VEL>KES 190']);
});
