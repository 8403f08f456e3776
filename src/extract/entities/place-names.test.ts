import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention as withMention } from './test-entities.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const run = createEntityRunner('2024-05-01');
const { nlp, resources: res } = run;

test('a country name inside a longer US place name is that place, not the country (Jersey City, New Jersey)', () => {
  const es = run('Protesters marched from Hoboken to Jersey City, New Jersey, on Friday.');
  assert.equal(es.find((e) => e.actor === 'JEY' || e.country === 'JEY'), undefined);
  assert.equal(withMention(es, 'Jersey City')?.country, 'USA');
  assert.equal(withMention(es, 'New Jersey')?.country, 'USA');
});

test('Georgia after a US city and a comma, or in "the state of Georgia", is the US state', () => {
  const es = run('The march began in Savannah, Georgia, at dawn. Lawmakers in the state of Georgia debated the bill.');
  const ga = withMention(es, 'Georgia');
  assert.equal(ga?.country, 'USA');
  assert.equal(ga?.actor, null);
});

test('Georgia stays the country when the article names it as a country', () => {
  const es = run('Georgia accused Russia of massing troops near Tbilisi, and Georgian officials asked NATO for help.');
  assert.equal(withMention(es, 'Georgia')?.actor, 'GEO');
});

test('an English county that is also a US town takes the country the article names (Norfolk farmer)', () => {
  const es = run('A Suffolk beekeeper and a Norfolk farmer were fined by a British court in Norwich.');
  assert.equal(withMention(es, 'Norfolk')?.country, 'GBR');
});

test('an all-capitals dateline is a place, and so are later mentions of the same town', () => {
  const es = run('SAVANNAH, Ga. (AP) — Storms closed schools on Monday.\nOfficials in Savannah said classes would resume.');
  const dateline = withMention(es, 'SAVANNAH');
  assert.equal(dateline?.type, 'GPE');
  assert.ok(es.filter((e) => e.type === 'PERSON').every((e) => !e.mentions.some((m) => /savannah/i.test(m.text))));
});

test('a US state name tagged as a person is a place (North Carolina)', () => {
  const es = run('Early voting opened across North Carolina on Thursday, and lines were long in Raleigh.');
  const nc = withMention(es, 'North Carolina');
  assert.notEqual(nc?.type, 'PERSON');
});

test('a tagged place after "in X," whose surname the article gives a person is that person', () => {
  const es = run('The regional delegate in Seville, Marisol Ferrández, told reporters the aid had arrived. Ferrández said more would follow.');
  const p = withMention(es, 'Ferrández');
  assert.equal(p?.type, 'PERSON');
  assert.equal(withMention(es, 'Seville')?.type, 'GPE');
});

test('a dateline state abbreviation is a US place and a capital in a dateline is no government actor', () => {
  const es = run('DAYTON, Ohio (AP) — Crews worked overnight.\nTOPEKA, Kan. (AP) — Schools reopened.\nWASHINGTON (AP) — The Senate voted on Tuesday.');
  assert.equal(withMention(es, 'Kan.')?.country, 'USA');
  assert.equal(withMention(es, 'TOPEKA')?.country, 'USA');
  assert.equal(withMention(es, 'TOPEKA')?.type, 'GPE');
  const dc = withMention(es, 'WASHINGTON');
  assert.equal(dc?.actor, null);
  assert.equal(dc?.country, 'USA');
});

test('Georgia stays the country in world news that names the United States but no US towns', () => {
  const es = run('Moldova and Georgia hope to join the alliance, American diplomats in Washington said, and the United States backed both bids.');
  assert.equal(withMention(es, 'Georgia')?.actor, 'GEO');
});

test('a town name that is also a given name is the town before "metro" or a civic noun', () => {
  const es = run('Turnout rose sharply in the Savannah metro area, and Savannah officials praised the volunteers.');
  assert.ok(es.filter((e) => e.type === 'PERSON').every((e) => !e.mentions.some((m) => m.text === 'Savannah')));
});

test('a capital named as a city is the place, a capital acting is the government', () => {
  const es = run('The jet left the Peruvian capital Lima at dawn and was barred from Lima airport. Lima protested to Santiago.');
  const place = es.find((e) => e.name === 'Lima' && e.actor === null);
  assert.equal(place?.mentions.length, 2);
  assert.equal(place?.country, 'PER');
  assert.ok(es.some((e) => e.actor === 'PERGOV' && e.mentions.some((m) => m.text === 'Lima')));
});

test('a US state that is also a foreign town is the state when nothing else decides (Florida is not Cuba)', () => {
  const es = run('Wildfires spread across Florida on Sunday, officials said.');
  assert.equal(withMention(es, 'Florida')?.country, 'USA');
});

test('a place taken for a person gets no country the article does not name', () => {
  const es = run('Ghislaine Maxwell met him in Palm Beach. Palm Beach police later opened a case, Florida prosecutors said.');
  const pb = withMention(es, 'Palm Beach');
  assert.equal(pb?.type, 'GPE');
  assert.notEqual(pb?.country, 'AUS');
});

test('Gaza towns in English news spelling are places of their country, not persons', () => {
  const es = run('Shelling hit Khan Younis and Deir al-Balah overnight, and later Beit Hanoun near Jabalia.');
  for (const n of ['Khan Younis', 'Deir al-Balah', 'Beit Hanoun', 'Jabalia']) {
    const e = withMention(es, n);
    assert.ok(e && e.type !== 'PERSON', `${n}: ${e?.type}`);
    assert.equal(e?.country, 'PSE', n);
  }
});

