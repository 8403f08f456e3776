import { decodeHTML } from 'entities';
import type { AnalysisIssue } from '../model/analysis.js';
import FeedParser from 'feedparser';
import { DOMParser } from 'linkedom';
import { articleResult } from './article-result.js';
import { decodeBytes } from './decode-bytes.js';
import { IngestCode, failure } from './errors.js';
import { htmlFragmentParagraphs } from './html-fragment.js';
import { normaliseDate } from './publication-date.js';
import { urlDate } from './url-date.js';
import type { ReadResult } from './read-result.js';
import { findXmlProblem } from './xml-problem.js';
import { withoutBadItems } from './feed-items.js';

/** Options of the feed readers. */
export interface FeedOptions {
  /** charset from the transport (HTTP Content-Type); wins over the XML declaration */
  charset?: string | null;
}

/**
 * The charset an XML document declares (`<?xml version="1.0" encoding="windows-1251"?>`).
 * @param bytes the document's first bytes
 * @returns the label, or null
 */
export function declaredXmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

function rawValue(item: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = item[k] as { '#'?: unknown } | undefined;
    if (v && typeof v['#'] === 'string' && v['#'].trim()) return v['#'];
  }
  return null;
}

/** A description shorter than this (characters) is a teaser: the headline is put before it in the text. */
const TEASER_CHARS = 600;

