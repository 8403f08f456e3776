import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../ingest/shared-path.js';
import { GDELT_EVENT_COLUMNS, createGdeltContext, gdeltEventId, toGdeltRow, toGdeltTsv, withGlobalEventIds } from './gdelt-export.js';
import type { StoredEvent } from '../store/store.js';
import { groupEventMentions } from './event-mentions.js';

const prov = { component: 't', version: '0', rule: 'r', confidence: 1 };
const event: StoredEvent = {
  id: 'ev1', source: { actor: 'USAGOV', name: 'Antony Blinken', entity: 'e1' }, target: { actor: 'CHNGOV', name: 'Xi Jinping', entity: 'e2' },
  code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2023-06-19',
  location: { name: 'Beijing', country: 'CHN' }, sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' },
  rule: 'r', confidence: 1, isRoot: true, negated: false, provenance: prov,
  articleId: 'a1', articleTitle: 't', published: '2023-06-19', articleUrl: 'https://example.org/a', articleTone: -1.5, storedAt: '2024-01-02T03:04:05.000Z',
};

const ctx = createGdeltContext([event]);
/** A row's value in the named GDELT column. */
const column = (row: (string | number)[], name: string) => row[GDELT_EVENT_COLUMNS.indexOf(name as (typeof GDELT_EVENT_COLUMNS)[number])];

test('a GDELT row has the 61 columns of the GDELT 2.0 Events codebook', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(toGdeltRow(event, ctx, 7).length, 61);
});

test('actor, event and geo fields land in their GDELT columns', () => {
  const row = toGdeltRow(event, ctx, 7);
  const col = (name: string) => row[GDELT_EVENT_COLUMNS.indexOf(name as (typeof GDELT_EVENT_COLUMNS)[number])];
  assert.equal(col('GLOBALEVENTID'), 7);
  assert.equal(col('SQLDATE'), '20230619');
  assert.equal(col('Actor1Code'), 'USAGOV');
  assert.equal(col('Actor1CountryCode'), 'USA');
  assert.equal(col('Actor1Type1Code'), 'GOV');
  assert.equal(col('Actor2CountryCode'), 'CHN');
  assert.equal(col('EventCode'), '042');
  assert.equal(col('EventRootCode'), '04');
  assert.equal(col('GoldsteinScale'), 1.9);
  assert.equal(col('AvgTone'), -1.5);
  assert.equal(col('ActionGeo_FullName'), 'Beijing');
  assert.equal(col('ActionGeo_CountryCode'), 'CH', 'GDELT geo columns take FIPS 10-4 codes');
  assert.equal(col('DATEADDED'), '20240102030405');
  assert.equal(col('SOURCEURL'), 'https://example.org/a');
});

test('SOURCEURL is the URL, else the file read, else (stdin, no origin) the article id, never "-"', () => {
  const sourceUrl = (e: Partial<StoredEvent>) => column(toGdeltRow({ ...event, ...e }, ctx, 7), 'SOURCEURL');
  assert.equal(sourceUrl({ articleUrl: null, articleOrigin: '/news/wire.jsonl:3' }), '/news/wire.jsonl:3');
  assert.equal(sourceUrl({ articleUrl: null, articleOrigin: '-' }), event.articleId);
  assert.equal(sourceUrl({ articleUrl: null, articleOrigin: '-:3' }), event.articleId);
  assert.equal(sourceUrl({ articleUrl: null, articleOrigin: null }), event.articleId);
});

test('an international organisation exports its group as KnownGroupCode and IGO as its type, with no country', () => {
  const imf = { ...event, source: { actor: 'IGOBUSIMF', name: 'International Monetary Fund', entity: 'e3' } };
  const row = toGdeltRow(imf, createGdeltContext([imf]), 8);
  assert.deepEqual(['Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Geo_Type'].map((c) => column(row, c)), ['', 'IMF', 'IGO', 'BUS', 0]);
});

test('a Soviet actor and a place in the Soviet Union get coordinates: Moscow as a city of today\'s Russia, FIPS UR', () => {
  const soviet = { ...event, source: { actor: 'USRGOV', name: 'Mikhail Gorbachev', entity: 'e4' }, date: '1987-03-02', location: { name: 'Moscow', country: 'USR' } };
  const row = toGdeltRow(soviet, createGdeltContext([soviet]), 9);
  assert.deepEqual(['Actor1CountryCode', 'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode'].map((c) => column(row, c)), ['USR', 1, 'Soviet Union', 'UR']);
  assert.equal(column(row, 'ActionGeo_Type'), 4);
  assert.equal(column(row, 'ActionGeo_CountryCode'), 'UR');
  assert.ok(Math.abs(Number(column(row, 'ActionGeo_Lat')) - 55.75) < 0.2, String(column(row, 'ActionGeo_Lat')));
});

