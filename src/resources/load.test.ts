import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../analyze.js';
import { loadEventResources } from '../extract/events/resources.js';
import { articleFromText } from '../ingest/article-id.js';
import { loadResources } from './load.js';

test('the quote models load by default and stay out with quoteModels false', () => {
  const withModels = loadResources();
  assert.ok(withModels.quotes.cueModel && withModels.quotes.contentEndModel);
  const rulesOnly = loadResources({ quoteModels: false });
  assert.equal(rulesOnly.quotes.cueModel, null);
  assert.equal(rulesOnly.quotes.contentEndModel, null);
  assert.ok(rulesOnly.quotes.verbs.has('say'), 'the cue lexicon is still there');
});

test("a user's --actors group nouns are unnamed groups of the events too: 'Raiders killed three villagers in northern Nigeria' codes the raiders as Nigerian rebels", () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-groups-'));
  try {
    const file = join(dir, 'groups.json');
    // a new noun, and a built-in one ("gunmen" UAF) given another agent: the user's entry wins, as in the entities layer
    writeFileSync(file, JSON.stringify({ groupRoles: [{ phrase: 'raiders', agent: 'REB', plural: true }, { phrase: 'gunmen', agent: 'INS', plural: true }] }));
    const events = (analyzer: Analyzer, text: string) =>
      analyzer.analyze(articleFromText(text, { title: 't', published: '2024-03-05' })).events.map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
    const builtIn = createAnalyzer();
    const withUser = createAnalyzer({ actorsFile: file });
    assert.deepEqual(events(builtIn, 'Raiders killed three villagers in northern Nigeria on Tuesday.'), []);
    assert.deepEqual(events(withUser, 'Raiders killed three villagers in northern Nigeria on Tuesday.'), ['NGAREB>NGACVL 180']);
    assert.deepEqual(events(builtIn, 'Gunmen killed three villagers in northern Nigeria on Tuesday.'), ['NGAUAF>NGACVL 180']);
    assert.deepEqual(events(withUser, 'Gunmen killed three villagers in northern Nigeria on Tuesday.'), ['NGAINS>NGACVL 180']);
    // without a user file the events read the same nouns as before, from roles.json alone
    assert.deepEqual(loadResources({ quoteModels: false }).events.groupAgents, loadEventResources().groupAgents);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
