import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../analyze.js';
import { loadEventResources } from './resources.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-verbs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// a made-up PETRARCH verb dictionary: one verb with a CAMEO code, one with a code no analysis can store
const verbs = join(dir, 'mine.verbs.txt');
writeFileSync(verbs, '--- SERENADE  [051]  ---\nSERENADE {SERENADES SERENADED SERENADING}\n\n--- BEFUDDLE  [07X]  ---\nBEFUDDLE {BEFUDDLES BEFUDDLED BEFUDDLING}\n');

test('a PETRARCH verb dictionary given as verbsFile (--verbs) codes its verbs, and a code no analysis can store is left out with a warning', () => {
  const warnings: { file: string; line: number; reason: string }[] = [];
  const analyzer = createAnalyzer({ verbsFile: [verbs], onActorsWarning: (w) => warnings.push(w) });
  const text = 'France serenaded Germany on Tuesday, and Spain befuddled Italy.';
  const events = analyzer.analyze({ id: 'v1', title: '', published: '2024-03-05', text }).events;
  assert.ok(events.some((e) => e.code === '051' && e.source.actor === 'FRA' && e.target?.actor === 'DEU'));
  assert.ok(!events.some((e) => e.code === '07X'));
  assert.deepEqual(warnings.map((w) => [w.file, w.line]), [[verbs, 4]]);
  assert.match(warnings[0].reason, /"\[07X\]" is no CAMEO event code/);
});

test('a verbs file that cannot be read or holds no pattern is an error naming it', () => {
  assert.throws(() => loadEventResources({ petrarchVerbs: [join(dir, 'nowhere.txt')] }), (e: Error & { code?: string }) => e.code === 'E_RESOURCE_READ' && /nowhere\.txt: no such file/.test(e.message));
  const prose = join(dir, 'notes.txt');
  writeFileSync(prose, 'Ask the desk about the harbour story.\n');
  assert.throws(() => loadEventResources({ petrarchVerbs: [prose] }), (e: Error & { code?: string }) => e.code === 'E_RESOURCE_INVALID' && e.message.includes(prose));
});