test('the TSV has one tab-separated line per event and an optional header', () => {
  const tsv = toGdeltTsv(groupEventMentions([event, { ...event, id: 'ev2', code: '040' }]), { header: true }).trimEnd().split('\n');
  assert.equal(tsv.length, 3);
  assert.equal(tsv[0].split('\t')[0], 'GLOBALEVENTID');
  assert.equal(tsv[2].split('\t').length, 61);
});

test('an article reporting the same event twice gives one row with NumMentions 2; another code, date, place or article stays apart', () => {
  const repeat = { ...event, id: 'ev2', sentence: { start: 5, end: 9, text: 'again' } };
  const groups = groupEventMentions([event, { ...event, id: 'ev3', code: '040' }, repeat, { ...event, id: 'ev4', date: '2023-06-18' }, { ...event, id: 'ev5', location: null }, { ...event, articleId: 'a2' }]);
  assert.deepEqual(groups.map((g) => [g.event.articleId, g.event.id, g.mentions]), [['a1', 'ev1', 2], ['a1', 'ev3', 1], ['a1', 'ev4', 1], ['a1', 'ev5', 1], ['a2', 'ev1', 1]]);
  const row = toGdeltTsv(groups).split('\n')[0].split('\t');
  assert.deepEqual([column(row, 'GLOBALEVENTID'), column(row, 'NumMentions'), column(row, 'NumSources'), column(row, 'NumArticles')], [String(gdeltEventId('a1', 'ev1')), '2', '1', '1']);
});

test('an event a source re-issued in the same sentence is one row with NumArticles 2 and its mentions in NumMentions', () => {
  const wire = { ...event, articleSource: 'Wire', sentence: { start: 0, end: 40, text: 'Blinken met Xi in Beijing on Monday for talks.' } };
  const groups = groupEventMentions([wire, { ...wire, id: 'ev2' }, { ...wire, articleId: 'a2', published: '2023-06-20' }]);
  assert.equal(groups.length, 1);
  const row = toGdeltTsv(groups).trimEnd().split('\t');
  assert.deepEqual([column(row, 'GLOBALEVENTID'), column(row, 'NumMentions'), column(row, 'NumSources'), column(row, 'NumArticles')], [String(gdeltEventId('a1', 'ev1')), '3', '1', '2']);
});

test('the AvgTone of a row a source re-issued is the mean tone of its articles, not the first one\'s', () => {
  const wire = { ...event, articleSource: 'Wire', articleTone: -2, sentence: { start: 0, end: 40, text: 'Blinken met Xi in Beijing on Monday for talks.' } };
  const reissue = { ...wire, articleId: 'a2', published: '2023-06-20', articleTone: 4 };
  const merged = toGdeltTsv(groupEventMentions([wire, { ...wire, id: 'ev2' }, reissue])).trimEnd().split('\t');
  assert.deepEqual([column(merged, 'NumArticles'), column(merged, 'AvgTone')], ['2', '1']);
  // one row per coded event keeps each article's own tone; an article with no tone counts for none
  const apart = toGdeltTsv([wire, reissue].map((e) => ({ event: e, mentions: 1 }))).trimEnd().split('\n').map((l) => column(l.split('\t'), 'AvgTone'));
  assert.deepEqual(apart, ['-2', '4']);
  const untoned = toGdeltTsv(groupEventMentions([wire, { ...reissue, articleTone: null }])).trimEnd().split('\t');
  assert.equal(column(untoned, 'AvgTone'), '-2');
});

const GDELT_HEADER = sharedPath('reference', 'gdelt', 'GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv');

test('the GDELT columns are the codebook\'s 61, in its order (GDELT 2.0 Events header row, read in place)', { skip: GDELT_HEADER ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  // one line per column (no line breaks inside the quoted descriptions): the name is the first field
  const names = readFileSync(GDELT_HEADER!, 'utf8').trimEnd().split('\n').slice(1).map((line) => line.split(',')[0]);
  assert.deepEqual([...GDELT_EVENT_COLUMNS], names);
});

