import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { ArticleSchema, type Article } from '../model/article.js';
import { articleId } from './article-id.js';
import { readInputs } from './read-inputs.js';
import { fixturePath, sharedPath } from './shared-path.js';

/** One input per reader, all from the hand-written fixtures. */
const INPUTS: Record<string, string[]> = {
  seed: [fixturePath('seed-article.txt')],
  txt: [fixturePath('plain-article.txt')],
  jsonl: [fixturePath('articles.jsonl'), fixturePath('articles.jsonl.gz'), fixturePath('news-api.json')],
  html: [fixturePath('html', 'article.html')],
  feed: [fixturePath('feeds', 'rss2.xml'), fixturePath('feeds', 'atom.xml'), fixturePath('feeds', 'rdf.xml'), fixturePath('feeds', 'news-sitemap.xml'), fixturePath('feeds', 'cp1251.rss')],
  reuters: [fixturePath('reuters-sample.sgm')],
};

/** The invariants every reader's articles keep (the Article contract of src/model/article.ts). */
function assertArticleContract(a: Article, reader: string): void {
  const where = `${reader} ${a.origin}`;
  ArticleSchema.parse(a);
  assert.ok(a.origin, `${where}: origin set`);
  assert.equal(a.id, articleId(a.text, a.url), `${where}: id = hash of text and url`);
  assert.ok(a.text.length > 0, `${where}: text`);
  assert.equal(a.text, a.text.normalize('NFC'), `${where}: NFC`);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f\ufeff\r]/.test(a.text), `${where}: no control characters`);
  assert.ok(!/\n\n/.test(a.text) && a.text === a.text.trim(), `${where}: one paragraph per line, no blank lines`);
  assert.ok(a.text.split('\n').every((l) => l === l.trim()), `${where}: lines trimmed`);
  assert.ok(a.title === a.title.trim() && !/\s{2,}|\n/.test(a.title), `${where}: title on one line`);
  assert.ok(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published), `${where}: published YYYY-MM-DD or null`);
}

for (const [reader, inputs] of Object.entries(INPUTS)) {
  test(`the ${reader} reader keeps the article contract`, async () => {
    let n = 0;
    for await (const r of readInputs(inputs)) {
      if (!r.ok) continue;
      assertArticleContract(r.article, reader);
      n++;
    }
    assert.ok(n > 0, `${reader}: at least one article`);
  });
}

test('the warc reader keeps the article contract', async () => {
  const page = readFileSync(fixturePath('html', 'article.html'));
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\n\r\n`), page]);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://herald.example.com/p\r\nWARC-Date: 2024-05-15T01:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  const warc = gzipSync(Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]));
  let n = 0;
  for await (const r of readInputs(['-'], { stdin: Readable.from([warc]) })) {
    assert.ok(r.ok, JSON.stringify(r));
    assertArticleContract(r.article, 'warc');
    assert.equal(r.article.url, 'https://herald.example.com/p');
    n++;
  }
  assert.equal(n, 1);
});

test('every article read from the shared corpora keeps the contract', { skip: sharedPath('corpora') ? false : 'shared data missing (set DETENTE_SHARED)' }, async () => {
  const inputs = [
    ['corpora', 'seed'],
    ['corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl'],
    ['corpora', 'reuters-21578', 'sgm-data', 'reut2-017.sgm'],
    ['corpora', 'html-fundus', 'uk'],
    ['corpora', 'feeds', 'extracted-from-js-fixtures'],
    ['corpora', 'feeds', 'node-feedparser'],
    ['corpora', 'warc', 'assembled-from-real-news-html', 'news-fixtures-2023-2026.warc.gz'],
  ].map((parts) => sharedPath(...parts)).filter((p): p is string => p !== null);
  let n = 0;
  for await (const r of readInputs(inputs)) {
    if (!r.ok) continue;
    assertArticleContract(r.article, 'shared');
    assert.ok(!r.article.text.includes('\uFFFD'), `${r.article.origin}: no replacement characters`);
    n++;
  }
  assert.ok(n > 1200, `${n} articles`);
});
