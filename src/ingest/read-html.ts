import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleResult } from './article-result.js';
import { decodeBytes } from './decode-bytes.js';
import { IngestCode, failure } from './errors.js';
import { cutTrailingFurniture, isBoilerplateLine, removeBoilerplate, removeLinkLists } from './html-boilerplate.js';
import { cutTrailingNotices } from './trailing-notices.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { capTagNesting, flattenDeepNesting } from './html-depth.js';
import { blockParagraphs, type TextNodeLike } from './html-text.js';
import { normaliseDate } from './publication-date.js';
import type { ReadResult } from './read-result.js';

/** What the caller knows about a page besides its bytes (from a WARC record, an HTTP response, a feed item). */
export interface HtmlContext {
  /** the page's URL (WARC-Target-URI, request URL); the canonical URL from the page wins unless `keepUrl` */
  url?: string | null;
  /** keep `url` as the article's URL even when the page names a canonical one (archive records keep their own URL) */
  keepUrl?: boolean;
  /** a date to use when the page gives none (e.g. the WARC-Date), any form normaliseDate reads */
  fallbackDate?: string | null;
  /** charset from the transport (HTTP Content-Type) */
  charset?: string | null;
}

/**
 * Finds the charset an HTML page declares in its first 4 KiB: `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML declaration's `encoding`.
 * @param bytes page bytes
 * @returns the charset label, or null
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Removes markup that never holds article text before the DOM is built — scripts (except JSON-LD metadata),
 * styles, inline SVG, comments — which cuts DOM construction by about a tenth on news pages. A script ends at the
 * first `</script`, as in the HTML tokenizer.
 * @param html page source
 */