test('each coded event carries the GLOBALEVENTID of the row it is counted in', () => {
  const wire = { ...event, articleSource: 'Wire', sentence: { start: 0, end: 40, text: 'Blinken met Xi in Beijing on Monday for talks.' } };
  const events = [wire, { ...wire, id: 'ev2', code: '040' }, { ...wire, articleId: 'a2', published: '2023-06-20' }];
  assert.deepEqual(withGlobalEventIds(events).map((e) => e.globalEventId), [gdeltEventId('a1', 'ev1'), gdeltEventId('a1', 'ev2'), gdeltEventId('a1', 'ev1')]);
});

test('GLOBALEVENTID is the same for an event in every export and differs between events', () => {
  const id = Number(toGdeltTsv([{ event, mentions: 1 }]).split('\t')[0]);
  assert.equal(id, gdeltEventId('a1', 'ev1'));
  assert.equal(Number(toGdeltTsv([{ event: { ...event, id: 'ev0' }, mentions: 1 }, { event, mentions: 1 }]).trimEnd().split('\n')[1].split('\t')[0]), id);
  assert.notEqual(gdeltEventId('a1', 'ev2'), id);
  assert.ok(Number.isSafeInteger(id) && id >= 0);
});

test('geo country codes are FIPS 10-4 where it differs from ISO (GBR is UK, DEU is GM), empty for a country without one', async () => {
  const { loadFipsCodes } = await import('./fips-codes.js');
  const fips = loadFipsCodes();
  assert.equal(fips.get('GBR'), 'UK');
  assert.equal(fips.get('DEU'), 'GM');
  const at = (country: string) => column(toGdeltRow({ ...event, location: { name: 'X', country } }, ctx, 1), 'ActionGeo_CountryCode');
  assert.equal(at('GBR'), 'UK');
  assert.equal(at('IGO'), '');
});

test('a city location gets the coordinates of the most populous city of that name in its country', () => {
  // Washington, D.C. rather than the town of Washington, Utah; São Paulo found without its accent; Lyon by name
  const places = [
    { name: 'Washington', country: 'USA' },
    { name: 'Sao Paulo', country: 'BRA' },
    { name: 'Lyon', country: 'FRA' },
  ];
  const events = places.map((location, i) => ({ ...event, id: `ev${i}`, location }));
  const c = createGdeltContext(events);
  const [dc, sp, lyon] = events.map((ev) => toGdeltRow(ev, c));
  assert.equal(column(dc, 'ActionGeo_Type'), 3, 'GDELT geo type 3 is a US city');
  assert.equal(column(dc, 'ActionGeo_ADM1Code'), 'USDC');
  assert.ok(Math.abs(Number(column(dc, 'ActionGeo_Lat')) - 38.9) < 0.2, String(column(dc, 'ActionGeo_Lat')));
  assert.ok(Math.abs(Number(column(dc, 'ActionGeo_Long')) + 77.0) < 0.2, String(column(dc, 'ActionGeo_Long')));
  assert.ok(Math.abs(Number(column(sp, 'ActionGeo_Lat')) + 23.5) < 0.3);
  assert.ok(Math.abs(Number(column(lyon, 'ActionGeo_Long')) - 4.8) < 0.2);
  assert.equal(column(lyon, 'ActionGeo_CountryCode'), 'FR');
  assert.equal(column(lyon, 'ActionGeo_Type'), 4);
  assert.equal(column(lyon, 'ActionGeo_ADM1Code'), 'FR', 'a world city with unknown ADM1 takes the country FIPS code');
});

test('a location that names its country is a country-level place with the country centre and FIPS ids', () => {
  const row = toGdeltRow({ ...event, location: { name: "People's Republic of China", country: 'CHN' } }, ctx);
  assert.equal(column(row, 'ActionGeo_Type'), 1);
  assert.equal(column(row, 'ActionGeo_FullName'), 'China');
  assert.equal(column(row, 'ActionGeo_CountryCode'), 'CH');
  assert.equal(column(row, 'ActionGeo_ADM1Code'), 'CH');
  assert.equal(column(row, 'ActionGeo_FeatureID'), 'CH');
  assert.equal(typeof column(row, 'ActionGeo_Lat'), 'number');
  assert.equal(typeof column(row, 'ActionGeo_Long'), 'number');
});

