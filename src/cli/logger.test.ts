import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IngestStats } from '../ingest-into-store.js';
import { createLogger } from './logger.js';
import { stderrOf } from './test-cli-args.js';

const counts = { articles: 4, entities: 0, mentions: 0, quotes: 0, events: 0, duplicates: 0 };
const stats = (over: Partial<IngestStats>): IngestStats => ({
  read: 0, noArticle: 0, notEnglish: 0, analysed: 0, undated: 0, stored: 0, replaced: 0, revised: 0, skipped: 0, duplicates: 0, events: 0, quotes: 0, failures: [], seconds: 0.001, interrupted: false, ...over,
});


test('a round whose items were all stored before prints no articles-per-second rate', () => {
  const text = stderrOf(() => createLogger('text').summary(stats({ read: 4, skipped: 4 }), counts, 'w.db'));
  assert.match(text, /already stored 4 .* in 0\.0 s\n/);
  assert.doesNotMatch(text, /articles\/s/);
  const json = JSON.parse(stderrOf(() => createLogger('json').summary(stats({ read: 4, skipped: 4 }), counts, 'w.db')));
  assert.equal(json.articlesPerSecond, null);
});

test("a watch round's text summary opens with its round number; an ingest's has none", () => {
  assert.match(stderrOf(() => createLogger('text').summary(stats({ read: 2, stored: 2 }), counts, 'w.db', { round: 3 })), /^round 3: read 2 article\(s\), stored 2/);
  assert.match(stderrOf(() => createLogger('text').summary(stats({ read: 2, stored: 2 }), counts, 'w.db')), /^read 2 article\(s\), stored 2/);
});

test('a run that stored articles prints its rate', () => {
  const text = stderrOf(() => createLogger('text').summary(stats({ read: 4, stored: 4, seconds: 2 }), counts, 'w.db'));
  assert.match(text, /in 2\.0 s \(2\.0 articles\/s\)/);
});

test('files not read for their extension: a note line in text, one JSON object naming every path in JSON', () => {
  const paths = ['a/README', 'a/x.md', 'a/y.md', 'a/z.md', 'a/w.md', 'a/v.md'];
  assert.match(stderrOf(() => createLogger('text').skippedFiles(paths)), /^note: 6 file\(s\) in the given folders not read.* and 1 more;/);
  const line = stderrOf(() => createLogger('json').skippedFiles(paths));
  assert.equal(line.trim().split('\n').length, 1);
  const json = JSON.parse(line);
  assert.equal(json.event, 'files_not_read');
  assert.equal(json.count, 6);
  assert.deepEqual(json.paths, paths);
  assert.equal(stderrOf(() => createLogger('json').skippedFiles([])), '');
});
