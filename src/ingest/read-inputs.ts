import { stat } from 'node:fs/promises';
import { collectBytes, openBytes, tooLargeToReadWhole } from './byte-source.js';
import { binaryReason, decodeBytes } from './decode-bytes.js';
import { detectFormat, formatExtension } from './detect-format.js';
import { IngestCode, failure, failureFromError } from './errors.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { failAtGzipGap, gzipGapOf } from './gzip-members.js';
import { listFiles } from './list-files.js';
import { readJsonDocument, readJsonLines } from './read-jsonl.js';
import { INPUT_FORMATS, type InputFormat, type ReadResult } from './read-result.js';
import { readPlainText, readSeedText } from './read-text.js';
import { withLanguage } from './with-language.js';

export type { InputFormat, ReadResult } from './read-result.js';

/** Largest input read whole (seed, txt, html, feed, reuters), in bytes: 32 MiB. JSON Lines and WARC stream. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /** force a format instead of detecting it from extension and content */
  format?: InputFormat;
  /** the stream read for the input `-` (default process.stdin) */
  stdin?: NodeJS.ReadableStream;
  /** size limit for whole-file formats in bytes (default {@link DEFAULT_MAX_BYTES}); the CLI's `--max-file-mb` */
  maxBytes?: number;
  /**
   * size limit of one WARC or ARC record's payload in bytes (default MAX_WARC_RECORD_BYTES of read-warc.ts, 16 MiB); the
   * CLI's `--max-record-mb`. A larger record fails alone (E_INGEST_TOO_LARGE) and the crawl's other records are read
   */
  maxRecordBytes?: number;
  /**
   * HTTP client for http(s) inputs (default: a {@link createFetcher} with its safe defaults); the host and port of each
   * URL input is trusted on it ({@link Fetcher.trust}): fetched even at a private address, where a redirect elsewhere is not
   */
  fetcher?: Fetcher;
  /**
   * how many URLs of a run of consecutive URL inputs are fetched at once (default {@link DEFAULT_FETCH_CONCURRENCY});
   * their results still come in input order, and the fetcher's per-host interval still spaces the requests to one host
   */
  fetchConcurrency?: number;
  /** stops fetching: URLs not yet requested are not, requests under way are cancelled (an interrupted ingest) */
  signal?: AbortSignal;
  /**
   * called with each file of a directory that is not read because no reader knows its extension (no extension,
   * `.md`, `.json`…); with `format` forced, every file of a directory is read and nothing is skipped
   */
  onSkippedFile?: (path: string) => void;
}

/**
 * URLs fetched at once by default: a list of pages from many hosts reads in about the time of its slowest sixth instead
 * of the sum of all (browsers open six connections per host; here they go to different hosts, since the fetcher's
 * per-host interval, one request a second by default, spaces the requests to one host however many are under way).
 */
export const DEFAULT_FETCH_CONCURRENCY = 6;

/** A whole-file reader: decoded-on-its-own bytes → results. */
type WholeFileReader = (bytes: Buffer, origin: string) => Iterable<ReadResult> | AsyncIterable<ReadResult> | Promise<Iterable<ReadResult>>;

/**
 * A reader of plain-text files (txt, seed). Text that is not UTF-8 and was decoded by a guess (decodeBytes' single-byte
 * fallback: windows-1252, or a charset chardet detected) carries a warning `W_INGEST_CHARSET_GUESS` naming the
 * charset, so that a user whose file was in another encoding sees why its accented letters look wrong.
 */
function textReader(read: (text: string, origin: string) => ReadResult): WholeFileReader {
  return (bytes, origin) => {
    const decoded = decodeBytes(bytes, origin);
    const result = read(decoded.text, origin);
    if (!decoded.fallback || !result.ok) return [result];
    const message = `${origin} is not valid UTF-8: read as ${decoded.encoding}, a guess; if its non-ASCII characters look wrong, convert it to UTF-8 (iconv -f <charset> -t UTF-8)`;
    return [{ ...result, issues: [...(result.issues ?? []), { code: 'W_INGEST_CHARSET_GUESS', message, source: 'ingest' }] }];
  };
}