test('a place found in no gazetteer claims no precision: type 0, its name kept, no ADM1 or coordinates; no location leaves the columns empty', () => {
  const unknown = toGdeltRow({ ...event, location: { name: 'Qwertyville', country: 'FRA' } }, ctx);
  const cols = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'Lat', 'Long'];
  assert.deepEqual(cols.map((c) => column(unknown, `ActionGeo_${c}`)), [0, 'Qwertyville', 'FR', '', '', '']);
  const noCountry = toGdeltRow({ ...event, location: { name: 'Kansas City', country: null } }, ctx);
  assert.deepEqual(cols.map((c) => column(noCountry, `ActionGeo_${c}`)), [0, 'Kansas City', '', '', '', '']);
  const none = toGdeltRow({ ...event, location: null }, ctx);
  assert.deepEqual(['Type', 'FullName', 'Lat'].map((c) => column(none, `ActionGeo_${c}`)), [0, '', '']);
});

test('actor geo columns are the country of the actor code, empty for an actor without a country', () => {
  const row = toGdeltRow({ ...event, target: { actor: 'IGOUNO', name: 'the United Nations', entity: 'e3' } }, ctx);
  assert.equal(column(row, 'Actor1Geo_Type'), 1);
  assert.equal(column(row, 'Actor1Geo_FullName'), 'United States');
  assert.equal(column(row, 'Actor1Geo_CountryCode'), 'US');
  assert.equal(typeof column(row, 'Actor1Geo_Lat'), 'number');
  assert.equal(column(row, 'Actor2Geo_Type'), 0);
  assert.equal(column(row, 'Actor2Geo_Lat'), '');
});

test('the export context looks up the cities of city locations only, not countries or missing places', () => {
  assert.equal(createGdeltContext([{ ...event, location: { name: 'France', country: 'FRA' } }, { ...event, location: null }]).cities.size, 0);
  assert.equal(createGdeltContext([{ ...event, location: { name: 'Marseille', country: 'FRA' } }]).cities.size, 1);
});

/** An event whose sentence (starting at offset 100 of its article) names the place `placeText` at its first occurrence. */
function eventIn(sentenceText: string, placeText: string, country: string | null, id = 'ev1'): StoredEvent {
  const at = sentenceText.indexOf(placeText);
  const start = 100 + at;
  return {
    ...event,
    id,
    sentence: { start: 100, end: 100 + sentenceText.length, text: sentenceText },
    location: { name: placeText, country, span: { start, end: start + placeText.length, text: placeText } },
  };
}

test('a US state is a state-level place (type 2) with its centre and ADM1 code, not the city named after it', () => {
  const events = [
    eventIn('Troopers and ranchers clashed in Texas on Sunday.', 'Texas', 'USA', 'a'),
    eventIn('The two governors met in California last week.', 'California', null, 'b'),
    eventIn('Farm groups rallied across Oklahoma on Friday.', 'Oklahoma', 'USA', 'c'),
  ];
  const c = createGdeltContext(events);
  const [tx, ca, ok] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual(['Type', 'FullName', 'CountryCode', 'ADM1Code', 'FeatureID'].map((k) => column(tx, `ActionGeo_${k}`)), [2, 'Texas, United States', 'US', 'USTX', 'USTX']);
  // Texas City lies on the coast at 29.4 N, -94.9; the state's centre is inland near 31 N, -99 to -100
  assert.ok(Math.abs(Number(column(tx, 'ActionGeo_Lat')) - 31.0) < 1.0, String(column(tx, 'ActionGeo_Lat')));
  assert.ok(Math.abs(Number(column(tx, 'ActionGeo_Long')) + 99.5) < 1.0, String(column(tx, 'ActionGeo_Long')));
  assert.equal(column(ca, 'ActionGeo_Type'), 2, 'a state name without a country is the state');
  assert.equal(column(ca, 'ActionGeo_ADM1Code'), 'USCA');
  assert.ok(Math.abs(Number(column(ca, 'ActionGeo_Long')) + 119.4) < 1.0, 'not California City at -117.9');
  assert.equal(column(ok, 'ActionGeo_ADM1Code'), 'USOK');
  assert.ok(Math.abs(Number(column(ok, 'ActionGeo_Long')) + 97.1) < 0.5 && Math.abs(Number(column(ok, 'ActionGeo_Lat')) - 35.0) < 0.3);
});