test('a town followed by a state or province abbreviation inside a sentence is a place of that country: "Brampton, Ont.;", "Kingston, Ont."', () => {
  const es = run('The accused were Omar Daley, 24, Brampton, Ont.; and Adam Reid, 31, Kingston, Ont.; a court heard.');
  for (const n of ['Kingston', 'Brampton']) {
    const e = withMention(es, n);
    assert.equal(e?.type, 'GPE', n);
    assert.equal(e?.country, 'CAN', n);
  }
  assert.equal(withMention(es, 'Ont.')?.country, 'CAN');
});

test('a place followed by a postal code, and maybe a ZIP code, makes the code a place of that country: "Tulsa, OK.", "Baltimore, MD 21202"', () => {
  const es = run('Send it to 12 Harbor Lane, Baltimore, MD 21202 by Friday. We drove on to Tulsa, OK.');
  assert.equal(withMention(es, 'MD')?.country, 'USA');
  assert.equal(withMention(es, 'OK')?.country, 'USA');
  assert.equal(withMention(es, 'OK')?.type, 'GPE');
});

test('a postal code after a town may be followed by a word for the area around it: "the Dayton, OH area"', () => {
  const es = run('We are looking for players who live in the Dayton, OH area this spring.');
  assert.equal(withMention(es, 'OH')?.country, 'USA');
});

test('a person followed by a comma and a post-nominal title is no town: "Ruth Meyer, MP"', () => {
  const es = run('The report was welcomed by Ruth Meyer, MP, on Tuesday.');
  assert.equal(withMention(es, 'Ruth Meyer')?.type, 'PERSON');
});

test('a weak one-word person guess does not make a tagged place ending in that word a person ("Middle English")', async () => {
  const { correctPlaceNames } = await import('./place-names.js');
  const { createDocView } = await import('./doc-view.js');
  const { rawMention } = await import('./raw-mention.js');
  const view = createDocView(nlp.parse('Scholars of Middle English met in Leeds. English scholars came too.'));
  const at = (w: string, n = 0) => tokenOf(view, w, n);
  const place = (a: number, b: number) => tokenSpan(view, a, b);
  const m = at('Middle');
  const tagged = rawMention(place(m, m + 2), { kind: 'name', type: 'GPE', key: 'GPE|middle english', name: 'Middle English', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 });
  const e = at('English', 1);
  const guess = rawMention(place(e, e + 1), { kind: 'name', type: 'PERSON', key: '', name: 'English', actor: null, country: null, agent: null, personTokens: ['english'], weak: true, rule: 'capitalised-name', confidence: 0.5 });
  const out = correctPlaceNames(view, res, [tagged, guess]);
  assert.notEqual(out.find((x) => x.name === 'Middle English')?.type, 'PERSON');
  const strong = { ...guess, weak: false, rule: 'ner-tagger' };
  const out2 = correctPlaceNames(view, res, [tagged, strong]);
  assert.equal(out2.find((x) => x.name === 'Middle English')?.type, 'PERSON');
});

test('a person named in full before a comma and a post-nominal is no town: "Tom Molloy, SC, said"', () => {
  const es = extractEntities(nlp.parse('For the defence, Tom Molloy, SC, said the evidence was thin.'), loadEntityResources({ nerModel: false }));
  const tom = es.find((e) => e.mentions.some((m) => m.text === 'Tom Molloy'));
  assert.equal(tom?.type, 'PERSON');
});

test('a town before a state abbreviation keeps the state\'s country: "Kingston, Ont." is in Canada, not Jamaica', () => {
  const es = extractEntities(nlp.parse('She grew up in Kingston, Ont., before moving west.'), loadEntityResources());
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'Kingston'))?.country, 'CAN');
});

test('a small US town does not take the name of a city abroad because the article names the United States: Geneva, Paris', () => {
  const es = run('American and Soviet envoys met again in Geneva on Tuesday, U.S. officials said. A US trade delegation flies on to Paris next week.');
  assert.equal(withMention(es, 'Geneva')?.country, 'CHE');
  assert.equal(withMention(es, 'Paris')?.country, 'FRA');
});

test('a small US town named with another place of its state keeps the US reading', () => {
  const storm = 'Storms flooded streets in Geneva on Monday, U.S. weather officials said.';
  assert.equal(withMention(run(storm), 'Geneva')?.country, 'CHE');
  assert.equal(withMention(run(storm.replace('in Geneva', 'in Naperville and in Geneva')), 'Geneva')?.country, 'USA');
});

test('a dateline town takes its first country without the article naming it, unless the dateline names a region elsewhere', () => {
  assert.equal(withMention(run('GENEVA, March 3 - Trade envoys from the United States met again on Tuesday.'), 'GENEVA')?.country, 'CHE');
  assert.equal(withMention(run('DENVER, March 3 - The miner said profits rose.'), 'DENVER')?.country, 'USA');
  // the gazetteer's only Woodlands is in Singapore; the dateline says Texas
  assert.notEqual(withMention(run('WOODLANDS, Texas, March 11 - The energy group said output rose.'), 'WOODLANDS')?.country, 'SGP');
});

test('a capital opening a dated dateline in mixed case is the filing place, not the government: "Ottawa, March 2 -"', () => {
  const es = run('Ottawa, March 2 - Canada and Mexico signed a fisheries accord.');
  const ottawa = withMention(es, 'Ottawa');
  assert.equal(ottawa?.type, 'GPE');
  assert.equal(ottawa?.actor, null);
});

test('a dateline town the tagger reads as a person becomes a place of its state: "QUAKERTOWN, Pa., March 2 -"', () => {
  const es = run('QUAKERTOWN, Pa., March 2 - Hartline Mills Inc said its quarterly profit rose.');
  const town = withMention(es, 'QUAKERTOWN');
  assert.notEqual(town?.type, 'PERSON');
  assert.equal(withMention(es, 'Pa.')?.country, 'USA');
});
