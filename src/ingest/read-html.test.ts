import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { declaredHtmlCharset, isHomePageUrl, readHtml, stripInertMarkup } from './read-html.js';
import { fixturePath, sharedPath } from './shared-path.js';
import { stripSiteName } from './html-metadata.js';

test('a news page gives headline, byline, local date, canonical URL, language and clean paragraphs', () => {
  const r = readHtml(readFileSync(fixturePath('html', 'article.html')), 'article.html');
  assert.ok(r.ok, JSON.stringify(r));
  const a = r.article;
  assert.equal(a.title, 'Port deal signed after long talks');
  assert.equal(a.byline, 'Lena Ortiz');
  assert.equal(a.published, '2024-05-14');
  assert.equal(a.url, 'https://herald.example.com/news/port-deal');
  assert.equal(a.lang, 'en-GB');
  assert.equal(a.source, 'The Valmora Herald');
  const lines = a.text.split('\n');
  assert.equal(lines.length, 4, a.text);
  assert.ok(lines[0].startsWith('The port authority of Valmora'));
  assert.ok(lines[3].startsWith('The companies had argued'));
  for (const junk of ['Port authority and shipping firms sign', 'cookies', 'Picture', 'Sign up', 'Advertisement', 'Dock strike ends', 'All rights reserved', 'Home']) {
    assert.ok(!a.text.includes(junk), `"${junk}" leaked into the text`);
  }
});

test('a page without an article is a no-article failure', () => {
  const r = readHtml(readFileSync(fixturePath('html', 'no-article.html')), 'no-article.html');
  assert.equal(!r.ok && r.code, 'E_INGEST_NO_ARTICLE');
});

test('the declared charset of a Latin-1 page is honoured', () => {
  const html = `<html><head><meta charset="iso-8859-1"><title>x</title></head><body><article><p>${'Caf\xe9 owners in S\xe3o Paulo protested on Monday against new rules. '.repeat(4)}</p></article></body></html>`;
  const bytes = Buffer.from(html, 'latin1');
  assert.equal(declaredHtmlCharset(bytes), 'iso-8859-1');
  const r = readHtml(bytes, 'latin.html');
  assert.ok(r.ok && r.article.text.includes('Café owners in São Paulo'));
});

test('a page without its own date takes the fallback date and URL from its context', () => {
  const html = `<html><body><article><p>${'Workers repaired the old bridge over the river during the night. '.repeat(5)}</p></article></body></html>`;
  const r = readHtml(Buffer.from(html), 'rec#1', { url: 'https://x.example/bridge', fallbackDate: '2022-03-04T05:06:07Z' });
  assert.ok(r.ok);
  assert.equal(r.article.published, '2022-03-04');
  assert.equal(r.article.url, 'https://x.example/bridge');
});

test('every html-fundus page yields an article with text and a date', { skip: sharedPath('corpora', 'html-fundus') ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  const root = sharedPath('corpora', 'html-fundus')!;
  let pages = 0;
  let dated = 0;
  for (const cc of readdirSync(root)) {
    if (!/^[a-z]{2,3}$/.test(cc)) continue;
    for (const f of readdirSync(join(root, cc)).filter((n) => n.endsWith('.html.gz'))) {
      const r = readHtml(gunzipSync(readFileSync(join(root, cc, f))), f);
      assert.ok(r.ok, `${f}: ${!r.ok && r.message}`);
      pages++;
      if (r.article.published) dated++;
      assert.ok(r.article.text.length > 200, f);
      assert.equal(r.issues, undefined, `${f}: a complete page is not marked cut off`);
    }
  }
  assert.equal(pages, 86);
  assert.ok(dated / pages > 0.95, `${dated}/${pages} dated`);
});

test('inert markup is stripped before parsing but JSON-LD metadata is kept', () => {
  const html = '<head><script>var a = "<p>not text</p>";</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><body><!-- c --><svg><text>icon</text></svg><p>Text.</p></body>';
  assert.equal(stripInertMarkup(html), '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Text.</p></body>');
});