test('the city lookup does not let Kansas City or Texas City answer to the bare state name', async () => {
  const { resolveCities, cityKey } = await import('./city-coordinates.js');
  const regions = new Set(['US||kansas', 'US||texas']);
  const found = resolveCities([{ name: 'Kansas', iso2: 'US' }, { name: 'Texas', iso2: 'US' }, { name: 'New York', iso2: 'US' }], regions);
  assert.equal(found.get(cityKey('Kansas', 'US')), undefined);
  assert.equal(found.get(cityKey('Texas', 'US')), undefined);
  assert.ok(found.get(cityKey('New York', 'US')), 'a city that is not a region still answers without its last word City');
});

test('when the place is written "City, Region", the city wins over the region', () => {
  const events = [
    eventIn('Officials from both navies met in Seattle, Washington on Tuesday.', 'Washington', 'USA', 'a'),
    eventIn('The delegations sat down in Atlanta, Georgia to sign the accord.', 'Georgia', 'GEO', 'b'),
    eventIn('Rebels shelled the outskirts of Aleppo, Syria overnight.', 'Syria', 'SYR', 'c'),
    eventIn('In Portland, Maine the envoys held a press conference.', 'Maine', 'USA', 'd'),
  ];
  const c = createGdeltContext(events);
  const [sea, atl, alep, pwm] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual(['Type', 'FullName', 'CountryCode', 'ADM1Code'].map((k) => column(sea, `ActionGeo_${k}`)), [3, 'Seattle, Washington', 'US', 'USWA']);
  assert.ok(Math.abs(Number(column(sea, 'ActionGeo_Lat')) - 47.6) < 0.2 && Math.abs(Number(column(sea, 'ActionGeo_Long')) + 122.3) < 0.2);
  assert.deepEqual(['Type', 'CountryCode', 'ADM1Code'].map((k) => column(atl, `ActionGeo_${k}`)), [3, 'US', 'USGA'], 'Atlanta, Georgia is in the US, not the country Georgia');
  assert.ok(Math.abs(Number(column(atl, 'ActionGeo_Lat')) - 33.7) < 0.2 && Math.abs(Number(column(atl, 'ActionGeo_Long')) + 84.4) < 0.2);
  assert.deepEqual(['Type', 'FullName', 'CountryCode'].map((k) => column(alep, `ActionGeo_${k}`)), [4, 'Aleppo, Syria', 'SY']);
  assert.ok(Math.abs(Number(column(alep, 'ActionGeo_Lat')) - 36.2) < 0.2);
  assert.equal(column(pwm, 'ActionGeo_ADM1Code'), 'USME', 'Portland in Maine, not the larger Portland in Oregon');
  assert.ok(Math.abs(Number(column(pwm, 'ActionGeo_Long')) + 70.3) < 0.2, String(column(pwm, 'ActionGeo_Long')));
});

test('a region with no city before it stays the region, and a lone Washington stays the capital', () => {
  const events = [
    eventIn('Talks resumed in Georgia after the ceasefire.', 'Georgia', 'GEO', 'a'),
    eventIn('The envoys met in Washington on Monday.', 'Washington', 'USA', 'b'),
    eventIn('Police and protesters clashed, Washington officials said.', 'Washington', 'USA', 'c'),
  ];
  const c = createGdeltContext(events);
  const [geo, dc, after] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual(['Type', 'CountryCode'].map((k) => column(geo, `ActionGeo_${k}`)), [1, 'GG']);
  assert.deepEqual(['Type', 'ADM1Code'].map((k) => column(dc, `ActionGeo_${k}`)), [3, 'USDC']);
  assert.deepEqual(['Type', 'ADM1Code'].map((k) => column(after, `ActionGeo_${k}`)), [3, 'USDC'], 'a lower-case word before the comma is no city');
});

test('a lone New York is the city, not the centre of the state', () => {
  const events = [eventIn('The two delegations met in New York on Monday.', 'New York', 'USA', 'a'), eventIn('Farmers protested in Kansas on Monday.', 'Kansas', 'USA', 'b')];
  const c = createGdeltContext(events);
  const [ny, ks] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual(['Type', 'ADM1Code'].map((k) => column(ny, `ActionGeo_${k}`)), [3, 'USNY']);
  assert.ok(Math.abs(Number(column(ny, 'ActionGeo_Lat')) - 40.7) < 0.2 && Math.abs(Number(column(ny, 'ActionGeo_Long')) + 74.0) < 0.2, String(column(ny, 'ActionGeo_Long')));
  assert.deepEqual(['Type', 'ADM1Code'].map((k) => column(ks, `ActionGeo_${k}`)), [2, 'USKS'], 'a state without a city of its name first stays the state');
});

