import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';
import { createEntityRunner } from './test-entities.js';
import { createDocView } from './doc-view.js';
import { trimLeadingDeterminers, widenCoordinatedNames } from './name-spans.js';
import { rawMention } from './raw-mention.js';

const nlp = createNlp();
const res = loadEntityResources();
const names = (text: string) => extractEntities(nlp.parse(text), res).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

test('an organisation name with "and" inside is one name: "the Harbour Fisheries and Marine Council"', () => {
  const found = names('Officials from the Harbour Fisheries and Marine Council met on Monday.');
  assert.ok(found.includes('Harbour Fisheries and Marine Council'), found.join(', '));
  assert.ok(!found.includes('Marine Council'), found.join(', '));
});

test('a facility name with "&" inside is one name: "the Lakeside Rail & Steam Museum"', () => {
  const found = names('Visitors queued outside the Lakeside Rail & Steam Museum all morning.');
  assert.ok(found.includes('Lakeside Rail & Steam Museum'), found.join(', '));
});

test('two names joined by "and" stay two when the first ends in a cue word or is a country', () => {
  const a = names('She studied at the Royal Music Academy and Dorset Valley University before teaching.');
  assert.ok(!a.some((n) => n.includes(' and ')), a.join(', '));
  const b = names('Delegates of Norway and the Baltic Fisheries Council signed the accord.');
  assert.ok(!b.some((n) => n.includes(' and ')), b.join(', '));
});

test('the last items of a list are not joined: "Carver Motors, Delta Freight and Harbour Shipping Group"', () => {
  const found = names('Bids came from Carver Motors, Delta Freight and Harbour Shipping Group last week.');
  assert.ok(!found.some((n) => n.startsWith('Delta Freight and')), found.join(', '));
});

test('a tagged name loses a lower-case "the" it opens with: "the Varga regime"', () => {
  const es = extractEntities(nlp.parse('The inquiry found that the Varga regime has used banned munitions.'), res);
  const all = es.flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(!all.some((t) => t.startsWith('the ')), all.join(', '));
});

test('"… of X and Y" is one organisation name ("the Ministry of Fisheries and Coastal Affairs"), "… of Justice and Parliament" two names', () => {
  const found = names('Inspectors from the Ministry of Fisheries and Coastal Affairs visited the port.');
  assert.ok(found.includes('Ministry of Fisheries and Coastal Affairs'), found.join(', '));
  const two = names('Lawyers at the Department of Justice and Parliament disagreed.');
  assert.ok(!two.some((n) => n.includes('Parliament') && n.includes('Justice')), two.join(', '));
});

test('a tagged name loses an ampersand it opens with: "& Ferrante" of "Lund & Ferrante"', () => {
  const view = createDocView(nlp.parse('As Lund & Ferrante argued, sleep helps memory.'));
  const { doc } = view;
  let a = 0;
  while (doc.text.slice(doc.starts[a], doc.ends[a]) !== '&') a++;
  const tagged = rawMention({ start: doc.starts[a], end: doc.ends[a + 1], tokStart: a, tokEnd: a + 2, sentence: 0, evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: '& Ferrante', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7, personTokens: ['ferrante'] });
  assert.deepEqual(trimLeadingDeterminers(view, [tagged]).map((m) => m.name), ['Ferrante']);
});

test('a place named with "and" inside opens the name after it: "Newfoundland and Labrador Court of Appeal"', () => {
  const view = createDocView(nlp.parse('Judges of the Newfoundland and Labrador Court of Appeal ruled, and Norway and Harbour Council agreed.'));
  const tok = (w: string) => view.keys.indexOf(w.toLowerCase());
  const span = (a: number, b: number) => ({ start: view.doc.starts[a], end: view.doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: 0, evidence: [] });
  const place = rawMention(span(tok('Newfoundland'), tok('Newfoundland') + 1), { kind: 'name', type: 'GPE', key: 'GPE|newfoundland', name: 'Newfoundland', actor: null, country: 'CAN', agent: null, rule: 'ner-tagger', confidence: 0.7 });
  const court = rawMention(span(tok('Labrador'), tok('Appeal') + 1), { kind: 'name', type: 'ORG', key: 'ORG|labrador court of appeal', name: 'Labrador Court of Appeal', actor: null, country: null, agent: 'JUD', rule: 'cue-word-name', confidence: 0.8 });
  const norway = rawMention(span(tok('Norway'), tok('Norway') + 1), { kind: 'name', type: 'GPE', key: 'GPE|NOR', name: 'Norway', actor: 'NOR', country: 'NOR', agent: null, rule: 'country-name', confidence: 0.95 });
  const council = rawMention(span(tok('Harbour'), tok('Council') + 1), { kind: 'name', type: 'ORG', key: 'ORG|harbour council', name: 'Harbour Council', actor: null, country: null, agent: 'GOV', rule: 'cue-word-name', confidence: 0.8 });
  const out = widenCoordinatedNames(view, res, [place, court, norway, council]);
  assert.deepEqual(out.map((m) => `${view.doc.text.slice(m.start, m.end)} ${m.country ?? ''}`), ['Newfoundland and Labrador Court of Appeal CAN', 'Norway NOR', 'Harbour Council ']);
});

test('a single cue word before "and" opens the name it coordinates into: "the Securities and Exchange Commission" is one organisation', () => {
  const found = names('Yesterday the Securities and Exchange Commission fined the broker.');
  assert.ok(found.includes('Securities and Exchange Commission'), found.join(', '));
});

const unionRunner = createEntityRunner('2005-02-01');

test('a union named with "and" and a plural possessive is one organisation: "Transport and General Workers\' Union"', () => {
  const run = unionRunner;
  const names = run('Leaders of the Harbour and General Workers\' Union met ministers on Monday. The Rail and Maritime Workers Union backed them.').filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.ok(names.includes("Harbour and General Workers' Union"), JSON.stringify(names));
  assert.ok(names.includes('Rail and Maritime Workers Union'), JSON.stringify(names));
});

test('a plural possessive inside an organisation name keeps the name whole: "Upland Hill Farm Workers\' Union"', () => {
  const run = unionRunner;
  const names = run('Members of the Upland Hill Farm Workers\' Union marched through the town. The Coastal Ferry Workers\' Union called a strike.').filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.ok(names.includes("Upland Hill Farm Workers' Union"), JSON.stringify(names));
  assert.ok(names.includes("Coastal Ferry Workers' Union"), JSON.stringify(names));
});