/** An HTML character reference: named (`&amp;`, `&eacute;`), decimal (`&#8211;`) or hexadecimal (`&#x2019;`). */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * A feed title's HTML character references left after feedparser's XML decoding, decoded: a feed that escapes its
 * titles twice (`Ferry &amp;amp; bus`, which XML reads as `Ferry &amp; bus`) or writes HTML entities into a CDATA title
 * (`<![CDATA[Caf&eacute;]]>`) means the characters, not the entity's letters, as the description's HTML does
 * (html-fragment.ts decodes it likewise). A title with no such reference is returned as it is.
 * @param text the title as feedparser gives it
 * @returns the text with its character references decoded (entities' decodeHTML)
 */
function decodeLeftEntities(text: string): string {
  return CHARACTER_REFERENCE.test(text) ? decodeHTML(text) : text;
}

/**
 * Turns one feed entry into an article: title, link, date (as written: RSS pubDate, Atom published/updated,
 * Dublin Core date), the Atom `updated` day when later than that (`modified`), description or full content as text, feed title as source, feed language, and the item's own
 * id as its `externalId`: the RSS `guid` or Atom `id` as written (not feedparser's stand-in, the link), so that the
 * store knows the item again under a changed link, and an edited item is a correction of it (store/external-id.ts).
 * The id names the item within its feed: the feed is its `source`, the feed's title or, untitled, its own URL
 * (`feedUrl`, else the feed's `atom:link rel="self"`), without which the id is kept but matches nothing.
 * A link still relative after feedparser's resolution is dropped, and a date given but not understood leaves the item
 * undated, each with an issue (W_INGEST_LINK, W_INGEST_DATE) that the commands print as a warning. An item with no
 * date it states is dated by a `/YYYY/MM/DD/` in its link's path ({@link urlDate}), with an issue W_INGEST_DATE_FROM_URL
 * naming that source (a day, no time).
 * The text of an item with a teaser description (under {@link TEASER_CHARS}) opens with its headline as its own
 * paragraph, so the headline's actors and events are coded; an item with no description is its headline alone.
 */
function itemResult(item: FeedParser.Item, origin: string, feedUrl: string | null): ReadResult {
  const raw = item as unknown as Record<string, unknown>;
  const title = decodeLeftEntities(item.title?.replace(/\s+/g, ' ').trim() || '') || null;
  const html = item.description || item.summary || '';
  let paragraphs = htmlFragmentParagraphs(html);
  // a teaser is coded with its headline: the headline carries the news ("X leaves North Korea for Vietnam"),
  // the teaser often only its colour; full content (long) and a teaser repeating the headline are left as they are
  if (title && paragraphs.join(' ').length < TEASER_CHARS && !paragraphs.join(' ').startsWith(title)) paragraphs = [title, ...paragraphs];
  if (paragraphs.length === 0) return failure(origin, IngestCode.NoArticle, `${origin}: the feed item has neither title nor description`);
  const dateRaw = rawValue(raw, ['rss:pubdate', 'atom:published', 'dc:date', 'atom:updated', 'atom:issued', 'rdf:date', 'dcterms:created']);
  const stated = normaliseDate(dateRaw) ?? normaliseDate(item.pubdate ?? item.date);
  // feedparser resolves a relative link against xml:base, the feed's site link or the URL it was fetched from; one
  // still relative ("/news/bridge" in a feed file naming no base) names no page, and as an article's URL it would be
  // taken for the same page as any other feed's "/news/bridge" (the store links copies by URL)
  const link = item.origlink || item.link || null;
  const url = link && /^https?:\/\//i.test(link) ? link : null;
  // an item with no date of its own is dated by its URL's /YYYY/MM/DD/ (CNN's feeds give none), with an issue naming
  // that source
  const fromUrl = stated === null ? urlDate(url) : null;
  const published = stated ?? fromUrl;
  const result = articleResult(paragraphs.join('\n'), {
    title,
    published,
    // Atom's `updated` beside its `published` (RFC 4287 §4.2.15): kept when a later day (modification-date.ts)
    modified: normaliseDate(rawValue(raw, ['atom:updated', 'dcterms:modified'])),
    url,
    source: item.meta?.title?.trim() || feedUrl || item.meta?.xmlurl || null,
    lang: item.meta?.language?.trim() || null,
    externalId: rawValue(raw, ['rss:guid', 'atom:id'])?.trim() || null,
    origin,
  });
  if (!result.ok) return result;
  const issues: AnalysisIssue[] = [];
  if (link && !url) {
    // an absolute URL of another scheme (file:, ftp:, javascript:) is refused as such, not for want of a base (review 26)
    const why = /^[a-z][a-z0-9+.-]*:/i.test(link) ? 'is not an http(s) URL' : 'is no absolute http(s) URL and the feed gives no base to resolve it (xml:base, its site link, or the URL it is fetched from)';
    issues.push({ code: 'W_INGEST_LINK', source: 'ingest', message: `${origin}: the item's link ${JSON.stringify(link)} ${why}: read without a URL` });
  }
  if (stated === null && dateRaw) {
    issues.push({ code: 'W_INGEST_DATE', source: 'ingest', message: `${origin}: publication date ${JSON.stringify(dateRaw.trim())} not understood (e.g. an RFC 822 date: Tue, 05 Mar 2024 09:00:00 GMT); the item is read as ${fromUrl ? `dated ${fromUrl} from its URL` : 'undated'}` });
  }
  if (fromUrl) {
    issues.push({ code: 'W_INGEST_DATE_FROM_URL', source: 'ingest', message: `${origin}: the item states ${dateRaw ? 'no publication date understood' : 'no publication date'}; dated ${fromUrl}, the day its URL's path names (a day, no time; the day the URL was made)` });
  }
  return issues.length ? { ...result, issues } : result;
}

/**
 * Reads an RSS 0.9x/1.0 (RDF)/2.0 or Atom feed with feedparser (sax-based, forgiving of common breakage):
 * one article per item. The charset comes from the XML declaration (or BOM / UTF-8 / windows-1252 fallback).
 * @param bytes the feed's bytes (already gunzipped)
 * @param origin file path or URL; items are `origin#n`
 * @param options `charset` from the HTTP Content-Type (wins over the XML declaration, RFC 7303 §3.2)
 * Before feedparser reads it, the document is checked for well-formedness ({@link findXmlProblem}): feedparser's
 * lenient parse of a broken document makes articles out of fragments (`<title>Broken <item</title>` gave items
 * "Broken" and the next tag's text), so malformed items are cut out first ({@link withoutBadItems}) and a feed malformed
 * outside its items gives nothing but its failure.
 * @returns the items' results; the good items of a feed malformed only inside some items, then one E_INGEST_FORMAT
 *   failure per bad item (`origin#position`, naming the problem, its line and column); a feed malformed elsewhere
 *   (mismatched or unclosed tag, raw `<`, text outside the root…) is one E_INGEST_FORMAT failure naming the problem,
 *   its line and column, and no items; a document that is not a feed is one
 *   E_INGEST_FORMAT failure; a feed that ends before its root element is closed gives the items read before the break
 *   and one E_INGEST_TRUNCATED failure; a well-formed feed with no items gives one W_INGEST_NO_ITEMS result marked
 *   `skip: 'no-items'` (a warning: batches print it and keep exit status 0 when nothing failed)
 */
export async function readRssAtom(bytes: Uint8Array, origin: string, options: FeedOptions = {}): Promise<ReadResult[]> {
  const { text } = decodeBytes(bytes, origin, options.charset || declaredXmlCharset(bytes));
  const problem = findXmlProblem(text);
  // a malformed feed whose problems lie inside some of its items: the other items are read, and each bad one fails
  const recovered = problem?.kind === 'malformed' ? withoutBadItems(text) : null;
  if (recovered) {
    const { results } = await parseItems(recovered.text, origin, (k) => recovered.kept[k - 1]);
    if (results.some((r) => !r.ok && r.origin === origin)) return results; // not a feed after all
    for (const { position, problem: p } of recovered.bad) {
      results.push(failure(`${origin}#${position}`, IngestCode.Format, `${origin}: item ${position} is malformed feed XML at line ${p.line}, column ${p.column} (${p.reason}); it was left out, the feed's other items were read`));
    }
    return results;
  }
  const { results, n } = await parseItems(text, origin, (k) => k);
  // a feed read whole with no items says so: without it, an empty feed and a wrong path or URL looked alike
  if (!problem && results.length === 0) {
    return [{ ok: false, origin, code: IngestCode.NoItems, message: `${origin}: no items (the feed was read, and it lists no entries)`, skip: 'no-items' }];
  }
  if (!problem || results.some((r) => !r.ok && r.origin === origin)) return results; // well-formed, or not a feed
  const where = `line ${problem.line}, column ${problem.column}`;
  if (problem.kind === 'malformed') {
    return [failure(origin, IngestCode.Format, `${origin}: malformed feed XML at ${where} (${problem.reason}); nothing was read from it: fix the feed, or ask its publisher to fix it`)];
  }
  results.push(failure(origin, IngestCode.Truncated, `${origin}: the feed ends at ${where} before its XML is complete (${problem.reason}): truncated download?; ${n} item(s) before the break were read`));
  return results;
}

/**
 * The items of a feed's text read by feedparser, item k (1-based, in parse order) named `origin#position(k)`; a parse
 * error adds one failure named `origin`.
 * @returns the results and the number of items read
 */
async function parseItems(text: string, origin: string, position: (k: number) => number): Promise<{ results: ReadResult[]; n: number }> {
  const results: ReadResult[] = [];
  const parser = new FeedParser({ feedurl: /^https?:/.test(origin) ? origin : undefined });
  let n = 0;
  const done = new Promise<void>((resolve) => {
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) results.push(itemResult(item, `${origin}#${position(++n)}`, /^https?:/.test(origin) ? origin : null));
    });
    parser.on('error', (error: Error) => {
      const notFeed = /not a feed/i.test(error.message);
      results.push(failure(origin, IngestCode.Format, notFeed
        ? `${origin} is not an RSS, Atom or RDF feed (${error.message}); pass it as HTML or check the URL`
        : `${origin}: malformed feed XML after ${n} item(s) (${error.message.split('\n')[0]}); the items before the error were read`));
      resolve();
    });
    parser.on('end', () => resolve());
  });
  parser.end(text);
  await done;
  return { results, n };
}