test('an actor the coder inferred, named by its code, is named by its country in Actor2Name', () => {
  const domestic: StoredEvent = { ...event, target: { actor: 'CHN', name: 'CHN', entity: null }, source: { actor: 'CHNGOV', name: 'Xi Jinping', entity: 'e2' } };
  assert.equal(column(toGdeltRow(domestic, ctx, 1), 'Actor2Name'), 'CHINA');
  const government: StoredEvent = { ...domestic, target: { actor: 'CHNGOV', name: 'CHN government', entity: null } };
  assert.equal(column(toGdeltRow(government, ctx, 1), 'Actor2Name'), 'CHINA GOVERNMENT');
  assert.equal(column(toGdeltRow(event, ctx, 1), 'Actor2Name'), 'XI JINPING');
});

test('a city news names in English finds its GeoNames record under the local name, and a Palestinian place gets its territory, WE or GZ', () => {
  const events = [
    eventIn('The envoys resumed their talks in Geneva on Monday.', 'Geneva', 'CHE', 'a'),
    eventIn('Crowds gathered in Kiev after the vote.', 'Kiev', 'UKR', 'b'),
    eventIn('Troops entered Jenin before dawn.', 'Jenin', 'PSE', 'c'),
    eventIn('Shells fell on Rafah overnight.', 'Rafah', 'PSE', 'd'),
    eventIn('Settlers and villagers clashed in the West Bank.', 'West Bank', 'PSE', 'e'),
  ];
  const c = createGdeltContext(events);
  const [gva, kiev, jenin, rafah, bank] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual(['Type', 'CountryCode'].map((k) => column(gva, `ActionGeo_${k}`)), [4, 'SZ']);
  assert.ok(Math.abs(Number(column(gva, 'ActionGeo_Lat')) - 46.2) < 0.1 && Math.abs(Number(column(gva, 'ActionGeo_Long')) - 6.15) < 0.1);
  assert.ok(Math.abs(Number(column(kiev, 'ActionGeo_Lat')) - 50.45) < 0.1, String(column(kiev, 'ActionGeo_Lat')));
  assert.deepEqual(['Type', 'CountryCode', 'ADM1Code'].map((k) => column(jenin, `ActionGeo_${k}`)), [4, 'WE', 'WE']);
  assert.deepEqual(['Type', 'CountryCode'].map((k) => column(rafah, `ActionGeo_${k}`)), [4, 'GZ']);
  assert.equal(column(bank, 'ActionGeo_CountryCode'), 'WE');
});

test('a dateline place in capitals takes the gazetteer name, and a dateline that names its country is its city', () => {
  const dateline = (name: string, country: string, id: string): StoredEvent => ({
    ...event,
    id,
    location: { name, country, span: { start: 0, end: name.length, text: name }, from: 'dateline' },
  });
  const events = [dateline('OSAKA', 'JPN', 'a'), dateline('KUWAIT', 'KWT', 'b'), dateline('BAHRAIN', 'BHR', 'c')];
  const c = createGdeltContext(events);
  const [osaka, kuwait, bahrain] = events.map((ev) => toGdeltRow(ev, c));
  assert.deepEqual([column(osaka, 'ActionGeo_Type'), column(osaka, 'ActionGeo_FullName')], [4, 'Osaka']);
  assert.deepEqual([column(kuwait, 'ActionGeo_Type'), column(kuwait, 'ActionGeo_FullName')], [4, 'Kuwait City']);
  // no city of that name in the gazetteer: the country
  assert.equal(column(bahrain, 'ActionGeo_Type'), 1);
  // near miss: a sentence's "Kuwait" is the country
  const own = eventIn('Gunboats attacked a tanker off Kuwait on Sunday.', 'Kuwait', 'KWT', 'd');
  assert.equal(column(toGdeltRow(own, createGdeltContext([own])), 'ActionGeo_Type'), 1);
});

test('a dateline city in capitals whose gazetteer name is a local spelling keeps its own name in title case', () => {
  const ev: StoredEvent = { ...event, location: { name: 'GENEVA', country: 'CHE', span: { start: 0, end: 6, text: 'GENEVA' }, from: 'dateline' } };
  assert.equal(column(toGdeltRow(ev, createGdeltContext([ev])), 'ActionGeo_FullName'), 'Geneva');
});
