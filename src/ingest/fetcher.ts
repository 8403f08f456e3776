import { gunzipSync } from 'node:zlib';
import { IngestCode, IngestError } from './errors.js';
import { networkReason } from './network-error.js';

/** Default User-Agent: names the tool and where to read about it, as polite crawlers do. */
export const DEFAULT_USER_AGENT = 'detente/0.1 (news event coder; +https://github.com/detente-news/detente)';

/** Options of {@link createFetcher}; every limit has a safe default. */
export interface FetcherOptions {
  /** whole-request timeout in ms (default 20,000) */
  timeoutMs?: number;
  /** largest body accepted in bytes (default 10 MiB); bigger bodies are cut off with E_FETCH_TOO_LARGE */
  maxBytes?: number;
  /** redirects followed (default 5) */
  maxRedirects?: number;
  /** minimum ms between two requests to the same host (default 1,000: one request a second per host) */
  perHostIntervalMs?: number;
  userAgent?: string;
  /** injectable fetch (tests) — defaults to Node's global fetch */
  fetch?: typeof fetch;
  /** injectable clock and sleep (tests) */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Validators from an earlier response, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched resource. `notModified` is true for a 304 answer to a conditional GET (then `bytes` is empty). */
export interface Fetched {
  url: string;
  status: number;
  notModified: boolean;
  bytes: Buffer;
  contentType: string | null;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** An HTTP client with timeouts, size limits, redirects, a per-host rate and conditional GET. */
export interface Fetcher {
  /**
   * Fetches `url` (http/https only).
   * The timeout counts from the request's turn at its host (the per-host interval's wait is not part of it), so that
   * URLs of one host fetched at once do not time out while they queue.
   * @param validators ETag / Last-Modified of the last fetch: sent as If-None-Match / If-Modified-Since
   * @param signal aborts the request (an interrupted ingest): it then throws E_FETCH_NETWORK "fetch cancelled"
   * @throws IngestError E_FETCH_* (see IngestCode) (timeout, HTTP error status, too large, too many redirects, bad URL, network)
   */
  get(url: string, validators?: Validators, signal?: AbortSignal): Promise<Fetched>;
}

/**
 * Creates a {@link Fetcher}. State (the per-host schedule) lives in the returned object, never in the module.
 */
export function createFetcher({
  timeoutMs = 20_000,
  maxBytes = 10 * 1024 * 1024,
  maxRedirects = 5,
  perHostIntervalMs = 1_000,
  userAgent = DEFAULT_USER_AGENT,
  fetch: doFetch = globalThis.fetch,
  now = () => Date.now(),
  sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
}: FetcherOptions = {}): Fetcher {
  const nextSlot = new Map<string, number>();

  async function politeWait(host: string): Promise<void> {
    const t = now();
    const slot = Math.max(t, nextSlot.get(host) ?? 0);
    nextSlot.set(host, slot + perHostIntervalMs);
    if (slot > t) await sleep(slot - t);
  }

  async function readBody(res: Response, url: string, signal: AbortSignal): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new IngestError(IngestCode.FetchTooLarge, `${url}: ${declared} bytes is over the ${maxBytes}-byte limit`, url);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (signal.aborted) break;
        size += chunk.byteLength;
        if (size > maxBytes) {
          throw new IngestError(IngestCode.FetchTooLarge, `${url}: body over the ${maxBytes}-byte limit; not read further`, url);
        }
        chunks.push(Buffer.from(chunk));
      }
    }
    return Buffer.concat(chunks);
  }

  return {
    async get(start: string, validators: Validators = {}, cancel?: AbortSignal): Promise<Fetched> {
      let url = start;
      const controller = new AbortController();
      // started after the first wait for the host's turn ({@link politeWait}); cleared in `finally`
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onCancel = () => controller.abort();
      if (cancel?.aborted) throw new IngestError(IngestCode.FetchNetwork, `${start}: fetch cancelled`, start);
      cancel?.addEventListener('abort', onCancel, { once: true });
      // why an aborted request stopped: the caller's cancel, or the timeout
      const stopped = () =>
        cancel?.aborted
          ? new IngestError(IngestCode.FetchNetwork, `${start}: fetch cancelled`, start)
          : new IngestError(IngestCode.FetchTimeout, `${start}: no complete answer within ${timeoutMs} ms`, start);
      try {
        for (let hop = 0; ; hop++) {
          let parsed: URL;
          try {
            parsed = new URL(url);
          } catch {
            throw new IngestError(IngestCode.FetchUrl, `${url} is not a valid URL`, start);
          }
          if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            throw new IngestError(IngestCode.FetchUrl, `${url}: only http and https URLs are fetched`, start);
          }
          await politeWait(parsed.host);
          if (cancel?.aborted) throw stopped();
          timer ??= setTimeout(() => controller.abort(), timeoutMs);
          const headers: Record<string, string> = {
            'user-agent': userAgent,
            accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
            'accept-encoding': 'gzip',
          };
          if (validators.etag) headers['if-none-match'] = validators.etag;
          if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
          let res: Response;
          try {
            res = await doFetch(url, { headers, redirect: 'manual', signal: controller.signal });
          } catch (err) {
            if (controller.signal.aborted) throw stopped();
            throw new IngestError(IngestCode.FetchNetwork, `${url}: cannot fetch: ${networkReason(parsed, err)}`, start, { cause: err });
          }
          if (res.status >= 300 && res.status < 400 && res.status !== 304) {
            const location = res.headers.get('location');
            await res.body?.cancel();
            if (!location) throw new IngestError(IngestCode.FetchStatus, `${url}: redirect ${res.status} without a Location header`, start);
            if (hop >= maxRedirects) throw new IngestError(IngestCode.FetchRedirects, `${start}: more than ${maxRedirects} redirects`, start);
            url = new URL(location, url).href;
            continue;
          }
          const contentType = res.headers.get('content-type');
          const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
          const base = { url, status: res.status, contentType, charset, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
          if (res.status === 304) {
            await res.body?.cancel();
            return { ...base, notModified: true, bytes: Buffer.alloc(0), etag: base.etag ?? validators.etag ?? null, lastModified: base.lastModified ?? validators.lastModified ?? null };
          }
          if (res.status < 200 || res.status >= 300) {
            await res.body?.cancel();
            throw new IngestError(IngestCode.FetchStatus, `${url}: HTTP ${res.status} ${res.statusText}`.trim(), start);
          }
          let bytes: Buffer;
          try {
            bytes = await readBody(res, url, controller.signal);
          } catch (err) {
            if (err instanceof IngestError) throw err;
            if (controller.signal.aborted) throw stopped();
            throw new IngestError(IngestCode.FetchNetwork, `${url}: ${(err as Error).message}`, start, { cause: err });
          }
          if (controller.signal.aborted) throw stopped();
          // fetch decodes Content-Encoding itself; a .gz body served as a file is still gzip
          if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
            try {
              bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
            } catch (err) {
              throw new IngestError(IngestCode.FetchTooLarge, `${url}: gzip body is corrupt or over ${maxBytes} bytes unpacked`, start, { cause: err });
            }
          }
          return { ...base, notModified: false, bytes };
        }
      } finally {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', onCancel);
      }
    },
  };
}
