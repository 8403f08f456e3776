import { isIP } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Dispatcher } from 'undici';
import { checkedLookup, PrivateAddressError, type ResolveHost } from './checked-lookup.js';
import { IngestCode, IngestError } from './errors.js';
import { networkReason } from './network-error.js';
import { nonPublicAddress } from './non-public-address.js';
import { sizeLimitText } from './byte-source.js';

/** Default User-Agent: names the tool and where to read about it, as polite crawlers do. */
export const DEFAULT_USER_AGENT = 'detente/0.1 (news event coder; +https://github.com/detente-news/detente)';

/** Options of {@link createFetcher}; every limit has a safe default. */
export interface FetcherOptions {
  /** whole-request timeout in ms (default 20,000) */
  timeoutMs?: number;
  /**
   * largest body accepted in bytes (default {@link DEFAULT_MAX_FETCH_BYTES}, the CLI's `--max-fetch-mb`); bigger bodies
   * are cut off with E_FETCH_TOO_LARGE, whose message names that option
   */
  maxBytes?: number;
  /** redirects followed (default 5) */
  maxRedirects?: number;
  /** minimum ms between two requests to the same host (default 1,000: one request a second per host) */
  perHostIntervalMs?: number;
  userAgent?: string;
  /**
   * fetch from any address (default false: a URL whose host is not trusted is refused with E_FETCH_PRIVATE_ADDRESS
   * when its host is, or resolves to, an address that is not public unicast — loopback, RFC 1918, link-local with the
   * cloud metadata address 169.254.169.254, unique local fc00::/7…, see nonPublicAddress); the CLI's
   * `--allow-private-urls`
   */
  allowPrivateAddresses?: boolean;
  /**
   * URLs the user named (command-line inputs, watched feeds): their host:port is trusted, so it is fetched whatever
   * address it has, and so is any other URL on the same host and port (a feed's items, a redirect). The same as
   * calling {@link Fetcher.trust} with each.
   */
  trustedUrls?: readonly string[];
  /** resolver of the hosts whose addresses are checked (default: dns.lookup, all answers); tests inject answers */
  resolve?: ResolveHost;
  /**
   * injectable fetch (tests) — defaults to Node's global fetch. A request to an untrusted host gets a `dispatcher` (an
   * undici Agent whose connections check the address they connect to) in its init.
   */
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
  /**
   * Trusts the host and port of a URL the user named: URLs there are fetched whatever address they resolve to
   * (a feed on localhost or an intranet host). A URL that does not parse is ignored (its fetch fails with E_FETCH_URL).
   */
  trust(url: string): void;
}

/** The key a trusted URL is known by: host name and port (the scheme's default port when the URL names none). */
function hostAndPort(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/**
 * The message of an E_FETCH_PRIVATE_ADDRESS refusal: the URL, the address and what it is, and what to do.
 * @param url the URL refused
 * @param address the address it is or resolves to
 * @param kind what the address is (nonPublicAddress)
 */
function privateAddressMessage(url: string, address: string, kind: string): string {
  return `${url} resolves to ${address}, ${kind}: not fetched, since a URL found in fetched content (a feed item's link, a redirect) may point into this machine or its network and only hosts named on the command line are fetched at such addresses; pass --allow-private-urls to fetch private addresses`;
}

/** Largest body a fetch reads by default, in bytes: 10 MiB (`--max-fetch-mb`); news pages are well under 1 MiB. */
export const DEFAULT_MAX_FETCH_BYTES = 10 * 1024 * 1024;

/**
 * Creates a {@link Fetcher}. State (the per-host schedule) lives in the returned object, never in the module.
 */
export function createFetcher({
  timeoutMs = 20_000,
  maxBytes = DEFAULT_MAX_FETCH_BYTES,
  maxRedirects = 5,
  perHostIntervalMs = 1_000,
  userAgent = DEFAULT_USER_AGENT,
  allowPrivateAddresses = false,
  trustedUrls = [],
  resolve,
  fetch: doFetch = globalThis.fetch,
  now = () => Date.now(),
  sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
}: FetcherOptions = {}): Fetcher {
  const nextSlot = new Map<string, number>();
  const trusted = new Set<string>();
  // the Agent of requests to untrusted hosts, made (and undici loaded) on the first such request
  let checking: Promise<Dispatcher> | undefined;
  const checkingDispatcher = () =>
    (checking ??= import('undici').then(({ Agent }) => new Agent({ connect: { lookup: checkedLookup(resolve) } })));
  const trust = (url: string) => {
    try {
      trusted.add(hostAndPort(new URL(url)));
    } catch {
      // not a URL: its fetch fails with E_FETCH_URL
    }
  };
  for (const url of trustedUrls) trust(url);

  async function politeWait(host: string): Promise<void> {
    const t = now();
    const slot = Math.max(t, nextSlot.get(host) ?? 0);
    nextSlot.set(host, slot + perHostIntervalMs);
    if (slot > t) await sleep(slot - t);
  }

  async function readBody(res: Response, url: string, signal: AbortSignal): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new IngestError(IngestCode.FetchTooLarge, `${url}: ${declared} bytes is over the ${sizeLimitText(maxBytes)} limit for one fetched body; not fetched (raise the limit with --max-fetch-mb)`, url);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (signal.aborted) break;
        size += chunk.byteLength;
        if (size > maxBytes) {
          throw new IngestError(IngestCode.FetchTooLarge, `${url}: body over the ${sizeLimitText(maxBytes)} limit for one fetched body; not read further (raise the limit with --max-fetch-mb)`, url);
        }
        chunks.push(Buffer.from(chunk));
      }
    }
    return Buffer.concat(chunks);
  }

  return {
    trust,
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
        // whether a hop so far was on a host the user did not name
        let leftTrusted = false;
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
          // each hop is checked: a trusted feed's redirect to a private address is refused too, and once a hop has been
          // on a host the user did not name, the chain is no longer theirs: its redirect into a trusted private host
          // ("watch http://localhost/feed", an item's public page redirecting to http://localhost/admin) is checked too
          if (!trusted.has(hostAndPort(parsed))) leftTrusted = true;
          const checked = !allowPrivateAddresses && leftTrusted;
          const literal = parsed.hostname.replace(/^\[|\]$/g, '');
          if (checked && isIP(literal)) {
            // an IP literal (the URL parser has already turned 2130706433 or 0x7f.1 into 127.0.0.1) is never looked up
            const kind = nonPublicAddress(literal);
            if (kind) throw new IngestError(IngestCode.FetchPrivateAddress, privateAddressMessage(url, literal, kind), start);
          }
          const dispatcher = checked ? await checkingDispatcher() : undefined;
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
            res = await doFetch(url, { headers, redirect: 'manual', signal: controller.signal, ...(dispatcher && { dispatcher }) } as RequestInit);
          } catch (err) {
            if (controller.signal.aborted) throw stopped();
            const cause = (err as { cause?: unknown }).cause;
            if (cause instanceof PrivateAddressError) {
              throw new IngestError(IngestCode.FetchPrivateAddress, privateAddressMessage(url, cause.address, cause.kind), start, { cause: err });
            }
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
              throw new IngestError(IngestCode.FetchTooLarge, `${url}: gzip body is corrupt or over the ${sizeLimitText(maxBytes)} limit for one fetched body unpacked (raise the limit with --max-fetch-mb)`, start, { cause: err });
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
