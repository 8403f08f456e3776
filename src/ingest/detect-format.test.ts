import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, formatExtension, isKnownInputFile } from './detect-format.js';

const b = (s: string) => Buffer.from(s);

test('content decides the format of text files', () => {
  assert.equal(detectFormat('a.txt', b('date 2024-01-02 A title\n- Published\nBody.')), 'seed');
  assert.equal(detectFormat('a.txt', b('A title\n\nBody.')), 'txt');
  assert.equal(detectFormat('stdin', b('{"title":"t","text":"x"}\n')), 'jsonl');
  assert.equal(detectFormat('-', b('<!DOCTYPE html><html><body>x</body></html>')), 'html');
  assert.equal(detectFormat('-', b('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')), 'feed');
  assert.equal(detectFormat('-', b('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')), 'feed');
  assert.equal(detectFormat('-', b('<?xml version="1.0"?><urlset xmlns="x"></urlset>')), 'feed');
  assert.equal(detectFormat('-', b('WARC/1.0\r\nWARC-Type: warcinfo\r\n')), 'warc');
  assert.equal(detectFormat('x.sgm', b('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS>')), 'reuters');
});

test('markup content wins over a misleading extension', () => {
  assert.equal(detectFormat('page.xml', b('<!doctype html><html></html>')), 'html');
  assert.equal(detectFormat('feed.html', b('<rss version="2.0"></rss>')), 'feed');
});

test('extensions decide when content is ambiguous', () => {
  assert.equal(detectFormat('a.jsonl', b('')), 'jsonl');
  assert.equal(detectFormat('a.warc.gz', b('')), 'warc');
  assert.equal(detectFormat('p.html', b('plain words')), 'html');
  assert.equal(formatExtension('/x/Y.WARC.gz'), '.warc');
  assert.ok(isKnownInputFile('a/b.html.gz'));
  assert.ok(!isKnownInputFile('a/notes.tsv'));
  assert.ok(!isKnownInputFile('a/meta.json'), 'JSON in folders is metadata; named explicitly it is read');
});

test('UTF-16 content with a byte-order mark is sniffed as text, not bytes', () => {
  const seed = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2024-01-02 A title\n- Published\nBody.', 'utf16le')]);
  assert.equal(detectFormat('a.txt', seed), 'seed');
});
