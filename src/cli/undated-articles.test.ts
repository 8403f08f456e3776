import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';
import { undatedWarning } from './undated-articles.js';

test('no undated article gives no warning', () => {
  assert.equal(undatedWarning(0, 5), null);
});

test('the undated warning of an ingest whose analysed articles were not all stored says what became of the others (review: "9728 of 9728 new" beside 9,720 stored)', () => {
  assert.equal(
    undatedWarning(9728, 9728, 'new article(s)', 9720)?.message.split(': their events')[0],
    '9,728 of 9,728 new article(s) (9,720 of the 9,728 were stored; 8 turned out, when saved, to be copies of stored articles and were linked to them, not stored again) have no publication date',
  );
  assert.match(undatedWarning(2, 3, 'new article(s)', 3)?.message ?? '', /^2 of 3 new article\(s\) have no publication date: /);
});

test('a folder of plain-text files ingested without --published warns once with the count of undated articles (review 20)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-undated-'));
  try {
    // made up for this test: two plain-text articles (no date), one JSON Lines article with a date
    writeFileSync(join(dir, 'a.txt'), 'Harbour talks resume\n\nOfficials of Lakeport and Rivermouth met on Monday to discuss the ferry dispute.\n');
    writeFileSync(join(dir, 'b.txt'), 'Quarry plan rejected\n\nThe county board rejected the quarry plan on Tuesday, a spokesman said.\n');
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'c1', title: 'Bridge reopens', published: '2024-03-05', text: 'The old bridge reopened to traffic on Tuesday after repairs, the council said.' })}\n`);
    const undated = detente(['ingest', '--db', join(dir, 'a.db'), dir]);
    assert.equal(undated.status, 0, undated.stderr);
    const lines = undated.stderr.split('\n').filter((l) => /no publication date/.test(l));
    assert.equal(lines.length, 1, undated.stderr);
    assert.match(lines[0], /^warning: 2 of 3 new article\(s\) have no publication date: .*--published YYYY-MM-DD/);
    // near copies (one mark apart) are both analysed; the second is linked to the first when saved, not stored
    const near = mkdtempSync(join(tmpdir(), 'detente-near-'));
    writeFileSync(join(near, 'a.txt'), 'Harbour talks resume\n\nOfficials of Lakeport and Rivermouth met on Monday to discuss the long ferry dispute over fares and timetables.\n');
    writeFileSync(join(near, 'b.txt'), 'Harbour talks resume\n\nOfficials of Lakeport and Rivermouth met on Monday to discuss the long ferry dispute over fares and timetables!\n');
    const copies = detente(['ingest', '--db', join(near, 'near.db'), join(near, 'a.txt'), join(near, 'b.txt')]);
    rmSync(near, { recursive: true, force: true });
    assert.equal(copies.status, 0, copies.stderr);
    assert.match(copies.stderr, /read 2 article\(s\), stored 1, .*duplicates 1/);
    assert.match(copies.stderr, /^warning: 2 of 2 new article\(s\) \(1 of the 2 were stored; 1 turned out, when saved, to be copies of stored articles and were linked to them, not stored again\) have no publication date/m);
    // read again, nothing is new: no warning about the articles stored by the first run (review 25)
    const again = detente(['ingest', '--db', join(dir, 'a.db'), dir]);
    assert.equal(again.status, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /no publication date/);
    const dated = detente(['ingest', '--db', join(dir, 'b.db'), '--published', '2024-03-04', dir]);
    assert.equal(dated.status, 0, dated.stderr);
    assert.doesNotMatch(dated.stderr, /no publication date/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('analyze warns about undated articles as ingest does, and an empty folder is said to hold no article (review 22)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-undated-'));
  try {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = detente(['analyze', empty]);
    assert.equal(none.status, 0, none.stderr);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^warning: no article read from .*empty: no file there that detente reads/m);
    // made up for this test: one plain-text article (no date)
    writeFileSync(join(dir, 'a.txt'), 'Harbour talks resume\n\nOfficials of Lakeport and Rivermouth met on Monday to discuss the ferry dispute.\n');
    const undated = detente(['analyze', join(dir, 'a.txt')]);
    assert.equal(undated.status, 0, undated.stderr);
    assert.match(undated.stderr, /^warning: 1 of 1 article\(s\) read have no publication date: .*--published YYYY-MM-DD/m);
    assert.doesNotMatch(undated.stderr, /no article read/);
    const dated = detente(['analyze', '--published', '2024-03-04', join(dir, 'a.txt')]);
    assert.doesNotMatch(dated.stderr, /no publication date/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