// The HTML, feed, SGML, WARC and network readers pull in linkedom, Readability, feedparser and warcio
// (about 330 ms of imports): they are loaded on first use, so reading text or JSON Lines starts fast.
const WHOLE_FILE_READERS: Readonly<Partial<Record<InputFormat, WholeFileReader>>> = Object.freeze({
  seed: textReader(readSeedText),
  txt: textReader(readPlainText),
  html: async (bytes, origin) => [(await import('./read-html.js')).readHtml(bytes, origin)],
  feed: async (bytes, origin) => (await import('./read-feed.js')).readFeed(bytes, origin),
  reuters: async (bytes, origin) => (await import('./read-reuters.js')).readReuters(bytes, origin),
});

/**
 * Streams articles from files, directories (recursive, sorted; hidden files and folders and `node_modules` folders skipped: listFiles), `-` (stdin) or
 * http(s) URLs (fetched politely: see fetcher.ts).
 * The format of each file is detected from its content and extension (see detectFormat) unless `options.format`
 * forces one (then a directory's files are all read, whatever their extension; otherwise files with an extension
 * no reader knows are left out and reported to `options.onSkippedFile`); gzip-compressed files are decompressed on the fly. JSON Lines are read line by line; whole-file
 * formats are refused above `options.maxBytes`.
 * Never throws for a bad item: a missing path, unreadable directory, empty, binary or wrongly encoded file,
 * a bad JSON line… each yields one `{ ok: false, origin, code, message }` and reading goes on.
 * An article whose text is not English has `lang` set to its language ({@link withLanguage}).
 * @param inputs file paths, directory paths, http(s) URLs, or '-' for stdin
 * @param options format override, stdin stream, size limit, HTTP fetcher
 * @returns an async iterable of read results, in input order (directory entries in sorted order)
 */
export async function* readInputs(inputs: string[], options: ReadInputsOptions = {}): AsyncIterable<ReadResult> {
  for await (const r of readAll(inputs, options)) yield r.ok ? await withLanguage(r) : r;
}

/** {@link readInputs} before the language pass. */
async function* readAll(inputs: string[], options: ReadInputsOptions): AsyncGenerator<ReadResult> {
  let fetcher = options.fetcher;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (isUrl(input)) {
      // the run of URLs from here is fetched several at once, read in input order
      let end = i + 1;
      while (end < inputs.length && isUrl(inputs[end])) end++;
      const urls = inputs.slice(i, end);
      i = end - 1;
      const http = (fetcher ??= createFetcher());
      // the caller named these URLs: their hosts are fetched whatever address they have (a feed on localhost), and
      // only the URLs found in what they return (redirects) are checked (fetcher.ts)
      for (const url of urls) http.trust(url);
      const [{ readUrl }, { pMapIterable }] = await Promise.all([import('./read-url.js'), import('p-map')]);
      const readouts = pMapIterable(urls, (url) => readUrl(url, http, { format: options.format, signal: options.signal }), {
        concurrency: options.fetchConcurrency ?? DEFAULT_FETCH_CONCURRENCY,
      });
      for await (const readout of readouts) {
        yield* readout.results;
        if (options.signal?.aborted) return;
      }
      continue;
    }
    if (input === '-') {
      yield* readSource('-', options.stdin ?? process.stdin, options);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (error) {
      yield failureFromError(input, error);
      continue;
    }
    if (!isDir) {
      yield* readSource(input, input, options);
      continue;
    }
    for await (const entry of listFiles(input, new Set(), { all: options.format !== undefined, onSkip: options.onSkippedFile })) {
      if ('failure' in entry) yield entry.failure;
      else yield* readSource(entry.path, entry.path, options);
    }
  }
}

/** Whether an input names an http(s) URL rather than a path. */
function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Reads one file or stream: sniff, check, dispatch to the format's reader.
 * @param origin file path or '-'
 * @param source file path or stream
 */