test('site names, section labels and bylines are stripped from meta titles', () => {
  assert.equal(stripSiteName('Storm hits the north coast - National | Globalnews.ca', 'Global News'), 'Storm hits the north coast');
  assert.equal(stripSiteName('Ferry fares rise again * The Harbour Post * by Ana Ruiz', 'The Harbour Post'), 'Ferry fares rise again');
  assert.equal(stripSiteName('Epstein case - then a new witness came forward to the court', null), 'Epstein case - then a new witness came forward to the court');
});

test('an author-page URL is not a byline; a named author is', () => {
  const body = `<article><p>${'The council approved the new budget after a long debate on Tuesday evening. '.repeat(4)}</p></article>`;
  const page = (head: string) => Buffer.from(`<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Post">${head}</head><body>${body}</body></html>`);
  const withUrl = readHtml(page('<meta property="article:author" content="https://post.example/authors/ana"><meta name="author" content="Ana Ruiz">'), 'a.html');
  assert.equal(withUrl.ok && withUrl.article.byline, 'Ana Ruiz');
  const onlyUrl = readHtml(page('<meta property="article:author" content="https://post.example/authors">'), 'b.html');
  assert.equal(onlyUrl.ok && onlyUrl.article.byline, undefined);
  const outlet = readHtml(page('<meta name="author" content="Harbour Post">'), 'c.html');
  assert.equal(outlet.ok && outlet.article.byline, 'Harbour Post', 'the outlet is the byline when no person is named');
});

test('a site home page is known by its URL: root, language root, index or main page, no query', () => {
  for (const url of ['https://news.example.org', 'https://news.example.org/', 'http://example.com/index.html', 'https://example.org/en/', 'https://example.org/pt-br', 'http://en.wikipedia.org/wiki/Main_Page', 'https://example.org/home']) {
    assert.equal(isHomePageUrl(url), true, url);
  }
  for (const url of ['https://news.example.org/world/2024/05/ferry-restored', 'https://example.org/?p=123', 'https://example.org/en/politics', 'file:///tmp/a.html', 'not a url', null]) {
    assert.equal(isHomePageUrl(url), false, String(url));
  }
});

