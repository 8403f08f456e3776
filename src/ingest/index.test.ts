import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import * as ingest from './index.js';

test('the public surface of ingest is pinned', () => {
  assert.deepEqual(Object.keys(ingest).sort(), [
    'ByteReader', 'DEFAULT_MAX_BYTES', 'DEFAULT_USER_AGENT', 'HEAD_BYTES', 'INPUT_FORMATS', 'IngestCode', 'IngestError',
    'MAX_JSONL_LINE_BYTES', 'MAX_WARC_RECORD_BYTES', 'NEAR_DUPLICATE_BITS', 'articleFromRecord', 'articleFromText', 'articleId',
    'articleResult', 'binaryReason', 'blockParagraphs', 'collectBytes', 'createFetcher', 'cutTrailingFurniture', 'declaredHtmlCharset', 'declaredXmlCharset',
    'decodeBytes', 'decodeSgmlText', 'detectFormat', 'extractHtmlMetadata', 'failure', 'failureFromError', 'fingerprint',
    'formatExtension', 'formatOfFetched', 'gunzipMembers', 'gzipGapOf', 'hammingDistance', 'htmlFragmentParagraphs', 'isBoilerplateLine', 'isGzip',
    'isKnownInputFile', 'joinDanglingDateline', 'listFiles', 'looksLikeSeed', 'normaliseDate', 'normaliseText', 'openBytes', 'parseHttpResponse',
    'peekStream', 'readArc', 'readFeed', 'readHtml', 'readInputs', 'readJsonDocument', 'readJsonLines', 'readNewsSitemap', 'readPlainText',
    'readReuters', 'readReutersDocument', 'readRssAtom', 'readSeedText', 'readUrl', 'readWarc', 'removeBoilerplate',
    'removeLinkLists', 'simhashBands', 'stripInertMarkup', 'stripSiteName', 'stripTrailingFurniture', 'titleFromText', 'unwrapParagraphs',
  ]);
});

test('every input format has a reader behind readInputs', async () => {
  for (const format of ingest.INPUT_FORMATS) {
    const stdin = Readable.from([Buffer.from('date 2024-01-01 T\nSome text here.\n')]);
    for await (const r of ingest.readInputs(['-'], { format, stdin })) {
      assert.ok(r.ok || !/not available/.test(r.message), `${format}: ${!r.ok && r.message}`);
    }
  }
});

test('the article id is the first 16 hex digits of SHA-256 over text, NUL and URL', () => {
  assert.equal(ingest.articleId('A text.', 'https://x.example/a'), ingest.articleId('A text.', 'https://x.example/a'));
  assert.notEqual(ingest.articleId('A text.'), ingest.articleId('A text.', 'https://x.example/a'));
  assert.match(ingest.articleId('A text.'), /^[0-9a-f]{16}$/);
});