async function* readSource(origin: string, source: string | NodeJS.ReadableStream, options: ReadInputsOptions): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let opened: Awaited<ReturnType<typeof openBytes>> | undefined;
  try {
    opened = await openBytes(source, { markGzipGaps: true });
    const { head } = opened;
    let stream: AsyncIterable<Buffer> = opened.stream;
    if (head.length === 0) {
      // the stream has ended; a gzip none of whose members decompress leaves gap markers: corrupt, not empty
      const markers: Buffer[] = [];
      for await (const chunk of opened.stream) markers.push(chunk);
      if (!markers.some((chunk) => gzipGapOf(chunk))) {
        yield failure(origin, IngestCode.Empty, `${origin} is empty${opened.gzip ? ' (after gunzip)' : ''}; nothing to read`);
        return;
      }
      stream = (async function* () {
        yield* markers;
      })();
    }
    const format = options.format ?? detectFormat(origin, head);
    if (typeof source === 'string' && !opened.gzip && format !== 'warc' && (format !== 'jsonl' || formatExtension(origin) === '.json') && (await stat(source)).size > maxBytes) {
      await opened.stream[Symbol.asyncIterator]().return?.();
      throw tooLargeToReadWhole(origin, maxBytes);
    }
    if (format !== 'warc') {
      const binary = binaryReason(head);
      if (binary) {
        yield failure(origin, IngestCode.Binary, `${origin} looks binary (${binary}), not ${options.format ? `${format} text (--input-format ${format})` : 'text'}; pass text, JSON Lines, HTML, a feed or a WARC`);
        return;
      }
      if (opened.complete && head.length > 0 && !head.toString('latin1').trim()) {
        yield failure(origin, IngestCode.Empty, `${origin} holds only white space; nothing to read`);
        return;
      }
    }
    // only the WARC reader goes on after a gzip member that does not decompress; the others stop there with zlib's reason
    const untilGap = failAtGzipGap(stream);
    if (format === 'jsonl') {
      if (isJsonDocument(origin, head)) {
        yield* readJsonDocument(await collectBytes(untilGap, maxBytes, origin), origin);
      } else yield* readJsonLines(untilGap, origin);
      return;
    }
    if (format === 'warc') {
      // gunzipMembers (multi-member, as CC-NEWS) decompresses for both readers and reports truncation as an error.
      const { MAX_WARC_RECORD_BYTES, readWarc } = await import('./read-warc.js');
      const maxRecordBytes = options.maxRecordBytes ?? MAX_WARC_RECORD_BYTES;
      if (head.subarray(0, 11).toString('latin1') === 'filedesc://') yield* (await import('./read-arc.js')).readArc(untilGap, origin, maxRecordBytes);
      else yield* readWarc(stream, origin, { gunzipped: opened.gzip, maxRecordBytes });
      return;
    }
    const reader = WHOLE_FILE_READERS[format];
    if (!reader) {
      yield failure(origin, IngestCode.Format, `${origin}: there is no "${format}" reader; the input formats are ${INPUT_FORMATS.join(', ')}`);
      return;
    }
    const bytes = await collectBytes(untilGap, maxBytes, origin);
    const misnamed = misnamedGzip(origin, opened.gzip);
    for await (const r of await reader(bytes, origin)) yield misnamed && !r.ok ? { ...r, message: `${r.message}; ${MISNAMED_GZIP}` } : r;
  } catch (error) {
    const failed = failureFromError(origin, error);
    yield misnamedGzip(origin, opened?.gzip) && !failed.ok ? { ...failed, message: `${failed.message}; ${MISNAMED_GZIP}` } : failed;
  }
}

/** What a failure of a file named `.gz` whose bytes are not gzip adds to its message. */
const MISNAMED_GZIP = 'it is named .gz but is not gzip-compressed (no 1f 8b magic number), so it was read as it is';

/**
 * Tells whether a file is named as gzip (`.gz`) but its bytes are not: a download saved already decompressed, or a
 * renamed file. It is read as it is; a failure reading it says so, since its reason ("not an article page", "invalid
 * JSON") would otherwise not hint at the name.
 * @param origin file path
 * @param gzip whether the bytes began with the gzip magic number (undefined: the file could not be opened)
 */
function misnamedGzip(origin: string, gzip: boolean | undefined): boolean {
  return gzip === false && /\.gz$/i.test(origin);
}


/**
 * Tells a whole JSON document from JSON Lines: a `.json` file, content starting with `[`, or a first line that is a
 * lone `{` (a pretty-printed object such as a JSON Feed).
 */
function isJsonDocument(origin: string, head: Buffer): boolean {
  if (formatExtension(origin) === '.json') return true;
  const start = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return start.startsWith('[') || /^\{[ \t]*\r?\n/.test(start);
}
