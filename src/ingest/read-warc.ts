import { LimitReader, WARCParser, type AsyncIterReader, type WARCRecord } from 'warcio';
import { IngestCode, failure } from './errors.js';
import { gzipGapOf, type GzipGap } from './gzip-members.js';
import { noPagesInCrawl, skipNoArticlePage } from './crawl-skip.js';
import { readHtml } from './read-html.js';
import type { ReadResult } from './read-result.js';
import { sizeLimitText } from './byte-source.js';
import { MAX_WARC_RECORD_BYTES } from './record-limit.js';

export { MAX_WARC_RECORD_BYTES };

/** Counts of what a WARC file held, reported through `onSummary`. */
export interface WarcSummary {
  records: number;
  /** HTTP 200 HTML responses (each gives an article or a failure) */
  pages: number;
  /** records skipped: request, metadata, warcinfo, revisit, non-200, non-HTML */
  skipped: number;
}

/**
 * Streams articles from a WARC file with warcio (give it plain bytes or gzip — per record as in CC-NEWS, or whole
 * file; readInputs passes bytes gunzipped member by member by gunzipMembers, so that a truncated gzip surfaces as an
 * error and a member that does not decompress arrives as a gap marker: that member is reported as one
 * E_INGEST_TRUNCATED failure `path#offset` naming its byte offset in the .gz file, zlib's reason and where reading
 * went on, the record it cut (if any) is lost, and the records after it are read with a fresh parser): only HTTP 200 responses whose Content-Type is HTML become articles, read with readHtml, their URL from
 * WARC-Target-URI and the WARC-Date as fallback publication date. One record is held in memory at a time.
 * A file whose first record is not a WARC record (plain text or HTML named .warc.gz) gives one E_INGEST_FORMAT
 * failure. A record whose Content-Length is no byte count ("12abc") gives one E_INGEST_FORMAT failure `path#offset`
 * and reading goes on at the next line that opens a WARC record ("WARC/1.0", "WARC/1.1"), the records after it keeping
 * their own offsets. A record that fails (too large, undecodable) gives one failure `path#offset`, a page with no article (a home
 * or index page) one marked `skip` ({@link skipNoArticlePage}); a broken or
 * truncated file ends with one failure after the records read before the break (a file that ends inside a record
 * is a truncation, whatever the record's type: every record's block is read to its Content-Length before the next
 * one is parsed, because warcio's own skip loops forever on a stream that ended early).
 * @param stream the file's bytes
 * @param origin file path or URL; records are `origin#offset` (offset in the decompressed stream)
 * @param options `maxRecordBytes` (default {@link MAX_WARC_RECORD_BYTES}); `onSummary` receives the counts at the end;
 *   `gunzipped`: the stream is a gunzipped file, so messages say that offsets count decompressed bytes (a CC-NEWS
 *   .warc.gz is gzipped record by record, and its CDX index gives compressed offsets, which differ)
 * @returns an async iterable of read results in file order
 */