type XmlEl = { localName?: string; tagName: string; textContent: string | null; children: ArrayLike<XmlEl> };

function childText(el: XmlEl, name: string): string | null {
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i];
    const tag = c.tagName.toLowerCase();
    if (tag === name || tag.endsWith(`:${name}`)) return c.textContent?.trim() || null;
  }
  return null;
}

function child(el: XmlEl, name: string): XmlEl | null {
  for (let i = 0; i < el.children.length; i++) {
    const tag = el.children[i].tagName.toLowerCase();
    if (tag === name || tag.endsWith(`:${name}`)) return el.children[i];
  }
  return null;
}

/**
 * Reads a Google News sitemap (`<urlset>` with `news:news` entries): one article per URL, titled and dated from
 * `news:title` and `news:publication_date`, source and language from `news:publication`; the text is the title
 * (sitemaps carry no body). Plain sitemaps (no `news:title`) give nothing per URL; a sitemap index gives one
 * E_INGEST_NO_ARTICLE failure naming how many sitemaps it lists.
 * @param bytes the sitemap's bytes (already gunzipped)
 * @param origin file path or URL; entries are `origin#n`
 * @param options `charset` from the HTTP Content-Type
 */
export function readNewsSitemap(bytes: Uint8Array, origin: string, options: FeedOptions = {}): ReadResult[] {
  const { text } = decodeBytes(bytes, origin, options.charset || declaredXmlCharset(bytes));
  const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: XmlEl | null };
  const root = doc.documentElement;
  if (!root) return [failure(origin, IngestCode.Format, `${origin}: malformed sitemap XML`)];
  const rootTag = root.tagName.toLowerCase();
  if (rootTag.endsWith('sitemapindex')) {
    return [failure(origin, IngestCode.NoArticle, `${origin} is a sitemap index listing ${root.children.length} sitemap(s), not articles; read the listed sitemaps`)];
  }
  const results: ReadResult[] = [];
  let n = 0;
  for (let i = 0; i < root.children.length; i++) {
    const url = root.children[i];
    if (!url.tagName.toLowerCase().endsWith('url')) continue;
    n++;
    const loc = childText(url, 'loc');
    const news = child(url, 'news');
    const title = news ? childText(news, 'title') : null;
    if (!title) continue;
    const publication = news ? child(news, 'publication') : null;
    results.push(articleResult(title, {
      title,
      published: normaliseDate(news ? childText(news, 'publication_date') : null) ?? normaliseDate(childText(url, 'lastmod')),
      url: loc,
      source: publication ? childText(publication, 'name') : null,
      lang: publication ? childText(publication, 'language') : null,
      origin: `${origin}#${n}`,
    }));
  }
  if (results.length === 0) {
    results.push(failure(origin, IngestCode.NoArticle, `${origin}: the sitemap lists ${n} URL(s) but no news entries (news:title); fetch the pages to read them`));
  }
  return results;
}

/**
 * Reads any feed: news sitemaps (`<urlset>`, `<sitemapindex>`) with {@link readNewsSitemap}, everything else
 * (RSS, Atom, RDF) with {@link readRssAtom}.
 * @param bytes the feed's bytes (already gunzipped)
 * @param origin file path or URL
 * @param options `charset` from the HTTP Content-Type, when fetched
 */
export async function readFeed(bytes: Uint8Array, origin: string, options: FeedOptions = {}): Promise<ReadResult[]> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const root = /<(?!\?|!)([\w:-]+)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1]?.toLowerCase() ?? '';
  if (root === 'urlset' || root === 'sitemapindex' || root.endsWith(':urlset')) return readNewsSitemap(bytes, origin, options);
  return readRssAtom(bytes, origin, options);
}
