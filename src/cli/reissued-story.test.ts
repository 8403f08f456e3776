import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';

// written for this test: a wire story and its re-issue a day later with a new lead (about two thirds of the text the
// same, too different for the store's near-copy check), both stating the ministers' meeting
const LEAD = 'Norwegian Foreign Minister Ingrid Solberg met Finnish Foreign Minister Aino Virtanen in Oslo on Tuesday to discuss busy border crossings in the far north.';
const REST = 'Traffic at the northern crossings has doubled in three years, according to figures from the regional road authority.\n\nBoth governments want shorter queues for lorries carrying fish to southern markets.';
const STORIES = [
  { id: 'nw-1', source: 'Nordic Wire', title: 'Norway and Finland discuss border crossings', date: '2024-02-06', text: `OSLO, Feb 6 - ${LEAD}\n\n${REST}` },
  {
    id: 'nw-2', source: 'Nordic Wire', title: 'Nordic neighbours plan joint border patrols', date: '2024-02-07',
    text: `OSLO, Feb 7 - Norway and Finland will set up joint patrols at their northern border crossings this spring, a Norwegian official said on Wednesday.\n\n${LEAD}\n\n${REST}`,
  },
];

test('a meeting stated again in a re-issued wire story is one event in the dyad and one GDELT row of two articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-reissue-'));
  try {
    writeFileSync(join(dir, 'wire.jsonl'), STORIES.map((s) => JSON.stringify(s)).join('\n'));
    const db = join(dir, 'x.db');
    const ingest = detente(['ingest', '--quiet', '--db', db, join(dir, 'wire.jsonl')]);
    assert.equal(ingest.status, 0, ingest.stderr);
    // both articles and both coded meetings are stored: nothing is dropped at ingest
    const meetings = detente(['events', '--db', db, '--dyad', 'NOR-FIN', '--code', '04', '--format', 'jsonl']).stdout.trim().split('\n');
    assert.equal(meetings.length, 2);
    const series = JSON.parse(detente(['dyad', 'NOR-FIN', '--db', db, '--format', 'json']).stdout);
    const feb = series.buckets.find((b: { period: string }) => b.period === '2024-02');
    const all = JSON.parse(detente(['dyad', 'NOR-FIN', '--db', db, '--format', 'json', '--no-merge']).stdout).buckets[0];
    assert.equal(all.events - feb.events, 1, 'the re-issued meeting counts once');
    assert.equal(feb.mentions, all.events);
    assert.match(detente(['dyad', 'NOR-FIN', '--db', db]).stdout, /^\d+ coded event\(s\) are \d+ event\(s\): .*re-issued story/m);
    const gdelt = detente(['export', '--db', db, '--dyad', 'NOR-FIN', '--header']);
    const [header, ...rows] = gdelt.stdout.trim().split('\n').map((l) => l.split('\t'));
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const meeting = rows.filter((r) => col(r, 'EventCode') === '040' && col(r, 'SQLDATE') === '20240206');
    assert.deepEqual(meeting.map((r) => [col(r, 'NumMentions'), col(r, 'NumArticles')]), [['2', '2']]);
    assert.match(gdelt.stderr, /row\(s\) stand for the same sentence in a story the source re-issued/);
    // the one-row-per-coded-event exports name that row: both meetings carry its GLOBALEVENTID
    const lines = detente(['export', '--db', db, '--dyad', 'NOR-FIN', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const ids = lines.filter((e) => e.code === '040' && e.date === '2024-02-06').map((e) => String(e.globalEventId));
    assert.deepEqual(ids, [col(meeting[0], 'GLOBALEVENTID'), col(meeting[0], 'GLOBALEVENTID')]);
    const csv = detente(['events', '--db', db, '--dyad', 'NOR-FIN', '--format', 'csv']).stdout.trim().split('\n');
    assert.match(csv[0], /,global_event_id,article_modified,article_origin,article_source,date_relation,article_tone$/);
    assert.equal(csv.filter((l) => l.includes(`,${ids[0]},`)).length, 2);
    // ingesting the same file again stores nothing and changes no count
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'wire.jsonl')]).status, 0);
    assert.deepEqual(JSON.parse(detente(['dyad', 'NOR-FIN', '--db', db, '--format', 'json']).stdout), series);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
