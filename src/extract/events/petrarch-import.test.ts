import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { dictionaryEntities } from './petrarch-actors.js';
import { actorCodeOn, importPetrarchActors, importPetrarchAgents, importPetrarchVerbs, petrarchCode, petrarchReverseCode } from './petrarch-import.js';
import { loadEventResources } from './resources.js';
import { compileLexicon } from './verb-lexicon.js';

// A tiny dictionary in PETRARCH's format, written for this test (made-up countries and patterns).
const VERBS = `
&MONEYWORDS
+CROWNS
+SILVER_MARKS

--- PRAISE  [051]  ---
PRAISE {PRAISES PRAISED PRAISING}
LAUD
- * &MONEYWORDS  [071]  # test
- NOT *  [---]  # test

--- LAND  [032:033] ---
LAND {LANDS LANDED LANDING}

--- SHUN  [120] ---
SHUN
+TURN_AWAY {+TURNS_AWAY +TURNED_AWAY}
- * (FROM TALKS)  [125]  # test
`;
const ACTORS = `
VELMORA [VEL]
+VELMORAN
KESTRIA_ [KES]
OLD_KING_BRAND
\t[KESGOV < 20000101]
\t[KESREB > 20000101]
`;
const AGENTS = `
!OFFICIAL! = OFFICIAL, OFFICER
FOREIGN_MINISTER [~GOV]
TRADE_!OFFICIAL! [~BUS]
RED_CRESCENT {} [NGO~]
SECURITY_OFFICIAL [~GOV]
SPOKESMAN [~GOV]
`;
const CAPITAL_ACTORS = `
VELMORA [VEL]
+VELMORAN
KESTRIA_ [KES]
THE_CITADEL [KESGOV]
`;

test('PETRARCH codes are read as detente codes: compound, passive and null forms', () => {
  assert.equal(petrarchCode('[036:036]'), '036');
  assert.equal(petrarchCode('[:020]'), '020');
  assert.equal(petrarchCode('[---]'), null);
  assert.equal(petrarchReverseCode('[032:033]'), '033');
  assert.equal(petrarchReverseCode('[:020]'), null);
  assert.equal(petrarchReverseCode('[051]'), null);
});

test('a verb block imports its verbs, multi-word verbs, synonym sets and patterns, specific first', () => {
  const v = importPetrarchVerbs(VERBS, 't');
  assert.equal(v.report.blocks, 3);
  assert.equal(v.report.patterns, 3);
  const praise = v.entries.find((e) => e.lemmas[0] === 'praise')!;
  assert.equal(praise.rules[praise.rules.length - 1].code, '051');
  const money = praise.rules.find((r) => r.code === '071')!;
  assert.deepEqual(money.after, [['crowns', 'silver marks']]);
  assert.ok(praise.rules.some((r) => r.suppress && r.before?.[0][0] === 'not'));
  const turn = v.entries.find((e) => e.lemmas[0] === 'turn')!;
  assert.ok(turn.rules.every((r) => r.after?.[0][0] === 'away'));
  assert.deepEqual([...v.codes].sort(), ['032', '033', '051', '071', '120', '125']);
});

test('dated actor codes follow the story date, agents combine with an adjacent country', () => {
  const actors = importPetrarchActors(ACTORS);
  const brand = actors.find((a) => a.phrases[0].words.join(' ') === 'OLD KING BRAND')!;
  assert.equal(actorCodeOn(brand, '19990101'), 'KESGOV');
  assert.equal(actorCodeOn(brand, '20050101'), 'KESREB');
  const agents = importPetrarchAgents(AGENTS);
  assert.ok(agents.some((a) => a.code === 'BUS' && a.phrases.some((p) => p.join(' ') === 'TRADE OFFICER')));
  const doc = createNlp().parse('The Velmoran foreign minister praised Kestria for its grain shipments.');
  const es = dictionaryEntities(doc, actors, agents, '20010101');
  assert.deepEqual(es.map((e) => e.actor), ['VELGOV', 'KES']);
});

