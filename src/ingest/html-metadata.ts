import { languageTag } from './language-tag.js';
import { normaliseDate } from './publication-date.js';

/** What a page says about itself in meta tags, JSON-LD and microdata. */
export interface HtmlMetadata {
  title: string | null;
  /** the visible `<h1>` headline (may differ from `title`, which prefers og:title) */
  headline: string | null;
  byline: string | null;
  /** publication date `YYYY-MM-DD` */
  published: string | null;
  /** the date the page says it was last modified, `YYYY-MM-DD` (JSON-LD `dateModified`, `article:modified_time`…) */
  modified: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  siteName: string | null;
  /** the page marks itself as an article: JSON-LD Article/NewsArticle…, og:type article, or article:published_time */
  isArticle: boolean;
  /** `articleBody` of a JSON-LD NewsArticle, when the page ships one (a fallback body) */
  jsonLdBody: string | null;
}

type El = { getAttribute(name: string): string | null; textContent: string | null };
type Doc = { querySelectorAll(sel: string): ArrayLike<El> & Iterable<El>; querySelector(sel: string): El | null; documentElement: El | null };

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Blog|Report|Scholarly|Satirical|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|WebPage|ReportageNewsArticle)$/;

/** Meta tags giving the publication date, in order of trust. Sources: Open Graph, schema.org, Parse.ly, Sailthru, Dublin Core. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'article.published',
  'og:published_time', 'cxenseparse:recs:publishtime', 'article_date_original', 'datecreated', 'originalpublicationdate', 'published_time',
];

/**
 * Meta tags giving the date a page was last modified, in order of trust. Sources: Open Graph (`article:modified_time`,
 * `og:updated_time`), schema.org (`dateModified`), Dublin Core (`dcterms.modified`).
 */
const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified', 'dc.date.modified',
  'last-modified', 'article:updated_time', 'modified_time', 'updated_time',
];

/** Meta tags of a page by lower-cased property/name/itemprop, first occurrence kept. */
function metaTags(doc: Doc): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const v = el.getAttribute('content')?.trim();
    if (key && v && !tags.has(key)) tags.set(key, v);
  }
  return tags;
}

function metaValue(tags: Map<string, string>, names: string[]): string | null {
  for (const name of names) {
    const v = tags.get(name.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** Flattens JSON-LD blocks (arrays, @graph) into a list of objects. */
function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (el.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // a broken JSON-LD block only costs us its metadata
    }
  }
  return out;
}

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return [(v as { name: string }).name];
  return [];
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Separators between a headline and the site's name in `<title>` and og:title. */
const TITLE_SEPARATOR = /\s+(?:[|*•·»:–—-]{1,2})\s+/g;

/**
 * Removes trailing site names and section labels from a meta title: `Storm hits coast - National | Globalnews.ca`
 * → `Storm hits coast`. A trailing segment goes when it names the site, is a byline (`by Ana Ruiz`), or is at most
 * 4 capitalised words after a headline of at least 4 words.
 * @param title a `<title>` or og:title text
 * @param siteName og:site_name, if known
 */
export function stripSiteName(title: string, siteName: string | null): string {
  let t = title;
  const site = siteName?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (;;) {
    const seps = [...t.matchAll(TITLE_SEPARATOR)];
    const last = seps[seps.length - 1];
    if (!last || last.index === undefined) return t;
    const head = t.slice(0, last.index);
    const tail = t.slice(last.index + last[0].length);
    const tailKey = tail.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
    const namesSite = !!site && !!tailKey && (site.includes(tailKey) || tailKey.includes(site));
    const byline = /^by\s+\p{Lu}/u.test(tail) && words(tail) <= 5;
    if (namesSite || byline || (words(tail) <= 4 && words(head) >= 4 && /^[\p{Lu}\p{N}]/u.test(tail))) t = head.trim();
    else return t;
  }
}

/** "By " opening a byline (`By Ana Ruiz` → `Ana Ruiz`); a byline that is only "By" is kept. */
function stripBy(byline: string): string {
  return byline.replace(/^by\s+(?=\S)/i, '');
}

/**
 * The page's visible headline: the first `<h1>` (outside header/nav/footer) of at least 3 words that is not the
 * site's name. News pages put the article's headline there; meta titles often carry an SEO variant.
 */
function visibleHeadline(doc: Doc, siteName: string | null): string | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    const el = h1 as El & { closest?(sel: string): unknown };
    if (el.closest?.('header nav, nav, footer, [role="navigation"]')) continue;
    const text = clean(h1.textContent);
    if (!text || text.split(' ').length < 3 || text.length > 300) continue;
    if (siteName && text.toLowerCase() === siteName.toLowerCase()) continue;
    return text;
  }
  return null;
}

/**
 * The page's own article among its JSON-LD blocks: of the blocks of an article type ({@link ARTICLE_TYPES}) with a
 * headline, date or body, the first whose headline is the page's title (og:title, the visible h1 or `<title>`, the site
 * name stripped, case and spacing aside), else the first of a true article type rather than a `WebPage`, else the
 * first. A page can carry several that disagree (a related story's NewsArticle before its own, a WebPage block dated
 * when the section was created): taking the first alone dated such a page by the other story.
 * @param ld the page's JSON-LD objects
 * @param pageTitles the page's own titles, any of them null
 * @param siteName the site name, stripped from the titles
 * @returns the block, or null when none is of an article type
 */
