import { createReadStream } from 'node:fs';
import { IngestCode, IngestError } from './errors.js';
import { failAtGzipGap, gunzipMembers } from './gzip-members.js';

/** Bytes sniffed to detect format, binary content and gzip (64 KiB). */
export const HEAD_BYTES = 65_536;

/** The start of a byte stream, and the whole stream again (head included) for reading on. */
export interface PeekedStream {
  head: Buffer;
  /** true when the head is the whole content */
  complete: boolean;
  /** yields the head's chunks, then the rest of the source; call at most once */
  stream: AsyncIterable<Buffer>;
}

/**
 * Reads the first `n` bytes of a stream without losing them: the returned `stream` replays them before the rest.
 * @param source a byte stream
 * @param n how many bytes to peek (default {@link HEAD_BYTES})
 * @returns head, whether the source ended within it, and the replaying stream (which rethrows, after the head, an
 *   error that came once some bytes had been read)
 * @throws whatever the source throws before its first byte (I/O error, corrupt gzip header)
 */
export async function peekStream(source: AsyncIterable<Buffer | string>, n = HEAD_BYTES): Promise<PeekedStream> {
  const it = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = false;
  let deferred: unknown = null;
  while (size < n) {
    let r: IteratorResult<Buffer | string>;
    try {
      r = await it.next();
    } catch (error) {
      // an error after some bytes (a truncated gzip) is raised where the stream is read, after the good bytes
      if (size === 0) throw error;
      deferred = error;
      complete = true;
      break;
    }
    if (r.done) {
      complete = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    chunks.push(b);
    size += b.length;
  }
  const head = Buffer.concat(chunks, size);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* chunks;
      if (deferred) throw deferred;
      if (complete) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { head: head.subarray(0, Math.min(n, head.length)), complete, stream: replay() };
}

/** Tells whether bytes start with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Opens a file or stream as bytes, transparently gunzipping gzip content (detected by its magic number) member by
 * member ({@link gunzipMembers}).
 * @param source a file path or a readable stream (stdin)
 * @param options `markGzipGaps`: a gzip member that does not decompress is passed on as a gap marker (read with
 *   gzipGapOf) and the members after it are read; by default the stream throws zlib's error there instead
 * @returns the peeked, decompressed stream and whether it was gzip
 * @throws Node errors for unreadable files; the stream throws 'unexpected end of file' for a gzip cut short and
 *   zlib's reason for a corrupt member (unless `markGzipGaps`)
 */
export async function openBytes(source: string | NodeJS.ReadableStream, { markGzipGaps = false }: { markGzipGaps?: boolean } = {}): Promise<PeekedStream & { gzip: boolean }> {
  const raw = typeof source === 'string' ? createReadStream(source) : (source as AsyncIterable<Buffer>);
  const peeked = await peekStream(raw as AsyncIterable<Buffer>, 2);
  if (!isGzip(peeked.head)) return { ...(await peekStream(peeked.stream)), gzip: false };
  const members = gunzipMembers(peeked.stream);
  return { ...(await peekStream(markGzipGaps ? members : failAtGzipGap(members))), gzip: true };
}

/**
 * A size limit as its messages name it: in MiB from 1 MiB up ("16 MiB", "1.5 MiB"), else in bytes ("262,144-byte"), as
 * the options that set the limits take MiB (`--max-file-mb`, `--max-fetch-mb`, `--max-record-mb`).
 * @param bytes the limit in bytes
 * @returns the text to put before "limit"
 */
export function sizeLimitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(2))} MiB` : `${bytes.toLocaleString('en')}-byte`;
}

/**
 * The E_INGEST_TOO_LARGE error of a file or stream over the size limit of the formats read whole: the limit in MiB
 * and what the user can do (split the file, convert it to JSON Lines, or raise the limit with the CLI's
 * `--max-file-mb`, which sets readInputs' `maxBytes`).
 * @param origin the file path or `-`
 * @param maxBytes the limit in bytes
 * @returns the error, to throw
 */
export function tooLargeToReadWhole(origin: string, maxBytes: number): IngestError {
  const limit = sizeLimitText(maxBytes);
  return new IngestError(
    IngestCode.TooLarge,
    `${origin} is larger than the ${limit} limit for files read whole (HTML, feeds, text, SGML, a JSON document); split it, convert it to JSON Lines (read line by line, with no such limit), or raise the limit with --max-file-mb`,
    origin,
  );
}

/**
 * Collects a stream into one buffer, refusing content above a size limit (so a 200 MB file cannot exhaust memory).
 * @param stream a byte stream
 * @param maxBytes largest content accepted
 * @param origin used in the error message
 * @returns the content
 * @throws IngestError E_INGEST_TOO_LARGE past the limit ({@link tooLargeToReadWhole}); stream errors as they come
 */
export async function collectBytes(stream: AsyncIterable<Buffer>, maxBytes: number, origin: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLargeToReadWhole(origin, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}