test('agents compose with countries in one phrase: prefixed codes, possessors, redundant and former agents', () => {
  const actors = importPetrarchActors(CAPITAL_ACTORS);
  const agents = importPetrarchAgents(AGENTS);
  assert.equal(agents.find((a) => a.code === 'NGO')!.prefix, true);
  assert.equal(agents.find((a) => a.code === 'BUS')!.prefix, false);
  const codes = (text: string) => dictionaryEntities(createNlp().parse(text), actors, agents, '20010101').map((e) => e.actor);
  // [NGO~] is written before the country, a suffixed agent after it
  assert.deepEqual(codes('Red Crescent Velmora sent tents to Kestria.'), ['NGOVEL', 'KES']);
  assert.deepEqual(codes('A Red Crescent Velmora spokesman thanked Kestria.'), ['NGOVELGOV', 'KES']);
  // a possessor with modifiers between it and the agent
  assert.deepEqual(codes("Velmora's new deputy foreign minister flew to Kestria."), ['VELGOV', 'KES']);
  // an actor that already carries the agent does not take it twice
  assert.deepEqual(codes('The Citadel security officials met Velmora.'), ['KESGOV', 'VEL']);
  // "former" makes the agent an elite (CAMEO ELI)
  assert.deepEqual(codes('Velmora former security officials visited former Kestria trade officials.'), ['VELELI', 'KESELI']);
  assert.deepEqual(codes('Former security officials in The Citadel criticised Velmora.'), ['KESGOVELI', 'VEL']);
  // coordinated adjectives stay inside the phrase
  assert.deepEqual(codes("Velmora's new and untested foreign minister flew to Kestria."), ['VELGOV', 'KES']);
  // words joined by "_" in the text match a dictionary phrase written with a space
  assert.deepEqual(codes('The_Citadel praised Velmora.'), ['KESGOV', 'VEL']);
  // an agent conjoined to a country + agent phrase shares its country
  assert.deepEqual(codes('Velmoran foreign ministers and trade officials praised Kestria.'), ['VELGOV', 'VELBUS', 'KES']);
  // an agent far from any country is PETRARCH's anonymous "---GOV"
  assert.deepEqual(codes('Velmora praised Kestria, a spokesman said.'), ['VEL', 'KES', '---GOV']);
});

test('an imported dictionary codes sentences through the same coder, multi-word synonyms included', () => {
  const v = importPetrarchVerbs(VERBS, 't');
  const base = loadEventResources();
  const res = { ...base, version: 't', lexicon: compileLexicon(v.entries, base.codes, 'test', 't') };
  const actors = importPetrarchActors(ACTORS);
  const run = (text: string) => {
    const doc = createNlp().parse(text);
    const es = dictionaryEntities(doc, actors, [], '20010101');
    const article = { id: 'p', title: '', published: '2001-01-01', text };
    return codeEvents(article, doc, es, res, { modality: 'literal' }).map((e) => `${e.source.actor}>${e.target?.actor} ${e.code}`);
  };
  assert.deepEqual(run('Velmora praised Kestria warmly.'), ['VEL>KES 051']);
  assert.deepEqual(run('Velmora praised Kestria with silver marks.'), ['VEL>KES 071']);
  assert.deepEqual(run('Velmora did not praise Kestria.'), []);
  assert.deepEqual(run('Velmora turned away Kestria from talks.'), ['VEL>KES 125']);
  // a complex code "[032:033]" codes the visit and, reversed, the host's reception of it
  assert.deepEqual(run('Velmora landed in Kestria on Monday.'), ['VEL>KES 032', 'KES>VEL 033']);
});

test('with imported patterns the target may sit between the verb and the pattern words ("allowed that X is a trusted friend")', () => {
  const v = importPetrarchVerbs('--- CONCEDE  [010] ---\nCONCEDE\n- * TRUSTED_FRIEND  [051]\n', 't');
  const base = loadEventResources();
  const res = { ...base, version: 't', lexicon: compileLexicon(v.entries, base.codes, 'test', 't') };
  const actors = importPetrarchActors(ACTORS);
  const text = 'Velmora conceded that Kestria is a trusted friend.';
  const doc = createNlp().parse(text);
  const events = codeEvents({ id: 'p', title: '', published: '2001-01-01', text }, doc, dictionaryEntities(doc, actors, [], '20010101'), res, { modality: 'literal' });
  assert.deepEqual(events.map((e) => `${e.source.actor}>${e.target?.actor} ${e.code}`), ['VEL>KES 051']);
});

test('imported patterns are tried longest first, counting words, not slots', () => {
  const v = importPetrarchVerbs('--- COMMEND  [051] ---\nCOMMEND\n- REALLY WARMLY *  [053]\n- REALLY_VERY_WARMLY *  [052]\n', 't');
  const commend = v.entries.find((e) => e.lemmas[0] === 'commend')!;
  assert.deepEqual(commend.rules.map((r) => r.code), ['052', '053', '051']);
});

test('a pattern word joined to the verb by "_" must come right before it ("RECENTLY_*")', () => {
  const v = importPetrarchVerbs('--- COMMEND  [051] ---\nCOMMEND\n- RECENTLY_*  [025]\n', 't');
  const base = loadEventResources();
  const res = { ...base, version: 't', lexicon: compileLexicon(v.entries, base.codes, 'test', 't') };
  const actors = importPetrarchActors(ACTORS);
  const code = (text: string) => {
    const doc = createNlp().parse(text);
    return codeEvents({ id: 'p', title: '', published: '2001-01-01', text }, doc, dictionaryEntities(doc, actors, [], '20010101'), res, { modality: 'literal' }).map((e) => e.code);
  };
  assert.deepEqual(code('Velmora recently commended Kestria.'), ['025']);
  assert.deepEqual(code('Velmora recently did commend Kestria.'), ['051']);
});

test('a multi-word verb with its head marked inside ("WIRE_+TAP") needs the words before the head', () => {
  const v = importPetrarchVerbs('--- BUG  [1711] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n', 't');
  const tap = v.entries.find((e) => e.lemmas[0] === 'tap')!;
  assert.deepEqual(tap.rules.map((r) => [r.code, r.prev]), [['1711', ['wire']]]);
});
