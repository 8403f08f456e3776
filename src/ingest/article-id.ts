import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import { checkArticleText, checkPublished } from './article-input.js';

/**
 * Invisible format characters that split a word for the tokenizer though a reader sees none: the soft hyphen (U+00AD,
 * `&shy;` in HTML: "Mac\u00ADron" was two tokens, the speaker "cron"), the zero-width space, the left-to-right and
 * right-to-left marks (the re3d CENTCOM text writes "Prime Minister\u200E Haider al-Abadi"), the Arabic letter mark,
 * the bidirectional embeddings, overrides and isolates, the word joiner and the invisible operators (Unicode category
 * Cf; review of 2026-12-02).
 */
const INVISIBLE_FORMAT = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/g;

/**
 * The zero-width joiner and non-joiner between two Latin letters ("Volo\u200Ddymyr"), where they only split the name; in
 * other scripts they shape the letters, and in emoji sequences they join the pictures, so they are kept there.
 */
const LATIN_JOINER = /(?<=\p{Script=Latin}\p{M}*)[\u200C\u200D](?=\p{Script=Latin})/gu;

/** A cheap test before the two replacements above (most articles have none of these characters). */
const ANY_INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;

/**
 * Normalises article text: NFC, CRLF/CR → LF, control characters (except LF and TAB) and invisible format characters
 * ({@link INVISIBLE_FORMAT}, {@link LATIN_JOINER}) removed,
 * trailing spaces trimmed per line, runs of blank lines collapsed, outer blank lines trimmed.
 * Spaces, tabs and no-break spaces around each line break go with the break in one pass (with the final
 * trim this is the same as trimming every line and collapsing the empty lines, without splitting the text
 * into lines: the per-line split, two regular expressions per line and join were half of the readers' time).
 * @param text raw article text (any line endings)
 * @returns the normalised text
 */
export function normaliseText(text: string): string {
  let t = text.normalize('NFC');
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (ANY_INVISIBLE.test(t)) t = t.replace(INVISIBLE_FORMAT, '').replace(LATIN_JOINER, '');
  return (
    t
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
      .replace(/[ \t\u00A0]*\n[ \t\u00A0\n]*/g, '\n')
      .trim()
  );
}

/**
 * Stable article id: the first 16 hex digits of SHA-256 over the normalised text, a NUL, and the URL
 * (empty when none). The same text from the same URL always gets the same id.
 * The digits are written from the first 8 digest bytes as a string of their own: `digest('hex').slice(0, 16)`
 * gave the same digits as a V8 sliced string that kept the whole 64-digit hex string alive (112 instead of
 * 32 bytes an id), and an ingest keeps the id of every article it read (heap snapshots of the bench ingest
 * corpus: 23,400 sliced ids more at 26,000 articles than at 2,000).
 * @param normalisedText the article text after {@link normaliseText}
 * @param url the article's URL, if any
 * @returns 16 lower-case hex digits
 */
export function articleId(normalisedText: string, url?: string): string {
  return createHash('sha256').update(normalisedText).update('\u0000').update(url ?? '').digest().toString('hex', 0, 8);
}

/**
 * Builds an Article from raw text: when `meta.title` is absent the first line is the title and the rest the body;
 * text of one line is the body and its own title (`analyze("Blinken met Xi in Beijing.")` analyses that sentence).
 * @param raw article text (any line endings)
 * @param meta optional title, published date (YYYY-MM-DD), url, source, language (BCP 47), byline, origin
 * @returns an Article whose `text` is normalised and whose `id` is {@link articleId} of that text and the url
 * @throws DetenteError `E_INPUT` when `raw` is not a string or `meta.published` is not a date (article-input.ts)
 */
export function articleFromText(raw: string, meta: ArticleTextMeta = {}): Article {
  checkArticleText(raw, 'articleFromText');
  checkPublished(meta.published, 'articleFromText');
  let body = normaliseText(raw);
  let title = meta.title;
  if (title === undefined) {
    const nl = body.indexOf('\n');
    // one line of text is the body, titled by itself: as a title alone it would leave nothing to analyse
    title = nl < 0 ? body : body.slice(0, nl);
    if (nl >= 0) body = body.slice(nl + 1);
  }
  // a blank date is no date, as the JSON Lines reader reads it
  const published = typeof meta.published === 'string' && !meta.published.trim() ? null : meta.published;
  return articleFromNormalisedText(body, { ...meta, title, published });
}

/** Article fields besides the text, for {@link articleFromText}. */
export interface ArticleTextMeta {
  title?: string;
  published?: string | null;
  /** the day the article was last changed, `YYYY-MM-DD`, later than `published` (ingest/modification-date.ts) */
  modified?: string;
  url?: string;
  source?: string;
  lang?: string;
  byline?: string;
  origin?: string;
  externalId?: string;
}

/**
 * Builds an Article from text that is already normalised ({@link normaliseText}; normalising twice changes
 * nothing, so this is {@link articleFromText} with a title, without the second pass over the text).
 * @param body normalised article text
 * @param meta title (NFC-normalised and whitespace-collapsed here), published, modified, url, source, lang, byline, origin,
 *   external id
 * @returns an Article whose `id` is {@link articleId} of `body` and the url
 */
export function articleFromNormalisedText(body: string, meta: ArticleTextMeta & { title: string }): Article {
  const { title } = meta;
  const article: Article = {
    id: articleId(body, meta.url),
    title: title.normalize('NFC').replace(/\s+/g, ' ').trim(),
    published: meta.published ?? null,
    text: body,
  };
  if (meta.modified) article.modified = meta.modified;
  if (meta.url) article.url = meta.url;
  if (meta.source) article.source = meta.source;
  if (meta.lang) article.lang = meta.lang;
  if (meta.byline) article.byline = meta.byline;
  if (meta.origin) article.origin = meta.origin;
  if (meta.externalId) article.externalId = meta.externalId;
  return article;
}