export function stripInertMarkup(html: string): string {
  return html
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * Reads a news article page: decodes it (transport or declared charset, UTF-8, or a detected legacy charset: see
 * decodeBytes), reads metadata
 * (see extractHtmlMetadata), extracts the main text with Mozilla Readability on a linkedom DOM, and turns it into
 * one paragraph per line.
 * @param bytes the page's bytes (already decompressed)
 * @param origin file path, `path#n` for a WARC record, or the URL
 * @param context URL, fallback date and transport charset when known
 * @returns the article (title, published, modified when a later day, byline, url = the canonical URL or the given one — always the given one
 *   with `keepUrl` —, lang, source = site name), or
 *   E_INGEST_NO_ARTICLE when the page holds no article text or is no article page (neither article markup —
 *   JSON-LD Article, og:type article, article:published_time — nor Readability's isProbablyReaderable),
 *   E_INGEST_ENCODING for undecodable bytes; a page cut off before its closing tags is read, with an issue
 *   W_INGEST_CUT_OFF_PAGE ({@link cutOffPage})
 */
export function readHtml(bytes: Uint8Array, origin: string, context: HtmlContext = {}): ReadResult {
  const { text: html } = decodeBytes(bytes, origin, context.charset ?? declaredHtmlCharset(bytes));
  const { document } = parseHTML(capTagNesting(stripInertMarkup(html)));
  // 50,000 nested <div>s cost the parser seconds (capTagNesting drops the tags past 1,024 open ones) and Readability
  // minutes, then a stack overflow: wrappers below 64 levels are flattened (html-depth.ts)
  flattenDeepNesting(document as never);
  const metadata = extractHtmlMetadata(document as never);
  if (!metadata.isArticle && isHomePageUrl(context.url ?? metadata.canonicalUrl ?? null)) {
    return failure(origin, IngestCode.NoArticle, `${origin}: not an article page${metadata.title ? ` ("${metadata.title}")` : ''}: a site's home page (${context.url ?? metadata.canonicalUrl}) without article markup`);
  }
  if (!metadata.isArticle && !isProbablyReaderable(document as never)) {
    return failure(origin, IngestCode.NoArticle, `${origin}: not an article page${metadata.title ? ` ("${metadata.title}")` : ''}: no article markup and too little running text (an index, a login or an error page?)`);
  }
  removeBoilerplate(document as never);
  const keep = (line: string) => !isBoilerplateLine(line) && line !== metadata.title && line !== metadata.headline;
  const container = articleContainer(document as never);
  let containerParagraphs: string[] = [];
  if (container) {
    const copy = container.cloneNode(true);
    removeLinkLists(copy as never);
    containerParagraphs = cutTrailingFurniture(blockParagraphs(copy)).filter(keep);
  }
  let paragraphs: string[] = [];
  try {
    const parsed = new Readability<TextNodeLike>(document as never, { serializer: (node) => node as unknown as TextNodeLike }).parse();
    if (parsed?.content) {
      removeLinkLists(parsed.content as never);
      paragraphs = cutTrailingFurniture(blockParagraphs(parsed.content)).filter(keep);
    }
  } catch {
    paragraphs = [];
  }
  // Readability sometimes keeps only part of a body split into many blocks (BBC text-blocks, slide shows); the
  // page's own article container is then the fuller text.
  if (textLength(containerParagraphs) > CONTAINER_GAIN * textLength(paragraphs)) paragraphs = containerParagraphs;
  const jsonLdParagraphs = metadata.jsonLdBody ? metadata.jsonLdBody.split(/\n+/).map((l) => l.trim()).filter(Boolean) : [];
  // Readability sometimes picks one of several body containers; a JSON-LD articleBody much longer than its
  // result is the fuller text.
  if (textLength(jsonLdParagraphs) > JSON_LD_GAIN * textLength(paragraphs)) paragraphs = jsonLdParagraphs;
  // credits, calls to sign up or follow, "more to follow", bios: a site's notices inside the body, at its end
  paragraphs = cutTrailingNotices(paragraphs);
  if (paragraphs.join('').trim().length === 0) {
    return failure(origin, IngestCode.NoArticle, `${origin}: no article text found in the page${metadata.title ? ` "${metadata.title}"` : ''} (an index, a paywall or a script-only page?)`);
  }
  const result = articleResult(paragraphs.join('\n'), {
    title: metadata.title,
    published: metadata.published ?? normaliseDate(context.fallbackDate),
    modified: metadata.modified,
    byline: metadata.byline,
    url: (context.keepUrl ? context.url : null) ?? metadata.canonicalUrl ?? context.url ?? null,
    source: metadata.siteName,
    lang: metadata.lang,
    origin,
  });
  if (!result.ok || !cutOffPage(html)) return result;
  const message = `${origin}: the page ends before its closing </body> or </html> tag: it may have been cut off in download, and the article text may be incomplete (a complete copy from the same URL ingested later replaces it)`;
  return { ...result, issues: [{ code: 'W_INGEST_CUT_OFF_PAGE', message, source: 'ingest' }] };
}

/**
 * True when an HTML document (it opens `<html` or `<body`) closes neither `</body>` nor `</html>`: a page cut off in
 * download. All 86 real pages of html-fundus close both; a page cut at 47% was stored silently in a review.
 * @param html the decoded page
 */
export function cutOffPage(html: string): boolean {
  return /<(?:html|body)\b/i.test(html) && !/<\/(?:body|html)\s*>/i.test(html);
}

/** The article container replaces Readability's text when it holds this much more text (tuned on html-fundus). */
const CONTAINER_GAIN = 1.1;
/** A JSON-LD articleBody replaces the extracted text when it is this much longer (it lacks paragraph breaks). */
const JSON_LD_GAIN = 1.4;

function textLength(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length, 0);
}

type ContainerNode = TextNodeLike & { querySelectorAll(sel: string): ArrayLike<ContainerNode> & Iterable<ContainerNode>; cloneNode(deep: boolean): ContainerNode; textContent: string | null };

/**
 * The page's own article-body container: among `[itemprop="articleBody"]` and `article` elements (skipping those
 * that hold other articles: teaser rivers; `main` is not used, it often holds them), the one with the most paragraph text (paragraphs of 40+ characters).
 * Null when the page marks none.
 */
function articleContainer(doc: ContainerNode): ContainerNode | null {
  let best: ContainerNode | null = null;
  let bestLength = 0;
  for (const el of doc.querySelectorAll('[itemprop="articleBody"], article')) {
    // a container holding several articles is a river of teasers, not one article
    if (el.querySelectorAll('article').length > (el.nodeName === 'ARTICLE' ? 0 : 1)) continue;
    let length = 0;
    for (const p of el.querySelectorAll('p')) {
      const n = (p.textContent ?? '').trim().length;
      if (n >= 40) length += n;
    }
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** The path of a site's home page (see {@link isHomePageUrl}). */
const HOME_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?|(?:[\w-]+\/)?(?:index|default|home|main[_-]page)(?:\.[a-z]+)?)?$/i;

/**
 * True for the URL of a site's home page: an http(s) URL with no query whose path is empty, "/", a language
 * root ("/en/", "/pt-br"), or an index or main page, possibly under one folder ("/index.html", "/home",
 * "/wiki/Main_Page"). A home page lists stories; it is
 * one only in a crawl (a WARC of a site's front page), so it is no article unless its markup says it is.
 * @param url the page's URL, or null
 */
export function isHomePageUrl(url: string | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(u.protocol) || u.search) return false;
  return HOME_PATH.test(u.pathname);
}
