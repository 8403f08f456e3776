import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_EVENT_COLUMNS, createGdeltContext, gdeltEventId, toGdeltRow, toGdeltTsv } from './gdelt-export.js';
import type { StoredEvent } from '../store/store.js';

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

test('the TSV has one tab-separated line per event and an optional header', () => {
  const tsv = toGdeltTsv([event, event], { header: true }).trimEnd().split('\n');
  assert.equal(tsv.length, 3);
  assert.equal(tsv[0].split('\t')[0], 'GLOBALEVENTID');
  assert.equal(tsv[2].split('\t').length, 61);
});

test('GLOBALEVENTID is the same for an event in every export and differs between events', () => {
  const id = Number(toGdeltTsv([event]).split('\t')[0]);
  assert.equal(id, gdeltEventId('a1', 'ev1'));
  assert.equal(Number(toGdeltTsv([{ ...event, id: 'ev0' }, event]).trimEnd().split('\n')[1].split('\t')[0]), id);
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
  assert.equal(column(dc, 'ActionGeo_Type'), 4);
  assert.ok(Math.abs(Number(column(dc, 'ActionGeo_Lat')) - 38.9) < 0.2, String(column(dc, 'ActionGeo_Lat')));
  assert.ok(Math.abs(Number(column(dc, 'ActionGeo_Long')) + 77.0) < 0.2, String(column(dc, 'ActionGeo_Long')));
  assert.ok(Math.abs(Number(column(sp, 'ActionGeo_Lat')) + 23.5) < 0.3);
  assert.ok(Math.abs(Number(column(lyon, 'ActionGeo_Long')) - 4.8) < 0.2);
  assert.equal(column(lyon, 'ActionGeo_CountryCode'), 'FR');
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

test('a place found in no gazetteer keeps its name with empty coordinates, and no location leaves the columns empty', () => {
  const unknown = toGdeltRow({ ...event, location: { name: 'Qwertyville', country: 'FRA' } }, ctx);
  assert.deepEqual(['Type', 'FullName', 'CountryCode', 'Lat', 'Long'].map((c) => column(unknown, `ActionGeo_${c}`)), [4, 'Qwertyville', 'FR', '', '']);
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
