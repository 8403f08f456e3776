import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_CSV_COLUMNS, QUOTE_CO_SPEAKERS_CSV_COLUMN, QUOTE_CSV_COLUMNS, QUOTE_MENTIONS_CSV_COLUMN, QUOTE_MODIFIED_CSV_COLUMN, QUOTE_PARTS_CSV_COLUMN, toCsv } from './csv-rows.js';
import type { StoredEvent, StoredQuote } from '../store/store.js';

const quote = (over: Partial<StoredQuote>): StoredQuote => ({
  id: 'q1', text: 'We will, of course, "keep" talking', start: 10, end: 44, kind: 'direct',
  speaker: { entity: 'E1', name: 'Ana Ruiz', actor: 'ESPGOV', mention: { start: 0, end: 8, text: 'Ana Ruiz' } },
  cue: { start: 46, end: 50, text: 'said' }, cueClass: 'speech', addressee: null, mentions: [],
  provenance: { component: 'quotes', version: '0', rule: 'r', confidence: 1, evidence: [] },
  articleId: 'a1', articleTitle: 'Talks go on', published: '2024-05-01', articleUrl: null, articleOrigin: null, articleSource: null, ...over,
});

const event = (over: Partial<StoredEvent>): StoredEvent => ({
  id: 'ev1', source: { actor: 'ESPGOV', name: 'Spain', entity: 'E1' }, target: { actor: 'PRT', name: 'Portugal', entity: 'E2' },
  code: '163', rootCode: '16', baseCode: '163', label: 'Impose embargo, boycott, or sanctions', quadClass: 4, goldstein: -8, date: '2024-05-01',
  location: null, sentence: { start: 0, end: 30, text: 'Spain had imposed a ban on it.' }, trigger: { start: 10, end: 17, text: 'imposed' },
  rule: 'r', confidence: 1, isRoot: false, negated: false, provenance: { component: 'events', version: '0', rule: 'r', confidence: 1 },
  articleId: 'a1', articleTitle: 'Ban', published: '2024-05-01', articleUrl: null, articleTone: null, storedAt: '2024-05-02T00:00:00.000Z', ...over,
});
const EVENT = event({});

test('quotes as CSV: a header, one row each, commas and quotation marks quoted, empty fields for missing values', () => {
  const csv = toCsv([quote({}), quote({ id: 'q2', speaker: { entity: null, name: null, actor: null, mention: null }, cue: null, cueClass: null, text: 'line one\nline two', negated: true })], QUOTE_CSV_COLUMNS);
  const lines = csv.split('\n');
  assert.equal(lines[0], 'quote_id,article_id,published,speaker_name,speaker_actor,speaker_mention,kind,cue,cue_class,addressee,text,start,end,article_title,negated');
  assert.equal(lines[1], 'q1,a1,2024-05-01,Ana Ruiz,ESPGOV,Ana Ruiz,direct,said,speech,,"We will, of course, ""keep"" talking",10,44,Talks go on,false');
  assert.equal(lines[2], 'q2,a1,2024-05-01,,,,direct,,,,"line one');
  assert.equal(lines[3], 'line two",10,44,Talks go on,true', 'a negated cue ("did not confirm") is marked, so the row does not read as a confirmation');
  assert.ok(csv.endsWith('\n'));
});

test('no rows give the header line alone', () => {
  assert.equal(toCsv([], QUOTE_CSV_COLUMNS).split('\n').filter(Boolean).length, 1);
});

test('a discontinuous content has its parts as start-end offsets in the last column; a content in one piece leaves it empty', () => {
  const parts = [{ start: 10, end: 18, text: 'The levy' }, { start: 31, end: 43, text: 'will go up.' }];
  const csv = toCsv([quote({ parts, text: 'The levy … will go up.', start: 10, end: 43 }), quote({ id: 'q2' })], [...QUOTE_CSV_COLUMNS, QUOTE_PARTS_CSV_COLUMN]);
  const [header, first, second] = csv.split('\n');
  assert.ok(header.endsWith(',negated,parts'));
  assert.ok(first.endsWith(',false,10-18;31-43'), first);
  assert.ok(second.endsWith(',false,'), second);
});

test("a quote's article modification day is the column article_modified, empty when the article has none, as for events", () => {
  const csv = toCsv([quote({ articleModified: '2026-02-11' }), quote({ id: 'q2', articleModified: null })], [...QUOTE_CSV_COLUMNS, QUOTE_PARTS_CSV_COLUMN, QUOTE_MODIFIED_CSV_COLUMN]);
  const [header, first, second] = csv.trim().split('\n');
  assert.match(header, /,parts,article_modified$/);
  assert.match(first, /,2026-02-11$/);
  assert.match(second, /,$/);
});

test('the entities a quote mentions are the last column, by name with their actor codes, empty when none', () => {
  const mentionedEntities = [{ id: 'E4', name: 'Portugal', actor: 'PRT' }, { id: 'E9', name: 'Lisbon harbour board', actor: null }];
  const csv = toCsv([quote({ mentions: ['E4', 'E9'], mentionedEntities }), quote({ id: 'q2' })], [...QUOTE_CSV_COLUMNS, QUOTE_PARTS_CSV_COLUMN, QUOTE_MODIFIED_CSV_COLUMN, QUOTE_MENTIONS_CSV_COLUMN]);
  const [header, first, second] = csv.trim().split('\n');
  assert.match(header, /,article_modified,mentions$/);
  assert.match(first, /,Portugal \(PRT\); Lisbon harbour board$/);
  assert.match(second, /,$/);
});

test("a joint quote's co-speakers are the column co_speakers, by name or phrase with their actor codes, empty for one speaker", () => {
  const coSpeakers = [
    { entity: 'E2', name: 'Freedonia', actor: 'FRD', mention: { start: 14, end: 23, text: 'Freedonia' } },
    { entity: null, name: null, actor: null, mention: { start: 28, end: 36, text: 'his wife' } },
  ];
  const csv = toCsv([quote({ coSpeakers }), quote({ id: 'q2' })], [...QUOTE_CSV_COLUMNS, QUOTE_MENTIONS_CSV_COLUMN, QUOTE_CO_SPEAKERS_CSV_COLUMN]);
  const [header, first, second] = csv.trim().split('\n');
  assert.match(header, /,mentions,co_speakers$/);
  assert.match(first, /,Ana Ruiz,ESPGOV,Ana Ruiz,.*,Freedonia \(FRD\); his wife$/);
  assert.match(second, /,,$/);
});

test("an act told as done before the report has date_relation 'before' in the last events column; a dated act leaves it empty", () => {
  const [header, before, dated] = toCsv([event({ dateRelation: 'before' }), event({ id: 'ev2' })], EVENT_CSV_COLUMNS).trim().split('\n');
  assert.match(header, /,article_origin,article_source,date_relation,article_tone$/);
  assert.match(before, /,before,$/);
  assert.match(dated, /,,$/);
});

test("the events CSV's last column is the tone of the event's article, empty when it has none", () => {
  const [header, row] = toCsv([{ ...EVENT, articleTone: -2.5 }], EVENT_CSV_COLUMNS).trim().split('\n');
  assert.match(header, /,article_tone$/);
  assert.match(row, /,-2\.5$/);
});
