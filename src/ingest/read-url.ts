import { detectFormat } from './detect-format.js';
import { failureFromError } from './errors.js';
import type { Fetched, Fetcher, Validators } from './fetcher.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import type { InputFormat, ReadResult } from './read-result.js';
import { readJsonLines } from './read-jsonl.js';
import { Readable } from 'node:stream';
import { readPlainText } from './read-text.js';
import { decodeBytes } from './decode-bytes.js';
import { articleId } from './article-id.js';

/** What one URL gave: the read results and the HTTP answer (for the next conditional GET). */
export interface UrlReadout {
  results: ReadResult[];
  fetched: Fetched | null;
}

/** The format of a fetched resource: Content-Type first (HTML, RSS/Atom/XML), then the content sniffer. */
export function formatOfFetched(f: Fetched): InputFormat {
  const ct = (f.contentType ?? '').toLowerCase();
  if (/(rss|atom|rdf)\+xml|\/xml\b|text\/xml/.test(ct)) return 'feed';
  if (/html/.test(ct)) return detectFormat(f.url, f.bytes.subarray(0, 65_536)) === 'feed' ? 'feed' : 'html';
  return detectFormat(f.url, f.bytes.subarray(0, 65_536));
}

/**
 * Fetches one URL and reads it: an article page (HTML reader, with the final URL and the HTTP charset),
 * a feed or news sitemap (one article per item), JSON Lines or plain text. A 304 Not Modified gives no
 * results. Never throws: fetch and parse errors become one `{ ok: false }` naming the URL.
 * @param url http(s) URL
 * @param fetcher the shared fetcher (rate limits are per fetcher)
 * @param options validators from the last fetch (conditional GET), a forced format, and a signal that cancels the fetch
 */
export async function readUrl(
  url: string,
  fetcher: Fetcher,
  options: { validators?: Validators; format?: InputFormat; signal?: AbortSignal } = {},
): Promise<UrlReadout> {
  let fetched: Fetched;
  try {
    fetched = await fetcher.get(url, options.validators, options.signal);
  } catch (err) {
    return { results: [failureFromError(url, err)], fetched: null };
  }
  if (fetched.notModified) return { results: [], fetched };
  try {
    const format = options.format ?? formatOfFetched(fetched);
    let results: ReadResult[];
    if (format === 'feed') results = await readFeed(fetched.bytes, url, { charset: fetched.charset });
    else if (format === 'jsonl') {
      results = [];
      for await (const r of readJsonLines(Readable.from([fetched.bytes]), url)) results.push(r);
    } else if (format === 'txt' || format === 'seed') {
      results = [readPlainText(decodeBytes(fetched.bytes, url).text, url)];
    } else results = [readHtml(fetched.bytes, url, { url: fetched.url, charset: fetched.charset })];
    for (const r of results) {
      if (r.ok && !r.article.url && format !== 'feed') r.article = { ...r.article, url: fetched.url, id: articleId(r.article.text, fetched.url) };
    }
    return { results, fetched };
  } catch (err) {
    return { results: [failureFromError(url, err)], fetched };
  }
}