function articleBlock(ld: readonly Record<string, unknown>[], pageTitles: readonly (string | null)[], siteName: string | null): Record<string, unknown> | null {
  const blocks = ld.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished || o.articleBody));
  if (blocks.length < 2) return blocks[0] ?? null;
  const key = (t: string | null) => stripSiteName(clean(t) ?? '', siteName).toLowerCase();
  const titles = new Set(pageTitles.map(key).filter(Boolean));
  return blocks.find((o) => typeof o.headline === 'string' && titles.has(key(o.headline)))
    ?? blocks.find((o) => !types(o).every((t) => t === 'WebPage'))
    ?? blocks[0];
}

/**
 * Reads a page's metadata: title (og:title or twitter:title, else the JSON-LD headline, the visible h1, `<title>`; the
 * site name stripped; at least 3 words), byline
 * (JSON-LD author names, meta author, rel=author; a leading "By" dropped), publication date (the article's JSON-LD `datePublished`, then meta
 * tags — Open Graph `article:published_time`, schema.org `datePublished`, Parse.ly, Sailthru, Dublin Core —, then any
 * JSON-LD `datePublished`, then the first `<time datetime>`; live pages refresh their meta time, not their JSON-LD),
 * modification date (the article's JSON-LD `dateModified`, then meta tags — `article:modified_time`, `og:updated_time`,
 * schema.org `dateModified`, Dublin Core —, then an `itemprop="dateModified"` element),
 * canonical URL (link rel=canonical, og:url), language (html lang, og:locale, content-language; cased as BCP 47
 * writes it, `en-gb` → `en-GB`: languageTag) and site name.
 * Call it before Readability, which changes the document.
 * @param doc a parsed HTML document (linkedom or any DOM)
 * @returns the metadata; absent fields are null
 */
export function extractHtmlMetadata(doc: Doc): HtmlMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const siteName = clean(metaValue(tags, ['og:site_name', 'application-name']));
  // og:title with the site name stripped matches the headline editors chose most often (71 of 86 html-fundus pages,
  // the visible h1 67, JSON-LD headline 62, <title> 54); a title of fewer than 3 words falls through
  const headline = visibleHeadline(doc, siteName);
  const article = articleBlock(ld, [metaValue(tags, ['og:title', 'twitter:title']), headline, doc.querySelector('title')?.textContent ?? null], siteName);
  const candidates = [
    metaValue(tags, ['og:title', 'twitter:title']),
    typeof article?.headline === 'string' ? article.headline : null,
    headline,
    doc.querySelector('title')?.textContent ?? null,
  ].map((t) => (t ? stripSiteName(clean(t) ?? '', siteName) : ''));
  const title = candidates.find((t) => t.split(' ').length >= 3) ?? (candidates.find(Boolean) || null);
  const authorNames = article ? names(article.author) : [];
  // a byline names people: author-page URLs (Open Graph article:author is one) never count, the site's own name
  // only when nothing else is given (agency copy credited to the outlet)
  const notUrl = (v: string | null): v is string => !!v && !/^https?:\/\/|^www\./i.test(v);
  const isPerson = (v: string | null): v is string => notUrl(v) && (!siteName || v.toLowerCase() !== siteName.toLowerCase());
  const ldNames = [...new Set(authorNames.map((a) => clean(a)).filter(notUrl))];
  const metaNames = [...['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'article:author'].map((k) => clean(tags.get(k))), clean(doc.querySelector('[rel="author"]')?.textContent)];
  const named = (ldNames.some(isPerson) ? ldNames.filter(isPerson).join(', ') : null)
    ?? metaNames.find(isPerson) ?? ldNames[0] ?? metaNames.find(notUrl) ?? null;
  const byline = named ? stripBy(named) : null;
  // the article's own JSON-LD datePublished first (live pages refresh their meta time), then meta tags
  let published = normaliseDate(article?.datePublished);
  if (!published) published = normaliseDate(metaValue(tags, DATE_META));
  if (!published) published = normaliseDate(ld.map((o) => o.datePublished).find((d) => typeof d === 'string'));
  if (!published) {
    for (const el of doc.querySelectorAll('time[datetime], [itemprop="datePublished"]')) {
      published = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
      if (published) break;
    }
  }
  const stamp = doc.querySelector('[itemprop="dateModified"], [itemprop="datemodified"]');
  const modified = normaliseDate(article?.dateModified)
    ?? normaliseDate(metaValue(tags, MODIFIED_META))
    ?? normaliseDate(stamp?.getAttribute('datetime') ?? stamp?.getAttribute('content') ?? stamp?.textContent);
  const canonicalUrl = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? clean(metaValue(tags, ['og:url']));
  const declaredLang = clean(doc.documentElement?.getAttribute('lang'))
    ?? clean(metaValue(tags, ['og:locale'])?.replace('_', '-'))
    ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  const lang = declaredLang ? languageTag(declaredLang) : null;
  const jsonLdBody = typeof article?.articleBody === 'string' ? article.articleBody : null;
  const isArticle = article !== null || /article/i.test(metaValue(tags, ['og:type']) ?? '') || tags.has('article:published_time');
  return { title, headline, isArticle, byline, published, modified, canonicalUrl: canonicalUrl && /^https?:\/\//i.test(canonicalUrl) ? canonicalUrl : null, lang, siteName, jsonLdBody };
}
