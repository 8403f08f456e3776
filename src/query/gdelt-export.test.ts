import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_EVENT_COLUMNS, gdeltEventId, toGdeltRow, toGdeltTsv } from './gdelt-export.js';
import type { StoredEvent } from '../store/store.js';

const prov = { component: 't', version: '0', rule: 'r', confidence: 1 };
const event: StoredEvent = {
  id: 'ev1', source: { actor: 'USAGOV', name: 'Antony Blinken', entity: 'e1' }, target: { actor: 'CHNGOV', name: 'Xi Jinping', entity: 'e2' },
  code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2023-06-19',
  location: { name: 'Beijing', country: 'CHN' }, sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' },
  rule: 'r', confidence: 1, isRoot: true, negated: false, provenance: prov,
  articleId: 'a1', articleTitle: 't', published: '2023-06-19', articleUrl: 'https://example.org/a', articleTone: -1.5, storedAt: '2024-01-02T03:04:05.000Z',
};

test('a GDELT row has the 61 columns of the GDELT 2.0 Events codebook', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(toGdeltRow(event, 7).length, 61);
});

test('actor, event and geo fields land in their GDELT columns', () => {
  const row = toGdeltRow(event, 7);
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
  const at = (country: string) => toGdeltRow({ ...event, location: { name: 'X', country } }, 1, fips)[GDELT_EVENT_COLUMNS.indexOf('ActionGeo_CountryCode')];
  assert.equal(at('GBR'), 'UK');
  assert.equal(at('IGO'), '');
});