export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  origin: string,
  options: { maxRecordBytes?: number; onSummary?: (s: WarcSummary) => void; gunzipped?: boolean } = {},
): AsyncGenerator<ReadResult> {
  const maxRecordBytes = options.maxRecordBytes ?? MAX_WARC_RECORD_BYTES;
  const summary: WarcSummary = { records: 0, pages: 0, skipped: 0 };
  const offsetsCount = options.gunzipped ? 'of the gunzipped data, not of the .gz file' : 'of the file';
  const segments = splitAtGzipGaps(stream);
  let gaps = 0;
  try {
    for (;;) {
      const base = segments.offset;
      const parser = new WARCParser(segments.next());
      const end = yield* readRecords(parser, base);
      if (end === 'stop') return;
      const gap = segments.gap;
      if (!gap) {
        if (end !== 'end') yield end.failure;
        break;
      }
      // a gzip member that does not decompress (gunzipMembers): name it and read on from the next member
      gaps++;
      const where = end === 'end' ? `${origin}#${segments.offset}` : end.where;
      const cutRecord = end === 'end' ? '' : `; the record starting here (offsets ${offsetsCount}) was cut by it`;
      const after = gap.end === null
        ? `no gzip member follows it: the rest of the file is lost`
        : `reading went on at the next member, at byte ${gap.end} (${gap.end - gap.start} bytes skipped: the records in them are lost)`;
      yield failure(where, IngestCode.Truncated, `${where}: the gzip member at byte ${gap.start} of the .gz file does not decompress (zlib: ${gap.reason}); ${after}${cutRecord}; re-download the file to get them`);
    }
    if (summary.pages === 0 && gaps === 0) {
      yield summary.records > 0 ? noPagesInCrawl(origin, summary.records, 'WARC') : failure(origin, IngestCode.NoArticle, `${origin}: no WARC record`);
    }
  } finally {
    options.onSummary?.(summary);
  }

  /**
   * Reads the records of one stretch of the stream (the whole file, or the data between gzip gaps).
   * @param parser warcio's parser over the stretch
   * @param base offset of the stretch in the decompressed stream
   * @returns 'end' at its end, 'stop' after a failure that ends the file, or a record cut by the end of the stretch
   *   (`where` it starts, and the failure to report when no gap follows: a truncation), not yet yielded
   */
  async function* readRecords(parser: WARCParser, base: number): AsyncGenerator<ReadResult, 'end' | 'stop' | { failure: ReadResult; where: string }> {
    for (;;) {
      let record;
      const warnings: string[] = [];
      try {
        record = await parseQuietly(parser, warnings);
      } catch (error) {
        // bytes decoded before a gzip member's fault may be garbage: the gap is the report
        if (await segments.endsAtGap()) return { failure: failure(origin, IngestCode.Format, ''), where: `${origin}#${base + parser.offset}` };
        yield failure(origin, IngestCode.Truncated, `${origin}: broken WARC/ARC data after ${summary.records} record(s) (${(error as Error).message}); the records before it were read`);
        return 'stop';
      }
      // warcio's only report of a record that does not end where its Content-Length says: the data around it is misaligned
      for (const w of warnings) {
        const at = `${origin}#${base + parser.offset}`;
        yield failure(at, IngestCode.Format, `${at}: a record before this offset does not end where its Content-Length says (warcio: ${w}); the file is corrupt or was cut and joined: the records around it may be lost or misread`);
      }
      if (!record) return 'end';
      if (summary.records === 0 && !String(record.warcHeaders?.protocol ?? '').startsWith('WARC/')) {
        if (await segments.endsAtGap()) return { failure: failure(origin, IngestCode.Format, ''), where: `${origin}#${base + parser.offset}` };
        const start = String(record.warcHeaders?.statusline ?? '').slice(0, 40);
        yield failure(origin, IngestCode.Format, `${origin}: not a WARC file (a WARC file begins with a "WARC/1.0" or "WARC/1.1" line; this one begins ${JSON.stringify(start)})`);
        return 'stop';
      }
      summary.records++;
      const where = `${origin}#${base + parser.offset}`;
      // a Content-Length that is no byte count ("12abc", "-3", missing is 0) leaves the record's end unknown: nothing after
      // it can be found (warcio would read it as NaN bytes and the file as cut)
      const declared = String(record.warcHeaders?.headers.get('Content-Length') ?? '0').trim();
      if (!/^\d+$/.test(declared)) {
        // resynchronise on the next line that opens a WARC record, as warcio skips blank lines between records
        const next = await nextRecordStart(parser);
        const bad = `${where}: the record's Content-Length header is not a byte count (${JSON.stringify(declared.slice(0, 40))}): where it ends cannot be found`;
        if (!next) {
          yield failure(where, IngestCode.Format, `${bad}, and no "WARC/1." line follows it; the records before it were read`);
          return 'stop';
        }
        const at = base + next.offset;
        yield failure(where, IngestCode.Format, `${bad}; it is skipped and reading went on at the next "WARC/1." line, at byte ${at} ${offsetsCount}`);
        return yield* readRecords(new WARCParser(next.stream), at);
      }
      const type = record.warcType;
      const status = Number(record.httpHeaders?.statusCode);
      const contentType = String(record.httpHeaders?.headers.get('content-type') ?? '');
      const block = record.reader;
      const block_ = `${record.warcContentLength}-byte block starting at byte ${base + parser.offset} ${offsetsCount}`;
      // the stream stopped inside the record: its end (a cut download), or compressed data that does not decompress (a
      // corrupt member of a gzip too large to be read member by member: zlib's reason is named, and nothing after it
      // can be read from a streamed gunzip)
      const cut = (broken: unknown) =>
        isZlibError(broken)
          ? failure(where, IngestCode.Truncated, `${where}: the compressed data is corrupt inside this record (zlib: ${(broken as Error).message}; ${block_}); the records before it were read, the rest of the file cannot be decompressed: re-download or re-compress the file`)
          : failure(where, IngestCode.Truncated, `${where}: the file ends inside this record (${block_}; truncated download?); the records before it were read`);
      if ((type !== 'response' && type !== undefined) || status !== 200 || !/html/i.test(contentType)) {
        summary.skipped++;
        const drained = await drainBlock(block);
        if (drained !== true) return { failure: cut(drained), where };
        continue;
      }
      summary.pages++;
      if (record.warcContentLength > maxRecordBytes) {
        yield failure(where, IngestCode.TooLarge, `${where}: record of ${record.warcContentLength} bytes is over the ${sizeLimitText(maxRecordBytes)} limit for one WARC record; skipped (raise the limit with --max-record-mb)`);
        const drained = await drainBlock(block);
        if (drained !== true) return { failure: cut(drained), where };
        continue;
      }
      let payload: Uint8Array;
      try {
        payload = await record.readFully(true);
      } catch (error) {
        // a payload cut by the end of the file stops the file; an undecodable one (unsupported Content-Encoding) fails alone
        const drained = await drainBlock(block);
        if (drained !== true) return { failure: cut(drained ?? error), where };
        yield failure(where, IngestCode.Format, `${where}: the record's payload cannot be decoded (${(error as Error).message})`);
        continue;
      }
      const drained = await drainBlock(block);
      if (drained !== true) return { failure: cut(drained), where };
      const url = record.warcTargetURI?.replace(/^<|>$/g, '').trim() || null;
      try {
        yield skipNoArticlePage(readHtml(payload, where, { url, keepUrl: true, fallbackDate: record.warcDate, charset: /charset=([\w.:-]+)/i.exec(contentType)?.[1] ?? null }));
      } catch (error) {
        yield failure(where, (error as { code?: string }).code === IngestCode.Encoding ? IngestCode.Encoding : IngestCode.Format, `${where}: ${(error as Error).message}`);
      }
    }
  }
}

