import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { harmoniseSpans, personEnd } from './tagged-mentions.js';
import { loadEntityResources } from './resources.js';
import { tokenOf } from './test-tokens.js';
import { extractEntities } from './extract-entities.js';

const nlp = createNlp();

/** Token index of the n-th occurrence (0-based) of a word in the view's doc. */
test('a name tagged with two types in one article takes the majority type', () => {
  const view = createDocView(nlp.parse('Kestrel Foods grew fast. Analysts like Kestrel Foods. Kestrel Foods hired staff.'));
  const at = (n: number) => tokenOf(view, 'Kestrel', n);
  const tagged = [
    { start: at(0), end: at(0) + 2, type: 'ORG', sentence: 0 },
    { start: at(1), end: at(1) + 2, type: 'PER', sentence: 1 },
    { start: at(2), end: at(2) + 2, type: 'ORG', sentence: 2 },
  ];
  const out = harmoniseSpans(view, tagged, new Int32Array(view.doc.tokenCount).fill(-1), []);
  assert.deepEqual(out.map((s) => s.type), ['ORG', 'ORG', 'ORG']);
});

test('a person tagged once is a name where the tagger missed it, an organisation or a place is not spread', () => {
  const view = createDocView(nlp.parse('Brightwell Ltd sued Dorvan and Maren Quist. Later Brightwell Ltd settled, Maren Quist smiled, and Dorvan paid.'));
  const b = tokenOf(view, 'Brightwell', 0);
  const d = tokenOf(view, 'Dorvan', 0);
  const q = tokenOf(view, 'Maren', 0);
  const tagged = [
    { start: b, end: b + 2, type: 'ORG', sentence: 0 },
    { start: d, end: d + 1, type: 'LOC', sentence: 0 },
    { start: q, end: q + 2, type: 'PER', sentence: 0 },
  ];
  const out = harmoniseSpans(view, tagged, new Int32Array(view.doc.tokenCount).fill(-1), []);
  const q2 = tokenOf(view, 'Maren', 1);
  assert.ok(out.some((s) => s.start === q2 && s.end === q2 + 2 && s.type === 'PER' && s.rule === 'ner-repeat'));
  assert.equal(out.filter((s) => s.type === 'ORG').length, 1);
  assert.equal(out.filter((s) => s.type === 'LOC').length, 1);
});

test('a one-word name that opens a sentence and occurs in lower case elsewhere is not spread', () => {
  const view = createDocView(nlp.parse('We met Summit staff. Summit was closed, so we hiked to the summit.'));
  const s0 = tokenOf(view, 'Summit', 0);
  const out = harmoniseSpans(view, [{ start: s0, end: s0 + 1, type: 'PER', sentence: 0 }], new Int32Array(view.doc.tokenCount).fill(-1), []);
  assert.equal(out.length, 1);
});

