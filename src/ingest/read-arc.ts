import { ByteReader } from './byte-reader.js';
import { IngestCode, failure } from './errors.js';
import { noPagesInCrawl, skipNoArticlePage } from './crawl-skip.js';
import { readHtml } from './read-html.js';
import type { ReadResult } from './read-result.js';
import { sizeLimitText } from './byte-source.js';

/** A last record at least this share complete is still read (ARC writers that miscount trailing newlines). */
const TRUNCATION_TOLERANCE = 0.95;

/** An HTTP response split into status, headers and body. */
export interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * Splits a raw HTTP response (status line, headers, blank line, body) as stored in ARC/WARC records;
 * a chunked body is de-chunked.
 * @param block the record's bytes
 * @returns the parsed message, or null when the block is not an HTTP response
 */
export function parseHttpResponse(block: Buffer): HttpMessage | null {
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(block.subarray(0, 64).toString('latin1'));
  if (!status) return null;
  let end = block.indexOf('\r\n\r\n');
  let sep = 4;
  if (end < 0) {
    end = block.indexOf('\n\n');
    sep = 2;
  }
  if (end < 0) return { status: Number(status[1]), headers: new Map(), body: Buffer.alloc(0) };
  const headers = new Map<string, string>();
  for (const line of block.subarray(0, end).toString('latin1').split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = block.subarray(end + sep);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  return { status: Number(status[1]), headers, body };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\n', pos);
    if (nl < 0) break;
    const size = parseInt(body.subarray(pos, nl).toString('latin1').trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
  }
  return parts.length ? Buffer.concat(parts) : body;
}

/**
 * Streams articles from an ARC file (Internet Archive ARC v1/v2; the stream is already gunzipped): each record is
 * a header line `URL IP-address Archive-date Content-type … Archive-length` (URLs with spaces are kept whole in v1)
 * and that many bytes. HTTP 200 HTML responses are read with readHtml, dated by the archive date as fallback; a page
 * with no article (a home or index page) is a failure marked `skip` ({@link skipNoArticlePage}).
 * @param stream decompressed ARC bytes
 * @param origin file path; records are `origin#offset`
 * @param maxRecordBytes records larger than this are skipped with E_INGEST_TOO_LARGE
 * @returns an async iterable of read results; a malformed header or a truncated record ends it with one failure
 */
export async function* readArc(stream: AsyncIterable<Uint8Array>, origin: string, maxRecordBytes: number): AsyncGenerator<ReadResult> {
  const reader = new ByteReader(stream);
  let version = 1;
  let pages = 0;
  let records = 0;
  for (;;) {
    const start = reader.offset;
    let line: string | null;
    try {
      line = await reader.readLine();
    } catch (error) {
      yield failure(origin, IngestCode.Format, `${origin}#${start}: broken ARC header (${(error as Error).message}); stopped after ${records} record(s)`);
      return;
    }
    if (line === null) break;
    if (!line.trim()) continue;
    const parts = line.trim().split(/\s+/);
    const length = Number(parts[parts.length - 1]);
    if (parts.length < 5 || !Number.isInteger(length) || length < 0) {
      yield failure(origin, IngestCode.Format, `${origin}#${start}: not an ARC record header ("${line.slice(0, 80)}"); stopped after ${records} record(s)`);
      return;
    }
    records++;
    const where = `${origin}#${start}`;
    const fixedTail = version === 2 ? 9 : 4;
    const url = parts.slice(0, Math.max(1, parts.length - fixedTail)).join(' ');
    const date = parts[parts.length - fixedTail + 1] ?? null;
    if (length > maxRecordBytes) {
      yield failure(where, IngestCode.TooLarge, `${where}: ARC record of ${length} bytes is over the ${sizeLimitText(maxRecordBytes)} limit for one WARC or ARC record; skipped (raise the limit with --max-record-mb)`);
      if (!(await reader.skip(length))) return;
      continue;
    }
    const block = await reader.readUpTo(length);
    // Some crawlers under-count the last record by a few bytes; only a clearly cut record is an error.
    if (block.length < length * TRUNCATION_TOLERANCE) {
      yield failure(where, IngestCode.Truncated, `${where}: the ARC file ends inside a record of ${length} bytes, ${block.length} present (truncated; the record starts at byte ${start} of the decompressed data)`);
      return;
    }
    if (url.startsWith('filedesc:')) {
      if (/^\s*2\s/.test(block.toString('latin1').split('\n')[0] ?? '')) version = 2;
      continue;
    }
    const http = parseHttpResponse(block);
    const type = http?.headers.get('content-type') ?? '';
    if (!http || http.status !== 200 || !/html/i.test(type)) continue;
    pages++;
    try {
      yield skipNoArticlePage(readHtml(http.body, where, { url, keepUrl: true, fallbackDate: date, charset: /charset=([\w.:-]+)/i.exec(type)?.[1] ?? null }));
    } catch (error) {
      yield failure(where, IngestCode.Encoding, `${where}: ${(error as Error).message}`);
    }
  }
  if (pages === 0) yield records > 0 ? noPagesInCrawl(origin, records, 'ARC') : failure(origin, IngestCode.NoArticle, `${origin}: no ARC record`);
}