/**
 * Splits a decompressed stream at the gap markers of {@link gunzipMembers}: each stretch is read by a parser of its own,
 * since the record that a lost member cut cannot be finished from the bytes after it.
 * @param stream decompressed chunks, perhaps with gap markers
 * @returns `next()` gives the next stretch (call it again once the last one ended); `endsAtGap()` reads the rest of
 *   the current stretch and tells whether a gap ends it; `gap` is the gap that ended the last stretch (null at the end
 *   of the stream); `offset` counts the bytes passed on so far
 */
function splitAtGzipGaps(stream: AsyncIterable<Uint8Array>): {
  next: () => AsyncGenerator<Uint8Array>;
  endsAtGap: () => Promise<boolean>;
  readonly gap: GzipGap | null;
  readonly offset: number;
} {
  const it = stream[Symbol.asyncIterator]();
  let gap: GzipGap | null = null;
  let offset = 0;
  let current: AsyncGenerator<Uint8Array> | null = null;
  async function* stretch(): AsyncGenerator<Uint8Array> {
    gap = null;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      const g = gzipGapOf(r.value);
      if (g) {
        gap = g;
        return;
      }
      offset += r.value.length;
      yield r.value;
    }
  }
  return {
    next: () => (current = stretch()),
    /** Reads the rest of the current stretch and tells whether a gap ends it. */
    endsAtGap: async () => {
      if (current) for await (const chunk of current) void chunk;
      return gap !== null;
    },
    get gap() {
      return gap;
    },
    get offset() {
      return offset;
    },
  };
}

/**
 * `parser.parse()` with warcio's console warnings collected into `warnings` instead of printed: warcio reports a
 * record not followed by its blank line (a Content-Length too small) only through `console.warn`, which would
 * print an unattributed line on stderr (breaking `--log-format json`). console.warn is swapped only for the
 * duration of the one parse call and always restored.
 * @param parser the file's WARC parser
 * @param warnings receives the warning texts
 * @returns the next record, or null at the end of the file
 * @throws what `parser.parse()` throws
 */
async function parseQuietly(parser: WARCParser, warnings: string[]): Promise<WARCRecord | null> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return await parser.parse();
  } finally {
    console.warn = warn;
  }
}

/**
 * After a record whose end cannot be found (a Content-Length that is no byte count), reads the parser's stream line by
 * line up to the next line that opens a WARC record ("WARC/1.0", "WARC/1.1"; a record's block may hold any bytes, so
 * this is a guess, made only once the file is already misaligned).
 * @param parser the parser that read the bad record's headers (its reader is read on from there)
 * @returns that line followed by the rest of the stream, and the line's offset in the parser's stream (uncompressed
 *   input, as readInputs gives it); null when no such line comes before the end
 */
async function nextRecordStart(parser: WARCParser): Promise<{ stream: AsyncIterable<Uint8Array>; offset: number } | null> {
  // warcio keeps its reader private; it buffers ahead, so the rest of the stream is read through it
  const reader = (parser as unknown as { _reader: AsyncIterReader })._reader;
  for (;;) {
    const line = await reader.readlineRaw();
    if (!line) return null;
    if (/^WARC\/1\.\d\r?\n$/.test(Buffer.from(line).toString('latin1'))) {
      const offset = reader.getRawOffset() - line.length;
      return { offset, stream: (async function* () {
        yield line;
        yield* reader;
      })() };
    }
  }
}

/**
 * Reads what is left of a record's block (its raw bytes, up to the WARC Content-Length) and says whether it was all
 * there. warcio's `skipFully` subtracts what each read returns until nothing is left, so on a stream that ended inside
 * the block it loops forever; draining here first leaves it nothing to skip.
 * @param block the record's raw block reader (`record.reader`, taken before any decoding read)
 * @returns true when the whole block was read; else what broke the stream (a zlib error of a corrupt gzip member),
 *   or null when it just ended first
 */
async function drainBlock(block: WARCRecord['reader']): Promise<unknown> {
  if (!(block instanceof LimitReader)) return true;
  try {
    for await (const chunk of block) void chunk;
  } catch (error) {
    return error ?? null;
  }
  return block.limit <= 0 ? true : null;
}

/**
 * Whether a stream error is zlib's (Node's gunzip of a corrupt member: `Z_DATA_ERROR` "incorrect data check",
 * "invalid bit length repeat"; a gzip that ends early is "unexpected end of file", which is a cut, not corruption).
 * @param error what the stream threw
 */
function isZlibError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return typeof e?.code === 'string' && e.code.startsWith('Z_') && !/unexpected end of file/i.test(String(e.message));
}