test('a home page without article markup is no article, even when it has running text', () => {
  const body = [1, 2, 3, 4, 5, 6]
    .map((n) => `<p>Paragraph ${n}: the island ferry sailed again on Tuesday after three weeks of repairs to its engines, the operator said in a statement read out to passengers at the quay.</p>`)
    .join('');
  const html = Buffer.from(`<!doctype html><html><head><title>Harbour News</title></head><body><main>${body}</main></body></html>`);
  const home = readHtml(html, 'crawl.warc#1', { url: 'https://harbour.example.org/' });
  assert.ok(!home.ok && home.code === 'E_INGEST_NO_ARTICLE' && /a site's home page/.test(home.message));
  assert.equal(readHtml(html, 'crawl.warc#2', { url: 'https://harbour.example.org/2024/ferry' }).ok, true);
});

test('a page cut off in download is read with an issue saying its text may be incomplete', () => {
  const full = readFileSync(fixturePath('html', 'article.html'), 'utf8');
  const whole = readHtml(Buffer.from(full), 'article.html');
  assert.ok(whole.ok && whole.issues === undefined);
  const cut = full.slice(0, full.lastIndexOf('</p>'));
  const r = readHtml(Buffer.from(cut), 'cut.html');
  assert.ok(r.ok, JSON.stringify(r));
  assert.deepEqual(r.issues?.map((i) => i.code), ['W_INGEST_CUT_OFF_PAGE']);
  assert.match(r.issues![0].message, /^cut\.html: .*cut off/);
});

test("a page's modification day is kept when it is after publication, from JSON-LD, Open Graph or an itemprop stamp", () => {
  // written for this test
  const body = '<article><h1>Harbour works reach the second pier</h1><p>Crews building the new breakwater at the fishing harbour finished the second pier this week, the port office said.</p><p>The works began after storms damaged the old sea wall and flooded the market square twice in one winter.</p></article>';
  const page = (head: string, extra = '') => Buffer.from(`<!doctype html><html><head><title>Harbour works reach the second pier</title><meta property="og:type" content="article">${head}</head><body>${extra}${body}</body></html>`);
  const read = (head: string, extra?: string) => {
    const r = readHtml(page(head, extra), 'harbour.html');
    assert.ok(r.ok, JSON.stringify(r));
    return [r.article.published, r.article.modified];
  };
  const pub = '<meta property="article:published_time" content="2019-03-02T08:00:00Z">';
  assert.deepEqual(read(`${pub}<meta property="article:modified_time" content="2023-11-20T10:00:00Z">`), ['2019-03-02', '2023-11-20']);
  assert.deepEqual(read(`${pub}<meta property="og:updated_time" content="2021-01-05">`), ['2019-03-02', '2021-01-05']);
  assert.deepEqual(read('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works reach the second pier","datePublished":"2019-03-02","dateModified":"2020-07-14T12:00:00+02:00"}</script>'), ['2019-03-02', '2020-07-14']);
  assert.deepEqual(read(pub, '<time itemprop="dateModified" datetime="2019-04-01">1 April</time>'), ['2019-03-02', '2019-04-01']);
  // the same day as publication (most pages), or earlier, adds nothing
  assert.deepEqual(read(`${pub}<meta property="article:modified_time" content="2019-03-02T17:45:00Z">`), ['2019-03-02', undefined]);
  assert.deepEqual(read(`${pub}<meta property="article:modified_time" content="2018-12-31">`), ['2019-03-02', undefined]);
  assert.deepEqual(read(pub), ['2019-03-02', undefined]);
});

test('of two JSON-LD article blocks that disagree on dates, the one headlined as the page dates it; a WebPage block gives way to a NewsArticle', () => {
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
  const body = '<article><h1>Lake Orla falls to a ten-year low</h1><p>The water in Lake Orla has dropped to its lowest level in ten years after a dry summer, the regional water board said on Saturday.</p><p>Boat owners at the Vessby marina said they had moved their boats to deeper moorings in July.</p></article>';
  const related = ld({ '@type': 'NewsArticle', headline: 'Boat show opens at the Vessby marina', datePublished: '2019-06-01T08:00:00Z', dateModified: '2019-06-03T08:00:00Z' });
  const own = ld({ '@type': 'NewsArticle', headline: 'Lake Orla falls to a ten-year low', datePublished: '2025-08-02T06:00:00Z', dateModified: '2025-08-04T09:00:00Z' });
  const html = (head: string) => Buffer.from(`<!doctype html><html lang="en"><head><title>Lake Orla falls to a ten-year low | Orla Courier</title>${head}</head><body>${body}</body></html>`);
  for (const head of [related + own, own + related]) {
    const r = readHtml(html(head), 'orla.html');
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual([r.article.published, r.article.modified], ['2025-08-02', '2025-08-04']);
  }
  // no block headlined as the page: the NewsArticle, not the section's WebPage
  const section = ld({ '@type': 'WebPage', name: 'Lake news', datePublished: '2016-01-10T00:00:00Z' });
  const untitled = ld({ '@type': 'NewsArticle', datePublished: '2025-08-02T06:00:00Z' });
  const r = readHtml(html(section + untitled), 'orla.html');
  assert.ok(r.ok && r.article.published === '2025-08-02', JSON.stringify(r.ok && r.article.published));
});

test("'By' leaves a meta byline; a declared language tag is cased as BCP 47", () => {
  const para = '<p>The harbour board met on Tuesday and agreed to rebuild the north pier before the winter storms arrive.</p>';
  const page = `<html lang="en-gb"><head><meta property="og:title" content="Harbour board votes to rebuild the pier">
    <meta property="og:type" content="article"><meta name="author" content="By Ana Ruiz">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
    <body><article><h1>Harbour board votes to rebuild the pier</h1>${para.repeat(4)}</article></body></html>`;
  const r = readHtml(Buffer.from(page), 'page.html');
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.article.byline, 'Ana Ruiz');
  assert.equal(r.article.lang, 'en-GB');
  // a name that starts with the letters b-y keeps them
  const byron = readHtml(Buffer.from(page.replace('By Ana Ruiz', 'Byron Ruiz')), 'byron.html');
  assert.ok(byron.ok && byron.article.byline === 'Byron Ruiz');
});
