import { DetenteError } from '../pipeline/errors.js';
import type { ReadResult } from './read-result.js';

/**
 * Stable error codes of the readers. Each failed item is reported as `{ ok: false, origin, code, message }`;
 * the message says what was expected, what came and what to do.
 */
export const IngestCode = {
  /** The path does not exist. */
  NotFound: 'E_INGEST_NOT_FOUND',
  /** The file or directory exists but cannot be read (permissions, I/O error). */
  Unreadable: 'E_INGEST_UNREADABLE',
  /** The file is empty or holds only white space / markup without text. */
  Empty: 'E_INGEST_EMPTY',
  /** The file holds binary data (NUL bytes, many control characters, a known binary signature). */
  Binary: 'E_INGEST_BINARY',
  /** The bytes are not valid UTF-8 and are not clearly single-byte (Latin-1 / windows-1252) text. */
  Encoding: 'E_INGEST_ENCODING',
  /** A whole-file format is larger than the size limit. */
  TooLarge: 'E_INGEST_TOO_LARGE',
  /** A JSON Lines line is not valid JSON or not an object with text. */
  Json: 'E_INGEST_JSON',
  /** The content does not match the format (not a feed, not a WARC, malformed XML/SGML…). */
  Format: 'E_INGEST_FORMAT',
  /** A page or record parsed, but it holds no article text. */
  NoArticle: 'E_INGEST_NO_ARTICLE',
  /**
   * A feed read whole (well-formed, a feed) that lists no items, or a WARC/ARC file whose records hold no HTTP 200
   * HTML response (requests, resources, metadata only): a warning, not a failure (read results marked
   * `skip: 'no-items'`), so that an empty feed or crawl is told apart from a broken path or URL, which fail.
   */
  NoItems: 'W_INGEST_NO_ITEMS',
  /** A compressed stream or archive ends early or is corrupt. */
  Truncated: 'E_INGEST_TRUNCATED',
  /** A URL that is not http(s) or does not parse. */
  FetchUrl: 'E_FETCH_URL',
  /** No complete answer within the timeout. */
  FetchTimeout: 'E_FETCH_TIMEOUT',
  /** The server answered with an error status (4xx, 5xx) or a redirect without Location. */
  FetchStatus: 'E_FETCH_STATUS',
  /** The body is over the size limit. */
  FetchTooLarge: 'E_FETCH_TOO_LARGE',
  /** More redirects than allowed. */
  FetchRedirects: 'E_FETCH_REDIRECTS',
  /** DNS, connection refused or reset. */
  FetchNetwork: 'E_FETCH_NETWORK',
  /**
   * A URL on a host the user did not name is, or resolves to, an address that is not public unicast (loopback, a
   * private network, link-local with cloud metadata services…): not fetched (fetcher.ts, `--allow-private-urls`).
   */
  FetchPrivateAddress: 'E_FETCH_PRIVATE_ADDRESS',
} as const;
export type IngestCode = (typeof IngestCode)[keyof typeof IngestCode];

/** An error raised inside a reader; read-inputs turns it into a `{ ok: false }` result. */
export class IngestError extends DetenteError {
  constructor(
    code: IngestCode,
    message: string,
    readonly origin: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'IngestError';
  }
}

/**
 * Builds a failed read result.
 * @param origin file path, `path:line`, `path#record` or `-`
 * @param code one of {@link IngestCode}
 * @param message what was expected, what came and what to do
 * @returns `{ ok: false, origin, code, message }`
 */
export function failure(origin: string, code: IngestCode, message: string): ReadResult {
  return { ok: false, origin, code, message };
}

/**
 * Turns anything thrown while reading into a failed read result: an {@link IngestError} keeps its code;
 * a Node file-system error maps ENOENT → E_INGEST_NOT_FOUND, EACCES/EPERM/EISDIR/EIO → E_INGEST_UNREADABLE;
 * zlib errors → E_INGEST_TRUNCATED; anything else → E_INGEST_FORMAT.
 * @param origin where the failure happened
 * @param error the thrown value
 */
export function failureFromError(origin: string, error: unknown): ReadResult {
  if (error instanceof IngestError) return failure(error.origin || origin, error.code as IngestCode, error.message);
  const err = error as NodeJS.ErrnoException | undefined;
  const code = err?.code ?? '';
  const msg = err?.message ?? String(error);
  if (code === 'ENOENT') return failure(origin, IngestCode.NotFound, `no such file or directory: ${origin}`);
  if (code === 'EACCES' || code === 'EPERM') return failure(origin, IngestCode.Unreadable, `permission denied reading ${origin}: check the file's permissions`);
  if (code === 'EISDIR' || code === 'EIO' || code === 'ELOOP') return failure(origin, IngestCode.Unreadable, `cannot read ${origin}: ${msg}`);
  if (code.startsWith('Z_') || /unexpected end of file|incorrect header check|invalid (block|distance|stored)/i.test(msg)) {
    return failure(origin, IngestCode.Truncated, `compressed data in ${origin} is truncated or corrupt (${msg}); re-download or re-compress the file`);
  }
  return failure(origin, IngestCode.Format, `cannot read ${origin}: ${msg}`);
}
