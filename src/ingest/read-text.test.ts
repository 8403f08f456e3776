import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixturePath, sharedPath } from './shared-path.js';
import { looksLikeSeed, readPlainText, readSeedText } from './read-text.js';
import { articleId } from './article-id.js';

test('a seed-layout file gives title, date and one paragraph per line', () => {
  const r = readSeedText(readFileSync(fixturePath('seed-article.txt'), 'utf8'), 'seed-article.txt');
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Kenya and Ethiopia agree to reopen border crossing after talks');
  assert.equal(r.article.published, '2024-03-11');
  assert.equal(r.article.origin, 'seed-article.txt');
  const lines = r.article.text.split('\n');
  assert.equal(lines.length, 4);
  assert.ok(lines[0].startsWith('Kenya and Ethiopia have agreed'));
  assert.ok(!r.article.text.includes('Published'));
  assert.equal(r.article.id, articleId(r.article.text));
});

test('a file without the seed head line is a format error', () => {
  const r = readSeedText('Just a title\nBody.', 'x.txt');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'E_INGEST_FORMAT');
});

test('a plain-text file takes its first line as title and joins wrapped lines', () => {
  const r = readPlainText(readFileSync(fixturePath('plain-article.txt'), 'utf8'), 'plain-article.txt');
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Harbour strike ends as dock workers accept pay offer');
  assert.equal(r.article.published, null);
  assert.deepEqual(r.article.text.split('\n').map((l) => l.slice(0, 24)), ['Dock workers at the port', 'The union said 78% of it', '"This is a fair result,"']);
  assert.ok(r.article.text.includes('a revised pay offer'));
});

test('a plain-text file of one line is all body, titled by its first sentence', () => {
  const r = readPlainText('Rain delayed the harvest across the plains this week. Farmers expect losses.', 'one.txt');
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Rain delayed the harvest across the plains this week.');
  assert.ok(r.article.text.startsWith('Rain delayed'));
});

test('the real seed article reads with its title, date and paragraphs', { skip: sharedPath('corpora', 'seed') ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  const path = sharedPath('corpora', 'seed', '000_e7564de01d53ded9.txt')!;
  const text = readFileSync(path, 'utf8');
  assert.ok(looksLikeSeed(text));
  const r = readSeedText(text, path);
  assert.ok(r.ok);
  assert.equal(r.article.published, '2023-06-19');
  assert.match(r.article.title, /^US and China pledge/);
  assert.ok(r.article.text.split('\n').length > 10);
  assert.ok(r.article.text.startsWith('The US and China'));
});

test('a seed head line with an impossible date is a format error naming the date, not an undated article', () => {
  const r = readSeedText('date 2023-02-30 Ministers meet in Riga\n- Published\nThe two ministers met in Riga on Monday.\n', 'riga.txt');
  assert.ok(!r.ok);
  assert.equal(r.code, 'E_INGEST_FORMAT');
  assert.match(r.message, /riga\.txt: the seed head line's date 2023-02-30 is not a calendar date/);
});

test('the seed-layout error points to the --input-format option that picks the plain-text reader', () => {
  const r = readSeedText('Ministers meet in Riga\nThe two ministers met in Riga on Monday.\n', 'riga.txt');
  assert.ok(!r.ok);
  assert.match(r.message, /use --input-format txt for plain text/);
});

test('a list of URLs with comment lines is no article, and says how to read what it lists', () => {
  const r = readPlainText('# feeds to poll, one per line\nhttps://news.example.org/rss.xml\n\nhttps://radio.example.net/world/feed\n', 'feeds.txt');
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.code === 'E_INGEST_NO_ARTICLE');
  assert.match(!r.ok ? r.message : '', /feeds\.txt is a list of 2 URL\(s\), not an article; .*pass the URLs themselves/);
  // a story that quotes a URL on a line of its own stays a story
  const story = readPlainText('Council opens new library\n\nThe library opened on Monday.\nhttps://council.example.org/library\n', 'story.txt');
  assert.equal(story.ok, true);
});