test('a tagged person name ending in a company word, or naming a known town, is not a person', async () => {
  const { personOrNot } = await import('./tagged-mentions.js');
  const { loadEntityResources } = await import('./resources.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('We hired Danvers Electric from High Wycombe, and Clinton thanked Maria Lopez.'));
  const at = (w: string) => tokenOf(view, w);
  assert.equal(personOrNot(view, res, at('Danvers'), at('Danvers') + 2), 'ORG');
  assert.equal(personOrNot(view, res, at('High'), at('High') + 2), 'LOC');
  assert.equal(personOrNot(view, res, at('Clinton'), at('Clinton') + 1), 'PER');
  assert.equal(personOrNot(view, res, at('Maria'), at('Maria') + 2), 'PER');
});

test('a name with a possessive that ends its noun phrase is a shop ("Dunmore\'s has"), not before a noun', async () => {
  const { isShopName } = await import('./tagged-mentions.js');
  const shop = createDocView(nlp.parse("Dunmore's has the best burgers in town."));
  assert.equal(isShopName(shop, tokenOf(shop, 'Dunmore') + 1), true);
  const owner = createDocView(nlp.parse("Dunmore's brother runs the shop."));
  assert.equal(isShopName(owner, tokenOf(owner, 'Dunmore') + 1), false);
  for (const text of ["Later Dunmore's going to the market.", "Dunmore's been told to wait.", "Dunmore's not coming tonight."]) {
    const view = createDocView(nlp.parse(text));
    assert.equal(isShopName(view, tokenOf(view, 'Dunmore') + 1), false, text);
  }
});

test('a possessive before a modifier and its noun, a title, a citation or "the" is no shop name', async () => {
  const { isShopName } = await import('./tagged-mentions.js');
  for (const text of ["In Dunmore's later letters he wrote of it.", "Dunmore's The Quiet Hours won a prize.", "As in Dunmore's (2011) survey, rates fell.", "Dunmore's the one to ask."]) {
    const view = createDocView(nlp.parse(text));
    assert.equal(isShopName(view, tokenOf(view, 'Dunmore') + 1), false, text);
  }
  const shop = createDocView(nlp.parse("We ate at Dunmore's and then walked home."));
  assert.equal(isShopName(shop, tokenOf(shop, 'Dunmore') + 1), true);
});

test('a known town after a locative preposition is a place even when the tagger missed it, a month is not', async () => {
  const { knownPlaceSpans } = await import('./tagged-mentions.js');
  const { loadEntityResources } = await import('./resources.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('She moved to a farm near Glenview in May, then worked in Wright-Patterson offices.'));
  const none = new Int32Array(view.doc.tokenCount).fill(-1);
  const spans = knownPlaceSpans(view, res, [], none, []);
  const words = spans.map((s) => view.doc.text.slice(view.doc.starts[s.start], view.doc.ends[s.end - 1]));
  assert.deepEqual(words, ['Glenview']);
  assert.equal(spans[0].rule, 'known-place');
});

test('a capitalised brand phrase the tagger missed is an organisation, a lower-case phrase is not', async () => {
  const { knownBrandSpans } = await import('./tagged-mentions.js');
  const { loadEntityResources } = await import('./resources.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('We flew Air France and it played a critical role in the trip.'));
  const none = new Int32Array(view.doc.tokenCount).fill(-1);
  const spans = knownBrandSpans(view, res, [], none, []);
  assert.deepEqual(spans.map((s) => view.doc.text.slice(view.doc.starts[s.start], view.doc.ends[s.end - 1])), ['Air France']);
  assert.equal(spans[0].type, 'ORG');
});

test('a name tagged once but left untagged at most of its many repeats is not spread (the tagger\'s majority wins)', () => {
  const view = createDocView(nlp.parse('Quarn rose. Quarn fell. Traders sold Quarn. Quarn rallied. Quarn closed flat.'));
  const q = tokenOf(view, 'Quarn', 2);
  const tagged = [{ start: q, end: q + 1, type: 'PER', sentence: 2 }];
  const out = harmoniseSpans(view, tagged, new Int32Array(view.doc.tokenCount).fill(-1), []);
  assert.equal(out.length, 1);
  assert.equal(out[0].rule, undefined);
});

test('a name tagged once is spread to two untagged repeats, marked as a repeat', () => {
  const view = createDocView(nlp.parse('Tovan Brill joined the board. Tovan Brill will chair it, and critics of Tovan Brill were quiet.'));
  const t = tokenOf(view, 'Tovan', 0);
  const out = harmoniseSpans(view, [{ start: t, end: t + 2, type: 'PER', sentence: 0 }], new Int32Array(view.doc.tokenCount).fill(-1), []);
  assert.equal(out.length, 3);
  assert.deepEqual(out.slice(1).map((s) => s.rule), ['ner-repeat', 'ner-repeat']);
});

test('a tagged person name ends before a job title or a company in an e-mail signature', () => {
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('Thanks, Marla J. Quint Senior Project Coordinator Halvern Partners'));
  const a = tokenOf(view, 'Marla');
  const end = personEnd(view, res, a, view.doc.tokenCount);
  assert.equal(view.doc.text.slice(view.doc.starts[a], view.doc.ends[end - 1]), 'Marla J. Quint');
  const view2 = createDocView(nlp.parse('Regards, Dana Oyelaran Goldman Sachs'));
  const a2 = tokenOf(view2, 'Dana');
  assert.equal(view2.doc.text.slice(view2.doc.starts[a2], view2.doc.ends[personEnd(view2, res, a2, view2.doc.tokenCount) - 1]), 'Dana Oyelaran');
});

test('a tagged name ends before a trailing dash or a spaced dash that opens a clause, not inside a hyphenated name', async () => {
  const { dashEnd } = await import('./tagged-mentions.js');
  const surface = (view: ReturnType<typeof createDocView>, a: number, b: number) => view.doc.text.slice(view.doc.starts[a], view.doc.ends[b - 1]);
  const clause = createDocView(nlp.parse('Call Marta Ilves - she runs the bakery now.'));
  const m = tokenOf(clause, 'Marta');
  assert.equal(surface(clause, m, dashEnd(clause, m, m + 4)), 'Marta Ilves');
  const trailing = createDocView(nlp.parse('Thanks to Odile - and the rest.'));
  const o = tokenOf(trailing, 'Odile');
  assert.equal(surface(trailing, o, dashEnd(trailing, o, o + 2)), 'Odile');
  const korean = createDocView(nlp.parse('Kim Jong-un and Leung Chun-ying met.'));
  const k = tokenOf(korean, 'Kim');
  const kEnd = tokenOf(korean, 'and');
  assert.equal(dashEnd(korean, k, kEnd), kEnd);
  const spaced = createDocView(nlp.parse('The American - Arab Unity Council met.'));
  const am = tokenOf(spaced, 'American');
  const amEnd = tokenOf(spaced, 'met');
  assert.equal(dashEnd(spaced, am, amEnd), amEnd);
});

test('a tagged organisation name built on a country found by rule wins over it, two places side by side or an event do not', async () => {
  const { placeInsideName } = await import('./tagged-mentions.js');
  const { findMentions } = await import('./find-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const held = (view: ReturnType<typeof createDocView>, a: number, b: number) => findMentions(view, res).filter((m) => m.tokStart >= a && m.tokEnd <= b && !m.weak);
  const herald = createDocView(nlp.parse('She wrote for the Canada Evening Herald last year.'));
  const c = tokenOf(herald, 'Canada');
  const inner = placeInsideName(herald, res, held(herald, c, c + 3), c, c + 3);
  assert.equal(inner?.country, 'CAN');
  const games = createDocView(nlp.parse('He ran at the Canada Summer Games last year.'));
  const g = tokenOf(games, 'Canada');
  assert.equal(placeInsideName(games, res, held(games, g, g + 3), g, g + 3), null);
  const two = createDocView(nlp.parse('We flew from Toronto Canada last year.'));
  const t = tokenOf(two, 'Toronto');
  assert.equal(placeInsideName(two, res, held(two, t, t + 2), t, t + 2), null);
  const numbered = createDocView(nlp.parse('The Canada Vision 2030 plan was cut.'));
  const n = tokenOf(numbered, 'Canada');
  assert.equal(placeInsideName(numbered, res, held(numbered, n, n + 2), n, n + 2), null);
});

test('a tagged person name opening with an acronym of three or more capitals is an organisation, two initials stay a person', async () => {
  const { personOrNot } = await import('./tagged-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('The prints went to KVU Art Collections, and TJ Morrow wrestled.'));
  const at = (w: string) => tokenOf(view, w);
  assert.equal(personOrNot(view, res, at('KVU'), at('KVU') + 3), 'ORG');
  assert.equal(personOrNot(view, res, at('TJ'), at('TJ') + 2), 'PER');
});

test('a known town after a preposition of motion is a place, a town that is also a given name is not ("gave the keys to Charlotte")', async () => {
  const { knownPlaceSpans } = await import('./tagged-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('They drove back to Invercargill, then gave the keys to Charlotte.'));
  const none = new Int32Array(view.doc.tokenCount).fill(-1);
  const words = knownPlaceSpans(view, res, [], none, []).map((s) => view.doc.text.slice(view.doc.starts[s.start], view.doc.ends[s.end - 1]));
  assert.deepEqual(words, ['Invercargill']);
});

test('a tagged place made of a known town and its region splits in two, a one-place name does not', async () => {
  const { townRegionSplit } = await import('./tagged-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('We stayed in Toowoomba Queensland and then in Palm Springs.'));
  const t = tokenOf(view, 'Toowoomba');
  assert.equal(townRegionSplit(view, res, t, t + 2), t + 1);
  const p = tokenOf(view, 'Palm');
  assert.equal(townRegionSplit(view, res, p, p + 2), -1);
});

test('a name ending in a structure word is a place ("Kestrel Air Force Base"), one ending in "Center" may be an institution', async () => {
  const { namedByStructure } = await import('./tagged-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('Jets left Kestrel Air Force Base for the Harlow Action Center.'));
  assert.equal(namedByStructure(view, res, tokenOf(view, 'Base') + 1), true);
  assert.equal(namedByStructure(view, res, tokenOf(view, 'Center') + 1), false);
});

test('a tagged person name ending in a street word is the street ("Maple Grove Road")', async () => {
  const { personOrNot } = await import('./tagged-mentions.js');
  const res = loadEntityResources({ nerModel: false });
  const view = createDocView(nlp.parse('The shop on Maple Grove Road closed.'));
  const m = tokenOf(view, 'Maple');
  assert.equal(personOrNot(view, res, m, m + 3), 'LOC');
});

test('a one-word name the article also writes in lower case is not spread ("Sage" tagged once in a recipe with "sage")', () => {
  const view = createDocView(nlp.parse('Chop the sage finely. Sage said to add it late. Then stir in Sage and salt.'));
  const s = tokenOf(view, 'Sage', 0);
  const out = harmoniseSpans(view, [{ start: s, end: s + 1, type: 'PER', sentence: 1 }], new Int32Array(view.doc.tokenCount).fill(-1), []);
  assert.equal(out.length, 1);
});

test('a possessive that lost its apostrophe ("Dunmore s") is a possessive, and can end a shop name', async () => {
  const { isPossessive, isShopName } = await import('./tagged-mentions.js');
  const shop = createDocView(nlp.parse('We ate at Dunmore s and then walked home.'));
  assert.equal(isPossessive(shop, tokenOf(shop, 'Dunmore') + 1), true);
  assert.equal(isShopName(shop, tokenOf(shop, 'Dunmore') + 1), true);
  const letter = createDocView(nlp.parse('Mind the s in the word.'));
  assert.equal(isPossessive(letter, tokenOf(letter, 'the', 0) + 1), false);
});

test('an owner\'s possessive and a capitalised trade word make one shop name ("Dunmore\'s Pizza"), not a dish or a ranch', async () => {
  const { ownerShopEnd } = await import('./tagged-mentions.js');
  const shop = createDocView(nlp.parse("Dunmore's Pizza was closed on Monday."));
  assert.equal(ownerShopEnd(shop, tokenOf(shop, 'Dunmore') + 1), tokenOf(shop, 'Pizza') + 1);
  const garage = createDocView(nlp.parse('Call Halvey s Auto Repair today.'));
  assert.equal(ownerShopEnd(garage, tokenOf(garage, 'Halvey') + 1), tokenOf(garage, 'Repair') + 1);
  for (const text of ["Dunmore's pizza was cold.", "Dunmore's Texas ranch is large."]) {
    const view = createDocView(nlp.parse(text));
    assert.equal(ownerShopEnd(view, tokenOf(view, 'Dunmore') + 1), -1, text);
  }
});

test('a name tagged as a person or an unknown place before a possessive that ends its noun phrase is a shop with the possessive; a country keeps its own', () => {
  const res = loadEntityResources();
  const names = (text: string) => extractEntities(nlp.parse(text), res).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type} ${text.slice(m.start, m.end)}`));
  assert.ok(names("We had lunch at Marlowe's and the soup was cold.").includes("FAC Marlowe's"));
  assert.ok(names("Dunmore's Pizza was closed on Monday.").includes("ORG Dunmore's Pizza"));
  assert.ok(!names("Japan's exports grew faster than China's exports.").some((n) => n.includes("'s")));
});

test("a known company whose name ends in 's keeps it, at a sentence's end, before a comma or a verb and as a possessor (its shop after a determiner); a country's possessive stays apart", () => {
  const res = loadEntityResources();
  const names = (text: string) => extractEntities(nlp.parse(text), res).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type} ${text.slice(m.start, m.end)}`));
  const shops = names("Shoppers crowded into Macy's. Sales rose at Macy's, a clerk said. Macy's said sales rose. Analysts praised Kellogg's.");
  assert.deepEqual(shops.filter((n) => /Macy|Kellogg/.test(n)), ["ORG Macy's", "ORG Macy's", "ORG Macy's", "ORG Kellogg's"]);
  assert.ok(names("They met at the McDonald's.").includes("FAC McDonald's"), 'after a determiner: one of its shops');
  assert.ok(names("The plan was China's.").includes('GPE China'));
});
